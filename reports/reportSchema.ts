/**
 * report.json — what an audit hands to its readers and to other tools: the site, the crawl, every
 * indicator result with its evidence, the scores and the formula behind them, and the
 * interpretations the tool applied. zod guards it; `reportJsonSchema()` publishes it as JSON Schema.
 */
import { z } from 'zod';
import { DepthSummarySchema, DeviceSchema, LangSchema, SiteTypeSchema } from '../crawler/snapshot/schema.ts';
import { DiagnosticsSchema } from '../rules/diagnostics/lighthouseDiagnostics.ts';
import { AppliedVerdictSchema } from '../rules/verdicts.ts';

export const REPORT_SCHEMA_VERSION = 1;

export const LocalizedTextSchema = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

export const StatusSchema = z.enum(['pass', 'partial', 'fail', 'manual', 'not-checked', 'error']);

export const EvidenceSchema = z.object({
  kind: z.enum(['page', 'element', 'value', 'screenshot', 'note']),
  label: z.string(),
  url: z.string().optional(),
  selector: z.string().optional(),
  html: z.string().optional(),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
});

export const DeductionSchema = z.object({ reason: z.string(), points: z.number().nonnegative() });

export const IndicatorResultSchema = z.object({
  id: z.string().regex(/^A[456]-\d+\.\d+$/),
  lang: z.enum(['kk', 'ru']).nullable(),
  device: DeviceSchema.nullable(),
  max: z.number().nonnegative(),
  points: z.number().nonnegative(),
  status: StatusSchema,
  deductions: z.array(DeductionSchema),
  evidence: z.array(EvidenceSchema),
  summary: z.string(),
});

/** An indicator result as reported: the result plus its title and kind from the methodology tables. */
export const ReportIndicatorSchema = IndicatorResultSchema.extend({
  title: LocalizedTextSchema,
  kind: z.enum(['auto', 'heuristic', 'manual']),
  /** A reviewer's verdict, when one replaced the tool's points (`tekser rescore`). */
  verdict: AppliedVerdictSchema.optional(),
});

const LanguageSumsSchema = z.object({ kk: z.number(), ru: z.number(), sum: z.number() });
const DeficiencyDeductionSchema = z.object({
  count: z.number().int().nonnegative(),
  reasons: z.array(z.string()),
  requested: z.number(),
  cap: z.number(),
  applied: z.number(),
  capped: z.boolean(),
});
const MobileCoefficientSchema = z.union([z.literal(5), z.literal(3), z.literal(0)]);
const LinkPenaltySchema = z.union([z.literal(0), z.literal(1)]);

export const FormulaSchema = z.object({
  accessibility: z.object({ annexSum: z.number(), annexTotal: z.number(), factor: z.number(), value: z.number() }),
  completeness: z.object({
    sums: LanguageSumsSchema,
    annexTotal: z.number(),
    factor: z.number(),
    weighted: z.number(),
    deficiencies: DeficiencyDeductionSchema,
    value: z.number(),
  }),
  mobile: z.object({
    sums: LanguageSumsSchema,
    annexTotal: z.number(),
    k: MobileCoefficientSchema,
    weighted: z.number(),
    deficiencies: DeficiencyDeductionSchema,
    linkPenalty: z.number(),
    flooredAtZero: z.boolean(),
    value: z.number(),
  }),
  text: z.string(),
});

export const DeficiencySchema = z.object({
  indicator: z.enum(['C', 'M']),
  reason: z.string(),
  type: z.enum(['insufficient', 'outdated-act', 'not-updated', 'kk-ru-mismatch', 'act-without-link']).optional(),
  lang: z.enum(['kk', 'ru']).nullable().optional(),
  section: z.string().nullable().optional(),
  evidence: z.array(EvidenceSchema).optional(),
});

export const ScoresSchema = z.object({
  accessibility: z.number().min(0).max(5),
  completeness: z.number().min(0).max(10),
  mobile: z.number().min(0).max(5),
  total: z.number().min(0).max(20),
  mobileCoefficient: MobileCoefficientSchema,
  linkPenalty: LinkPenaltySchema,
});

export const CrawlPagesSchema = z.object({
  lang: LangSchema.nullable(),
  device: DeviceSchema,
  count: z.number().int().nonnegative(),
});

export const ReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.object({ name: z.literal('tekser'), version: z.string() }),
  site: z.object({
    url: z.string(),
    type: SiteTypeSchema,
    host: z.string(),
    platform: z.enum(['classic', 'unified']),
    languages: z.array(z.object({ lang: LangSchema, homeUrl: z.string() })),
    /** The title of the start page, as the site names itself (untrusted text). */
    name: z.string().nullable().optional(),
  }),
  /** When the crawl that the report scores took place (its end, else its start). */
  auditedAt: z.string(),
  /** The reporting period (e.g. "2025-H2"), when the user named one. */
  period: z.string().nullable().optional(),
  crawl: z.object({
    status: z.enum(['running', 'complete', 'time-limit', 'interrupted', 'failed']),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    /** Pages per language and device. */
    pages: z.array(CrawlPagesSchema),
    pageTotal: z.number().int().nonnegative(),
    urlChecks: z.number().int().nonnegative(),
    notFetched: z.number().int().nonnegative(),
    snapshotTool: z.object({ name: z.literal('tekser'), version: z.string() }),
    browser: z.object({ name: z.string(), version: z.string() }),
    warnings: z.array(z.string()),
  }),
  indicators: z.array(ReportIndicatorSchema),
  scores: ScoresSchema,
  formula: FormulaSchema,
  /** The deficiencies (0.1 each) taken off C and M, with their evidence. */
  deficiencies: z.array(DeficiencySchema),
  mobile: z.object({
    k: MobileCoefficientSchema,
    linkPenalty: LinkPenaltySchema,
    probed: z.boolean(),
    evidence: z.array(EvidenceSchema),
  }),
  interpretations: z.array(z.string()),
  /** Click depth per language version (from the crawl), for the histogram. */
  depthSummary: z.array(DepthSummarySchema).optional(),
  /** The body's A, C, M with its committees taken into account (paras 15–17), when committees were given. */
  committees: z
    .object({
      members: z.array(z.object({
        url: z.string(),
        form: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        accessibility: z.number(),
        completeness: z.number(),
        /** The committee's own report, when there is one. */
        report: z.string().nullable(),
      })),
      combined: z.object({ accessibility: z.number(), completeness: z.number(), mobile: z.number(), total: z.number(), text: z.string() }),
    })
    .optional(),
  /** Lighthouse on the home pages, desktop and phone: diagnostics shown beside the points, not part of them. */
  diagnostics: DiagnosticsSchema.optional(),
  /** Set by `tekser rescore`: when reviewer verdicts were applied, and how many rows they decide. */
  review: z
    .object({ rescoredAt: z.string(), verdicts: z.number().int().nonnegative(), reviewers: z.array(z.string()) })
    .optional(),
});

export type Report = z.infer<typeof ReportSchema>;
export type ReportIndicator = z.infer<typeof ReportIndicatorSchema>;

/** report.json's JSON Schema, for readers outside TypeScript. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema) as Record<string, unknown>;
}
