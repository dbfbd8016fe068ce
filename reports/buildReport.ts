/**
 * Assembles report.json from a snapshot, the rules' results and the scores. It computes nothing
 * that the rules and scoring did not: it adds titles from the methodology tables and facts about
 * the crawl.
 */
import type { Device, Lang, Snapshot } from '../crawler/snapshot/schema.ts';
import type { IndicatorResult } from '../rules/types.ts';
import type { Deficiency, Scores } from '../rules/scoring.ts';
import { findIndicator } from '../rules/methodology/catalogue.ts';
import { interpretationLines } from '../rules/interpretations.ts';
import { lighthouseDiagnostics } from '../rules/diagnostics/lighthouseDiagnostics.ts';
import { mobileCoefficient, type MobileCoefficientResult } from '../rules/mobile/mobileCoefficient.ts';
import { REPORT_SCHEMA_VERSION, ReportSchema, type Report, type ReportIndicator } from './reportSchema.ts';

export interface BuildReportOptions {
  /** The version of the tool writing the report (default: the one that wrote the snapshot). */
  toolVersion?: string;
  /** The reporting period, e.g. "2025-H2". */
  period?: string | null;
  /** k, the link penalty and their evidence, when the caller already has them. */
  mobile?: MobileCoefficientResult;
  /** The deficiencies scoring took off C and M. */
  deficiencies?: Deficiency[];
  /** The committees and the body's scores combined with theirs (rules/committees.ts). */
  committees?: Report['committees'];
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

function crawlPages(snapshot: Snapshot): Report['crawl']['pages'] {
  const counts = new Map<string, { lang: Lang | null; device: Device; count: number }>();
  for (const page of snapshot.pages) {
    const key = `${page.lang ?? '-'}|${page.device}`;
    const entry = counts.get(key) ?? { lang: page.lang, device: page.device, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const langOrder = (lang: Lang | null) => (lang === null ? 9 : ['kk', 'ru', 'en'].indexOf(lang));
  return [...counts.values()].sort((a, b) => langOrder(a.lang) - langOrder(b.lang) || a.device.localeCompare(b.device));
}

function withTitle(result: IndicatorResult, snapshot: Snapshot): ReportIndicator {
  const definition = findIndicator(result.id, snapshot.site.config.type);
  return {
    ...result,
    title: definition?.title ?? { kk: result.id, ru: result.id, en: result.id },
    kind: definition?.kind ?? 'heuristic',
  };
}

/** The scores as report.json carries them (the formula goes beside them). */
export function reportScores(scores: Scores): Report['scores'] {
  const { accessibility, completeness, mobile, total, mobileCoefficient, linkPenalty } = scores;
  return { accessibility, completeness, mobile, total, mobileCoefficient, linkPenalty };
}

export function buildReport(snapshot: Snapshot, results: readonly IndicatorResult[], scores: Scores, options: BuildReportOptions = {}): Report {
  const site = snapshot.site;
  const mobile = options.mobile ?? mobileCoefficient(snapshot);
  const diagnostics = lighthouseDiagnostics(snapshot);
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'tekser', version: options.toolVersion ?? site.tool.version },
    site: {
      url: site.config.startUrl,
      type: site.config.type,
      host: hostOf(site.start?.finalUrl ?? site.config.startUrl) || hostOf(site.config.startUrl),
      platform: site.platform,
      languages: site.languages.map((l) => ({ lang: l.lang, homeUrl: l.homeUrl })),
      name: site.start?.title ?? null,
    },
    auditedAt: site.finishedAt ?? site.startedAt,
    period: options.period ?? null,
    crawl: {
      status: site.status,
      startedAt: site.startedAt,
      finishedAt: site.finishedAt,
      pages: crawlPages(snapshot),
      pageTotal: snapshot.pages.length,
      urlChecks: snapshot.checks.length,
      notFetched: site.notFetched.length,
      snapshotTool: site.tool,
      browser: { name: site.browser.name, version: site.browser.version },
      warnings: site.warnings,
    },
    indicators: results.map((result) => withTitle(result, snapshot)),
    scores: reportScores(scores),
    formula: scores.formula,
    deficiencies: options.deficiencies ?? [],
    mobile: { k: mobile.k, linkPenalty: mobile.linkPenalty, probed: mobile.probed, evidence: mobile.evidence },
    interpretations: interpretationLines(),
    depthSummary: site.depthSummary,
    ...(options.committees ? { committees: options.committees } : {}),
    ...(diagnostics ? { diagnostics } : {}),
  };
  return ReportSchema.parse(report);
}
