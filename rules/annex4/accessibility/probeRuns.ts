/**
 * Shared by the A4-3.x rules: reading one probe's records from the snapshot through its schema,
 * and turning per-page verdicts into an all-or-nothing result ("on every page" indicators are
 * judged over the sampled pages; the share that passes and examples of failing pages are evidence).
 */
import type { z } from 'zod';
import type { ProbeRecord, Snapshot } from '../../../crawler/snapshot/schema.ts';
import type { Annex4Indicator } from '../../methodology/annex4.ts';
import type { Evidence, IndicatorResult } from '../../types.ts';
import { note, percent, scoredResult, unscoredResult } from '../../result.ts';

export interface ProbeRun<T> {
  record: ProbeRecord;
  data: T;
}

export interface ProbeRuns<T> {
  ok: ProbeRun<T>[];
  /** Records that errored or whose data did not match the schema. */
  failed: { record: ProbeRecord; error: string }[];
}

export function probeRuns<T>(snapshot: Snapshot, probe: string, schema: z.ZodType<T>): ProbeRuns<T> {
  const ok: ProbeRun<T>[] = [];
  const failed: ProbeRuns<T>['failed'] = [];
  for (const record of snapshot.probes) {
    if (record.probe !== probe) continue;
    if (record.error !== null) {
      failed.push({ record, error: record.error });
      continue;
    }
    const parsed = schema.safeParse(record.data);
    if (parsed.success) ok.push({ record, data: parsed.data });
    else failed.push({ record, error: `unexpected probe data: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
  }
  ok.sort((a, b) => a.record.url.localeCompare(b.record.url));
  return { ok, failed };
}

/** One sampled page judged by a rule. */
export interface PageVerdict {
  url: string;
  lang: string | null;
  /** false: the page fails the indicator. null: nothing on the page to judge (counts as passing). */
  passes: boolean | null;
  /** Why it fails (one line each; the first one is used in the deduction). */
  reasons: string[];
  evidence: Evidence[];
}

export interface AllOrNothingInput {
  id: string;
  definition: Annex4Indicator;
  probeIds: string[];
  interpretation: string;
  /** What the probe runs were (to name them in "not checked"/"error" rows). */
  what: string;
  verdicts: PageVerdict[];
  failed: { record: ProbeRecord; error: string }[];
  /** Extra evidence (site-wide facts). */
  extra?: Evidence[];
  passSummary: string;
  failSummary: (failing: PageVerdict[], judged: number) => string;
}

/** Pages listed one by one as failing examples. */
export const FAILING_PAGES_LISTED = 10;
/** Passing pages listed (with their first two pieces of evidence). */
export const PASSING_PAGES_LISTED = 3;
/** Elements listed per failing page. */
export const ELEMENTS_PER_PAGE = 5;

export function allOrNothing(input: AllOrNothingInput): IndicatorResult {
  const { id, definition } = input;
  const kind = definition.kind === 'heuristic' ? ' (heuristic)' : '';
  const evidence: Evidence[] = [note(input.interpretation)];
  for (const f of input.failed.slice(0, 10)) evidence.push({ kind: 'note', label: `The ${f.record.probe} probe failed on this page: ${f.error}`, url: f.record.url });
  if (input.verdicts.length === 0) {
    const status = input.failed.length > 0 ? 'error' : 'not-checked';
    return unscoredResult({
      id,
      max: definition.max,
      status,
      evidence,
      summary: status === 'error' ? `Error: every ${input.what} run failed (${input.failed.length})` : `Not checked: the ${input.probeIds.join('/')} probe did not run`,
    });
  }
  if (input.extra) evidence.push(...input.extra);
  const failing = input.verdicts.filter((v) => v.passes === false);
  const passing = input.verdicts.length - failing.length;
  evidence.push({ kind: 'value', label: `Sampled pages that pass${kind}: ${passing} of ${input.verdicts.length} (${percent(passing / input.verdicts.length)})`, value: passing });
  for (const v of failing.slice(0, FAILING_PAGES_LISTED)) {
    evidence.push({ kind: 'page', label: `Fails (${v.lang ?? '?'}): ${v.reasons.join('; ')}`, url: v.url, value: false });
    evidence.push(...v.evidence.slice(0, ELEMENTS_PER_PAGE + 2));
  }
  if (failing.length > FAILING_PAGES_LISTED) evidence.push(note(`… and ${failing.length - FAILING_PAGES_LISTED} more failing page(s).`));
  for (const v of input.verdicts.filter((x) => x.passes !== false).slice(0, PASSING_PAGES_LISTED)) {
    evidence.push({ kind: 'page', label: `Passes (${v.lang ?? '?'})${v.passes === null ? ': nothing to judge on this page' : ''}`, url: v.url, value: true });
    evidence.push(...v.evidence.slice(0, 2));
  }
  const first = failing[0];
  const deductions = first
    ? [{ reason: `${failing.length} of ${input.verdicts.length} sampled page(s) fail, e.g. ${first.url}: ${first.reasons[0] ?? 'fails'}`, points: definition.max }]
    : [];
  return scoredResult({
    id,
    max: definition.max,
    deductions,
    evidence,
    summary: (failing.length ? input.failSummary(failing, input.verdicts.length) : input.passSummary) + kind,
  });
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
