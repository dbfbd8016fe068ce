/**
 * Scoring: the formulas of METHODOLOGY.md §1 applied to the indicator results.
 *   A = (sum of Annex 4 points) / 10 × 5
 *   C = (kk + ru) / 100 × 10 − min(0.1 × n, 50 % of that value)
 *   M = (kk + ru) / 50 × k − min(0.1 × n, 50 % of that value) − link penalty, floored at 0; k = 0 → M = 0
 *   total = A + C + M
 * Every value is rounded to 0.001. Committee averaging and reviewer verdicts come later.
 */
import type { Evidence, IndicatorResult, ResultLang } from './types.ts';
import { CRITERION, type MobileCoefficient } from './methodology/criterion.ts';
import { round3 } from './points.ts';

export type DeficiencyType = 'insufficient' | 'outdated-act' | 'not-updated' | 'kk-ru-mismatch' | 'act-without-link';

export interface Deficiency {
  /** Which indicator the deficiency is taken off: C (Annex 5 notes) or M (Annex 6 notes). */
  indicator: 'C' | 'M';
  reason: string;
  /** The kind of deficiency (the notes under the Annex 5 and 6 tables). */
  type?: DeficiencyType;
  lang?: ResultLang | null;
  /** The Annex 5/6 section it was found in, e.g. 'A5-1.12'. */
  section?: string | null;
  evidence?: Evidence[];
}

export interface ScoreOptions {
  k: MobileCoefficient;
  linkPenalty: 0 | 1;
  deficiencies?: Deficiency[];
}

export interface LanguageSums {
  kk: number;
  ru: number;
  /** kk + ru */
  sum: number;
}

export interface DeficiencyDeduction {
  /** How many deficiencies were found. */
  count: number;
  reasons: string[];
  /** 0.1 × count. */
  requested: number;
  /** 50 % of the weighted value. */
  cap: number;
  /** What was taken off: min(requested, cap). */
  applied: number;
  capped: boolean;
}

export interface ScoreFormula {
  accessibility: {
    /** Sum of the Annex 4 points. */
    annexSum: number;
    /** 10 */
    annexTotal: number;
    /** 5 */
    factor: number;
    value: number;
  };
  completeness: {
    sums: LanguageSums;
    /** 100 */
    annexTotal: number;
    /** 10 */
    factor: number;
    /** sum / 100 × 10, before deductions. */
    weighted: number;
    deficiencies: DeficiencyDeduction;
    value: number;
  };
  mobile: {
    sums: LanguageSums;
    /** 50 */
    annexTotal: number;
    k: MobileCoefficient;
    /** sum / 50 × k, before deductions. */
    weighted: number;
    deficiencies: DeficiencyDeduction;
    linkPenalty: number;
    /** True when the deductions and the link penalty would have taken M below 0. */
    flooredAtZero: boolean;
    value: number;
  };
  /** "A + C + M = total" with the numbers. */
  text: string;
}

export interface Scores {
  accessibility: number;
  completeness: number;
  mobile: number;
  total: number;
  mobileCoefficient: MobileCoefficient;
  linkPenalty: 0 | 1;
  formula: ScoreFormula;
}

function annexOf(result: IndicatorResult): string {
  return result.id.split('-')[0] ?? '';
}

function languageSums(results: readonly IndicatorResult[], annex: 'A5' | 'A6'): LanguageSums {
  const sumFor = (lang: ResultLang) => round3(results.filter((r) => annexOf(r) === annex && r.lang === lang).reduce((s, r) => s + r.points, 0));
  const kk = sumFor('kk');
  const ru = sumFor('ru');
  return { kk, ru, sum: round3(kk + ru) };
}

function deficiencyDeduction(reasons: string[], weighted: number): DeficiencyDeduction {
  const requested = round3(CRITERION.deficiency.points * reasons.length);
  const cap = round3(weighted * CRITERION.deficiency.capShare);
  const applied = round3(Math.min(requested, cap));
  return { count: reasons.length, reasons, requested, cap, applied, capped: requested > cap };
}

export function score(results: readonly IndicatorResult[], options: ScoreOptions): Scores {
  const deficiencies = options.deficiencies ?? [];

  const annexSum = round3(results.filter((r) => annexOf(r) === 'A4').reduce((s, r) => s + r.points, 0));
  const accessibility = round3((annexSum / CRITERION.accessibility.annexTotal) * CRITERION.accessibility.max);

  const cSums = languageSums(results, 'A5');
  const cWeighted = round3((cSums.sum / CRITERION.completeness.annexTotal) * CRITERION.completeness.max);
  const cDeficiencies = deficiencyDeduction(
    deficiencies.filter((d) => d.indicator === 'C').map((d) => d.reason),
    cWeighted,
  );
  const completeness = round3(Math.max(0, cWeighted - cDeficiencies.applied));

  const mSums = languageSums(results, 'A6');
  const k = options.k;
  const mWeighted = k === 0 ? 0 : round3((mSums.sum / CRITERION.mobile.annexTotal) * k);
  const mDeficiencies = deficiencyDeduction(
    deficiencies.filter((d) => d.indicator === 'M').map((d) => d.reason),
    mWeighted,
  );
  const linkPenalty = k === 0 ? 0 : options.linkPenalty * CRITERION.linkPenalty;
  const mRaw = round3(mWeighted - mDeficiencies.applied - linkPenalty);
  const mobile = k === 0 ? 0 : Math.max(0, mRaw);

  const total = round3(accessibility + completeness + mobile);
  return {
    accessibility,
    completeness,
    mobile,
    total,
    mobileCoefficient: k,
    linkPenalty: options.linkPenalty,
    formula: {
      accessibility: { annexSum, annexTotal: CRITERION.accessibility.annexTotal, factor: CRITERION.accessibility.max, value: accessibility },
      completeness: {
        sums: cSums,
        annexTotal: CRITERION.completeness.annexTotal,
        factor: CRITERION.completeness.max,
        weighted: cWeighted,
        deficiencies: cDeficiencies,
        value: completeness,
      },
      mobile: {
        sums: mSums,
        annexTotal: CRITERION.mobile.annexTotal,
        k,
        weighted: mWeighted,
        deficiencies: mDeficiencies,
        linkPenalty,
        flooredAtZero: mRaw < 0,
        value: mobile,
      },
      text:
        `A = ${annexSum} / ${CRITERION.accessibility.annexTotal} × ${CRITERION.accessibility.max} = ${accessibility}; ` +
        `C = (${cSums.kk} + ${cSums.ru}) / ${CRITERION.completeness.annexTotal} × ${CRITERION.completeness.max} − ${cDeficiencies.applied} = ${completeness}; ` +
        (k === 0
          ? 'M = 0 (k = 0: no mobile version); '
          : `M = (${mSums.kk} + ${mSums.ru}) / ${CRITERION.mobile.annexTotal} × ${k} − ${mDeficiencies.applied} − ${linkPenalty} = ${mobile}; `) +
        `total = ${accessibility} + ${completeness} + ${mobile} = ${total}`,
    },
  };
}
