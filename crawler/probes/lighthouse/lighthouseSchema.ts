/**
 * The data of the Lighthouse probes ('lighthouse' on the desktop, 'lighthouse-mobile' with
 * Lighthouse's phone emulation): the four category scores, the worst failing audits, and the
 * viewport and console-error audits that serve as evidence for A4-2.1 and the mobile version.
 * Diagnostics only: no methodology point is decided from these numbers.
 */
import { z } from 'zod';

export const LIGHTHOUSE_PROBE_ID = 'lighthouse';
export const LIGHTHOUSE_MOBILE_PROBE_ID = 'lighthouse-mobile';
export const LIGHTHOUSE_PROBE_IDS: readonly string[] = [LIGHTHOUSE_PROBE_ID, LIGHTHOUSE_MOBILE_PROBE_ID];
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];
/** How many failing audits a record keeps. */
export const MAX_FAILING_AUDITS = 15;

const Score = z.number().min(0).max(1).nullable();

export const LighthouseAuditSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** 0–1; null when Lighthouse could not score it (not applicable, error, informative). */
  score: Score,
  displayValue: z.string().nullable(),
  /** The categories it counts in. */
  categories: z.array(z.enum(LIGHTHOUSE_CATEGORIES)),
});
export type LighthouseAudit = z.infer<typeof LighthouseAuditSchema>;

/** A yes/no finding: passed is null when the audit did not run or could not decide. */
export const LighthouseFindingSchema = z.object({
  id: z.string(),
  title: z.string(),
  score: Score,
  passed: z.boolean().nullable(),
  explanation: z.string().nullable(),
});
export type LighthouseFinding = z.infer<typeof LighthouseFindingSchema>;

export const LighthouseConsoleErrorSchema = z.object({ source: z.string(), description: z.string(), url: z.string().nullable() });

export const LighthouseDataSchema = z.object({
  lighthouseVersion: z.string(),
  formFactor: z.enum(['desktop', 'mobile']),
  requestedUrl: z.string(),
  finalUrl: z.string().nullable(),
  categories: z.object({
    performance: Score,
    accessibility: Score,
    'best-practices': Score,
    seo: Score,
  }),
  /** The failing audits (score < 0.9), weighted ones first, worst first; at most MAX_FAILING_AUDITS. */
  failing: z.array(LighthouseAuditSchema),
  failingTotal: z.number().int().min(0),
  /** Has a <meta name="viewport"> with width or initial-scale (Lighthouse's viewport insight). */
  viewport: LighthouseFindingSchema,
  /** The viewport does not block zooming (user-scalable=no, maximum-scale < 5). */
  metaViewport: LighthouseFindingSchema,
  /** Errors logged to the browser console while the page loaded. */
  consoleErrors: LighthouseFindingSchema.extend({ count: z.number().int().min(0), items: z.array(LighthouseConsoleErrorSchema) }),
  /** Lighthouse's own error for the run (e.g. the page did not load), null when it ran. */
  runtimeError: z.string().nullable(),
  warnings: z.array(z.string()),
  /**
   * Lighthouse's estimate of the machine's speed (BenchmarkIndex); the runs of one audit share the
   * first run's measurement (lighthouseRun.ts). Null in records made before it was kept.
   */
  benchmarkIndex: z.number().nullable().default(null),
  /** How long the Lighthouse run took (ms), waiting for another run excluded. */
  ms: z.number().int().min(0),
});
export type LighthouseData = z.infer<typeof LighthouseDataSchema>;
