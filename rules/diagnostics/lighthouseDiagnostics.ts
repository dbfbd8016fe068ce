/**
 * The Lighthouse diagnostics block of the report: per home page (kk, ru) and device, the four
 * category scores, the top failing audits, and the viewport and console-error findings. A pure
 * function of the snapshot's 'lighthouse' / 'lighthouse-mobile' probe records. These are shown
 * beside the methodology's points and are not part of them: no indicator reads this block.
 */
import { z } from 'zod';
import { LighthouseAuditSchema, LighthouseDataSchema, LIGHTHOUSE_PROBE_IDS } from '../../crawler/probes/lighthouse/lighthouseSchema.ts';
import type { ProbeRecord, Snapshot } from '../../crawler/snapshot/schema.ts';

const Score = z.number().min(0).max(1).nullable();

export const LighthouseRunSchema = z.object({
  url: z.string(),
  lang: z.enum(['kk', 'ru', 'en']).nullable(),
  device: z.enum(['desktop', 'mobile']),
  /** 'error': Lighthouse did not run or did not finish; the scores are then null. */
  state: z.enum(['ok', 'error']),
  error: z.string().nullable(),
  lighthouseVersion: z.string().nullable(),
  categories: z.object({ performance: Score, accessibility: Score, 'best-practices': Score, seo: Score }),
  failing: z.array(LighthouseAuditSchema),
  failingTotal: z.number().int().min(0),
  viewport: z.object({ passed: z.boolean().nullable(), score: Score }),
  consoleErrors: z.object({ passed: z.boolean().nullable(), count: z.number().int().min(0), first: z.array(z.string()) }),
  ms: z.number().int().min(0).nullable(),
});
export type LighthouseRun = z.infer<typeof LighthouseRunSchema>;

export const DiagnosticsSchema = z.object({
  lighthouse: z.object({
    /** Always false: the scores are diagnostics, not part of the methodology's points. */
    partOfPoints: z.literal(false),
    runs: z.array(LighthouseRunSchema),
  }),
});
export type Diagnostics = z.infer<typeof DiagnosticsSchema>;

const EMPTY_CATEGORIES = { performance: null, accessibility: null, 'best-practices': null, seo: null };
const langOrder = (l: string | null) => (l === null ? 9 : ['kk', 'ru', 'en'].indexOf(l));

export function lighthouseRun(record: ProbeRecord): LighthouseRun {
  const device = record.device === 'mobile' ? 'mobile' : 'desktop';
  const parsed = record.error ? null : LighthouseDataSchema.safeParse(record.data);
  const base = { url: record.url, lang: record.lang, device } as const;
  if (!parsed?.success) {
    return {
      ...base, state: 'error', error: record.error ?? 'the Lighthouse data could not be read', lighthouseVersion: null, categories: EMPTY_CATEGORIES,
      failing: [], failingTotal: 0, viewport: { passed: null, score: null }, consoleErrors: { passed: null, count: 0, first: [] }, ms: null,
    };
  }
  const d = parsed.data;
  return {
    ...base,
    state: d.runtimeError ? 'error' : 'ok',
    error: d.runtimeError,
    lighthouseVersion: d.lighthouseVersion,
    categories: d.categories,
    failing: d.failing,
    failingTotal: d.failingTotal,
    viewport: { passed: d.viewport.passed, score: d.viewport.score },
    consoleErrors: { passed: d.consoleErrors.passed, count: d.consoleErrors.count, first: d.consoleErrors.items.slice(0, 3).map((i) => i.description) },
    ms: d.ms,
  };
}

/** The diagnostics block, or null when the audit ran no Lighthouse probe (--no-lighthouse). */
export function lighthouseDiagnostics(snapshot: Pick<Snapshot, 'probes'>): Diagnostics | null {
  const records = snapshot.probes.filter((r) => LIGHTHOUSE_PROBE_IDS.includes(r.probe));
  if (records.length === 0) return null;
  const runs = records
    .map(lighthouseRun)
    .sort((a, b) => langOrder(a.lang) - langOrder(b.lang) || a.device.localeCompare(b.device) || a.url.localeCompare(b.url));
  return { lighthouse: { partOfPoints: false, runs } };
}
