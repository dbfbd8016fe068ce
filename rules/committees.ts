/**
 * Committees (paras 15–17): a body's A and C with its committees taken into account.
 * - form 1 (own site): the committee is scored on A and C; the body's A and C are the arithmetic
 *   means of the body's and those committees' values;
 * - forms 2 (fourth-level domain) and 3 (section of the body's site): the committee is scored on C
 *   only; the body's C is the mean over the body and all its committees, A stays the body's own
 *   (when no committee has form 1);
 * - M is the body's own (para 17).
 * Pure: takes the scores, returns the combined scores with the arithmetic shown.
 */
import { round3 } from './points.ts';
import type { CommitteeForm } from './committees/committeeInput.ts';

export { parseCommitteeSpec, parseCommitteesFile, committeeScoresFromReport, type CommitteeForm, type CommitteeSpec, type CommitteeFileEntry } from './committees/committeeInput.ts';

export interface BodyScores {
  accessibility: number;
  completeness: number;
  mobile: number;
}

export interface CommitteeScores {
  url: string;
  form: CommitteeForm;
  /** The committee's A (used for form 1 only). */
  accessibility: number;
  completeness: number;
}

export interface CombinedScores extends BodyScores {
  total: number;
  /** How A and C were averaged, e.g. "C = (8 + 6 + 7) / 3 = 7". */
  text: string;
  accessibilityFrom: number[];
  completenessFrom: number[];
}

function mean(values: readonly number[]): number {
  return round3(values.reduce((s, v) => s + v, 0) / values.length);
}

export function combineCommittees(body: BodyScores, committees: readonly CommitteeScores[]): CombinedScores {
  const accessibilityFrom = [body.accessibility, ...committees.filter((c) => c.form === 1).map((c) => c.accessibility)];
  const completenessFrom = [body.completeness, ...committees.map((c) => c.completeness)];
  const accessibility = mean(accessibilityFrom);
  const completeness = mean(completenessFrom);
  const mobile = body.mobile;
  const total = round3(accessibility + completeness + mobile);
  const show = (name: string, from: number[], value: number) =>
    from.length === 1 ? `${name} = ${value} (the body's own)` : `${name} = (${from.join(' + ')}) / ${from.length} = ${value}`;
  return {
    accessibility,
    completeness,
    mobile,
    total,
    accessibilityFrom,
    completenessFrom,
    text: `${show('A', accessibilityFrom, accessibility)}; ${show('C', completenessFrom, completeness)}; M = ${mobile} (the body's own); total = ${total}`,
  };
}
