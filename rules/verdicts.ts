/**
 * Reviewer verdicts: the versioned file a reviewer exports from the HTML report (zod-guarded),
 * and their application to indicator rows. A verdict replaces the tool's points for one row
 * (points, or pass = max / fail = 0) and keeps what the tool found beside it. Scoring is then
 * re-run by the caller with rules/scoring.ts score().
 */
import { z } from 'zod';
import type { IndicatorResult, Status } from './types.ts';
import { round3, statusFromPoints } from './points.ts';

export const VERDICTS_FORMAT = 'tekser-verdicts';
export const VERDICTS_VERSION = 1;

const ROW_ID = /^A[456]-\d+\.\d+$/;

export const VerdictSchema = z
  .object({
    /** The indicator row: 'A4-1.1', or an Annex 5/6 section with its language. */
    id: z.string().regex(ROW_ID, 'must be an indicator id such as "A4-1.1" or "A5-1.3"'),
    lang: z.enum(['kk', 'ru']).nullable(),
    /** The points the reviewer gives (0 … the row's max). */
    points: z.number().nonnegative('must be 0 or more').optional(),
    /** Or simply pass (all points) / fail (none). */
    outcome: z.enum(['pass', 'fail']).optional(),
    reason: z.string().trim().min(1, 'a verdict needs a reason'),
    reviewer: z.string().trim().min(1, 'a verdict needs the reviewer\'s name'),
    decidedAt: z.iso.datetime({ offset: true, message: 'must be a date-time such as 2025-12-20T10:00:00Z' }),
  })
  .refine((v) => (v.points === undefined) !== (v.outcome === undefined), {
    message: 'give either "points" or "outcome" (pass/fail), not both and not neither',
  });
export type Verdict = z.infer<typeof VerdictSchema>;

export const VerdictsFileSchema = z
  .object({
    format: z.literal(VERDICTS_FORMAT, `must be "${VERDICTS_FORMAT}"`),
    version: z.literal(VERDICTS_VERSION, `this tekser reads verdicts files of version ${VERDICTS_VERSION}`),
    /** The audit the verdicts were made on: its URL and date. */
    report: z.object({ url: z.string(), auditedAt: z.string() }),
    verdicts: z.array(VerdictSchema),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.verdicts.forEach((v, index) => {
      const key = `${v.id}|${v.lang ?? ''}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['verdicts', index], message: `a second verdict for ${v.id}${v.lang ? ` (${v.lang})` : ''}` });
      seen.add(key);
    });
  });
export type VerdictsFile = z.infer<typeof VerdictsFileSchema>;

/** A verdict as applied to a row: what the person decided, and what the tool had found. */
export const AppliedVerdictSchema = z.object({
  points: z.number().nonnegative(),
  status: z.enum(['pass', 'partial', 'fail']),
  reason: z.string(),
  reviewer: z.string(),
  decidedAt: z.string(),
  tool: z.object({
    points: z.number().nonnegative(),
    status: z.enum(['pass', 'partial', 'fail', 'manual', 'not-checked', 'error']),
  }),
});
export type AppliedVerdict = z.infer<typeof AppliedVerdictSchema>;

export class VerdictsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VerdictsError';
  }
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('') || '(file)';
}

/** Parses a verdicts file's text; throws VerdictsError listing every problem with its place. */
export function parseVerdictsFile(text: string, source = 'verdicts file'): VerdictsFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new VerdictsError(`${source} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = VerdictsFileSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issuePath(issue.path)}: ${issue.message}`);
    throw new VerdictsError(`${source} is not a valid verdicts file (format "${VERDICTS_FORMAT}", version ${VERDICTS_VERSION}):\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export type VerdictRow = IndicatorResult & { verdict?: AppliedVerdict | undefined };

/** The row as the tool scored it, before any earlier verdict. */
function toolView<T extends VerdictRow>(row: T): { points: number; status: Status } {
  return row.verdict ? { points: row.verdict.tool.points, status: row.verdict.tool.status } : { points: row.points, status: row.status };
}

/**
 * Applies verdicts to rows: each verdict must name an existing row and give at most its max.
 * Earlier verdicts on other rows stay; a new verdict on the same row replaces the earlier one.
 * Throws VerdictsError listing every verdict that does not fit.
 */
export function applyVerdicts<T extends VerdictRow>(rows: readonly T[], verdicts: readonly Verdict[]): T[] {
  const problems: string[] = [];
  const byKey = new Map<string, Verdict>();
  for (const verdict of verdicts) {
    const label = `${verdict.id}${verdict.lang ? ` (${verdict.lang})` : ''}`;
    const row = rows.find((r) => r.id === verdict.id && r.lang === verdict.lang);
    if (!row) {
      const langs = rows.filter((r) => r.id === verdict.id).map((r) => r.lang ?? 'null');
      problems.push(langs.length > 0 ? `${label}: the report has this indicator only with lang ${langs.join(', ')}` : `${label}: no such indicator in the report`);
      continue;
    }
    if (verdict.points !== undefined && round3(verdict.points) > round3(row.max)) problems.push(`${label}: ${verdict.points} points is more than the indicator's max of ${row.max}`);
    byKey.set(`${verdict.id}|${verdict.lang ?? ''}`, verdict);
  }
  if (problems.length > 0) throw new VerdictsError(`the verdicts do not fit the report:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return rows.map((row) => {
    const verdict = byKey.get(`${row.id}|${row.lang ?? ''}`);
    if (!verdict) return row;
    const points = round3(verdict.points ?? (verdict.outcome === 'pass' ? row.max : 0));
    const status = statusFromPoints(points, row.max) as AppliedVerdict['status'];
    const applied: AppliedVerdict = { points, status, reason: verdict.reason, reviewer: verdict.reviewer, decidedAt: verdict.decidedAt, tool: toolView(row) };
    return { ...row, points, status, verdict: applied };
  });
}
