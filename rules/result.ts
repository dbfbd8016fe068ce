/** Building indicator results the same way in every rule. */
import type { Deduction, Evidence, IndicatorResult, ResultDevice, ResultLang, Status } from './types.ts';
import { applyDeductions, round3, statusFromPoints } from './points.ts';

export interface ScoredResultInput {
  id: string;
  lang?: ResultLang | null;
  device?: ResultDevice | null;
  max: number;
  /** The facts that take points off, before the cap and the floor at 0. */
  deductions: Deduction[];
  /** At most this much is taken off in total (e.g. 0.2 for the site map's broken links). */
  cap?: number;
  evidence: Evidence[];
  summary: string;
  /** Overrides the status derived from the points (pass / partial / fail). */
  status?: Status;
}

/** A decided result: max minus the deductions (capped, floored at 0), status from the points. */
export function scoredResult(input: ScoredResultInput): IndicatorResult {
  const outcome = applyDeductions(input.max, input.deductions, input.cap);
  return {
    id: input.id,
    lang: input.lang ?? null,
    device: input.device ?? null,
    max: round3(input.max),
    points: outcome.points,
    status: input.status ?? statusFromPoints(outcome.points, input.max),
    deductions: outcome.deductions,
    evidence: input.evidence,
    summary: input.summary,
  };
}

export interface UnscoredResultInput {
  id: string;
  lang?: ResultLang | null;
  device?: ResultDevice | null;
  max: number;
  status: Extract<Status, 'not-checked' | 'manual' | 'error'>;
  evidence: Evidence[];
  summary: string;
}

/** A result that awards nothing because nothing was decided (not checked, awaiting a reviewer, or an error). */
export function unscoredResult(input: UnscoredResultInput): IndicatorResult {
  return {
    id: input.id,
    lang: input.lang ?? null,
    device: input.device ?? null,
    max: round3(input.max),
    points: 0,
    status: input.status,
    deductions: [],
    evidence: input.evidence,
    summary: input.summary,
  };
}

export function note(label: string, value?: Evidence['value']): Evidence {
  return value === undefined ? { kind: 'note', label } : { kind: 'note', label, value };
}

/** 0.123 → "12.3 %". */
export function percent(share: number): string {
  return `${round3(share * 100).toFixed(1)} %`;
}
