/**
 * Re-scoring a report with reviewer verdicts: the verdicts replace the rows' points
 * (rules/verdicts.ts) and rules/scoring.ts score() recomputes A, C, M and the total with the
 * report's own k, link penalty and deficiencies. Nothing else changes.
 */
import { reportScores } from './buildReport.ts';
import { score } from '../rules/scoring.ts';
import { applyVerdicts, VerdictsError, type VerdictsFile } from '../rules/verdicts.ts';
import { ReportSchema, type Report } from './reportSchema.ts';

export interface RescoreOptions {
  /** When the verdicts were applied (default: now). */
  now?: Date;
  /** Apply verdicts made on another audit of the same site (default: refuse). */
  allowOtherAudit?: boolean;
}

export function rescoreReport(report: Report, file: VerdictsFile, options: RescoreOptions = {}): Report {
  if (!options.allowOtherAudit && (file.report.url !== report.site.url || file.report.auditedAt !== report.auditedAt)) {
    throw new VerdictsError(
      `the verdicts were made on the audit of ${file.report.url} at ${file.report.auditedAt}, but this report is the audit of ${report.site.url} at ${report.auditedAt}.`,
    );
  }
  const indicators = applyVerdicts(report.indicators, file.verdicts);
  const scores = score(indicators, {
    k: report.scores.mobileCoefficient,
    linkPenalty: report.scores.linkPenalty,
    deficiencies: report.deficiencies,
  });
  const decided = indicators.filter((i) => i.verdict);
  return ReportSchema.parse({
    ...report,
    indicators,
    scores: reportScores(scores),
    formula: scores.formula,
    review: {
      rescoredAt: (options.now ?? new Date()).toISOString(),
      verdicts: decided.length,
      reviewers: [...new Set(decided.map((i) => i.verdict?.reviewer ?? ''))].filter(Boolean).sort(),
    },
  });
}
