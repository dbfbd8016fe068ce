/** The score formulas of report.formula as lines in the report language (numbers from scoring, never recomputed). */
import type { Report } from '../reportSchema.ts';
import { fmt, type Catalogue } from '../i18n/catalogue.ts';

export interface FormulaLines {
  accessibility: string[];
  completeness: string[];
  mobile: string[];
  total: string;
}

type DeficiencyDeduction = Report['formula']['completeness']['deficiencies'];

function deficiencyLine(t: Catalogue, d: DeficiencyDeduction): string {
  return `${fmt(t.formulaDeficiencies, { count: d.count, requested: d.requested, cap: d.cap, applied: d.applied })}${d.capped ? ` ${t.formulaCapped}` : ''}`;
}

export function formulaLines(report: Report, t: Catalogue): FormulaLines {
  const f = report.formula;
  const a = f.accessibility;
  const c = f.completeness;
  const m = f.mobile;
  const mobile =
    m.k === 0
      ? [t.formulaMNoMobile]
      : [
          fmt(t.formulaM, { kk: m.sums.kk, ru: m.sums.ru, annexTotal: m.annexTotal, k: m.k, weighted: m.weighted }),
          deficiencyLine(t, m.deficiencies),
          fmt(t.formulaLinkPenalty, { value: m.linkPenalty }),
          ...(m.flooredAtZero ? [t.formulaFloored] : []),
          `M = ${m.value}`,
        ];
  return {
    accessibility: [fmt(t.formulaA, { sum: a.annexSum, annexTotal: a.annexTotal, factor: a.factor, value: a.value })],
    completeness: [
      fmt(t.formulaC, { kk: c.sums.kk, ru: c.sums.ru, annexTotal: c.annexTotal, factor: c.factor, weighted: c.weighted }),
      deficiencyLine(t, c.deficiencies),
      `C = ${c.value}`,
    ],
    mobile,
    total: fmt(t.formulaTotal, { a: report.scores.accessibility, c: report.scores.completeness, m: report.scores.mobile, total: report.scores.total }),
  };
}
