/** Point arithmetic shared by every rule and by scoring: rounding, deductions with caps, status. */
import type { Deduction, Status } from './types.ts';

/** Rounds to 0.001 (the methodology's precision), so 0.1 + 0.2 is 0.3, not 0.30000000000000004. */
export function round3(value: number): number {
  const rounded = Math.round((value + Math.sign(value) * Number.EPSILON) * 1000) / 1000;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Whether two point values are equal at the methodology's precision. */
export function samePoints(a: number, b: number): boolean {
  return round3(a) === round3(b);
}

export interface DeductionOutcome {
  /** max − (deductions, capped), floored at 0, rounded to 0.001. */
  points: number;
  /**
   * The deductions as applied: in order, each reduced to what was still left to take under the
   * cap and the floor at 0, so that their sum is always exactly `max − points`. A fact past the
   * cap stays in the list with 0 points, its reason saying why.
   */
  deductions: Deduction[];
  /** What the deductions would have taken without the cap and the floor. */
  requested: number;
  /** True when the cap or the floor at 0 limited what was taken. */
  limited: boolean;
}

/**
 * "Max minus deductions, floored at 0, with an optional cap on the total taken off" — the one
 * way every rule turns the facts it found into points.
 */
export function applyDeductions(max: number, deductions: readonly Deduction[], cap?: number): DeductionOutcome {
  const limit = round3(Math.min(max, cap ?? max));
  let taken = 0;
  let requested = 0;
  const applied: Deduction[] = [];
  for (const deduction of deductions) {
    requested = round3(requested + deduction.points);
    const left = round3(limit - taken);
    const points = round3(Math.max(0, Math.min(deduction.points, left)));
    taken = round3(taken + points);
    if (points < round3(deduction.points)) {
      const why =
        cap !== undefined && round3(cap) < round3(max)
          ? `limited by the cap of ${round3(cap)} on this indicator's deductions`
          : 'limited: the indicator cannot go below 0';
      applied.push({ reason: `${deduction.reason} (${why}; ${round3(deduction.points)} requested)`, points });
    } else {
      applied.push({ reason: deduction.reason, points });
    }
  }
  return { points: round3(Math.max(0, max - taken)), deductions: applied, requested, limited: requested > taken };
}

/** pass at full points, fail at 0, partial in between. */
export function statusFromPoints(points: number, max: number): Status {
  if (samePoints(points, max)) return 'pass';
  if (samePoints(points, 0)) return 'fail';
  return 'partial';
}
