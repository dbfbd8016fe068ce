/** The CI gate: which scores fall below the thresholds the user set (--fail-under and friends). */
import type { Report } from './reportSchema.ts';

export interface ScoreThresholds {
  total?: number;
  accessibility?: number;
  completeness?: number;
  mobile?: number;
}

/** Exit code of `tekser audit`/`rescore` when a score is below its threshold (2 = the audit could not be done). */
export const GATE_EXIT_CODE = 3;

/** One line per score below its threshold; empty when every threshold is met. */
export function gateFailures(report: Report, thresholds: ScoreThresholds): string[] {
  const failures: string[] = [];
  const keys: (keyof ScoreThresholds)[] = ['total', 'accessibility', 'completeness', 'mobile'];
  for (const key of keys) {
    const min = thresholds[key];
    if (min === undefined) continue;
    const value = report.scores[key];
    if (value < min) failures.push(`${key} ${value} is below ${min}`);
  }
  return failures;
}
