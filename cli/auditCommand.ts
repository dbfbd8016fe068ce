/**
 * `tekser audit <url>`: crawl → snapshot → rules → scores → report.json (and report.html,
 * report-conclusion.html, report.xlsx, report.csv as --format asks), with progress on stderr and
 * the score summary on stdout. Ctrl-C stops cleanly; --resume continues. --fail-under* exit 3.
 */
import type { CommitteeSpec } from '../rules/committees.ts';
import { auditCommittees, committeesBlock, committeesFromFile, type CommitteeMember } from './committees.ts';
import type { Probe } from '../crawler/probes/probeTypes.ts';
import { LIGHTHOUSE_PROBE_IDS } from '../crawler/probes/lighthouse/lighthouseSchema.ts';
import { PROBES } from '../crawler/probes/registry.ts';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crawlSite } from '../crawler/audit/crawlSite.ts';
import { desktopUserAgent } from '../crawler/audit/userAgents.ts';
import { AuditError } from '../crawler/auditError.ts';
import type { ResolveRule } from '../crawler/hostMapping.ts';
import type { AuditConfig, Snapshot } from '../crawler/snapshot/schema.ts';
import { SnapshotStore } from '../crawler/snapshot/snapshotStore.ts';
import { normalizeUrl } from '../crawler/url/normalizeUrl.ts';
import { buildReport } from '../reports/buildReport.ts';
import type { ReportLang } from '../reports/i18n/catalogue.ts';
import { gateFailures, GATE_EXIT_CODE } from '../reports/scoreGate.ts';
import { terminalSummary } from '../reports/terminalSummary.ts';
import { writeReports, type ReportFormat } from '../reports/writeReports.ts';
import { thresholdsOf, type ReportCliOptions } from './reportOptions.ts';
import { scoreSnapshot } from '../rules/scoreSnapshot.ts';
import { progressReporter } from './progressLine.ts';
import type { Report } from '../reports/reportSchema.ts';

export interface AuditCliOptions extends Partial<ReportCliOptions> {
  type: 'omo' | 'zhao';
  out?: string;
  resolve: ResolveRule[];
  lang: ('kk' | 'ru' | 'en')[];
  maxPages: number;
  maxDepth: number;
  maxMobilePages: number;
  maxPagesEn?: number;
  timeLimit?: number;
  concurrency: number;
  perHost: number;
  include: string[];
  exclude: string[];
  ignoreRobots: boolean;
  resume: boolean;
  browserPath?: string;
  firefoxPath?: string;
  /** `--committee URL=form`: committees to audit with the same options. */
  committee?: CommitteeSpec[];
  /** `--committees FILE`: committees audited before. */
  committees?: string;
  insecure: boolean;
  screenshots: boolean;
  /** The probes to run (default: all). */
  probes?: Probe[];
  /** false (`--no-lighthouse`): the Lighthouse probes are left out. */
  lighthouse?: boolean;
  quiet: boolean;
}

/** The probes without the Lighthouse ones when `--no-lighthouse` was given. */
export function withoutLighthouse(probes: readonly Probe[], skip: boolean): Probe[] {
  return skip ? probes.filter((p) => !LIGHTHOUSE_PROBE_IDS.includes(p.id)) : [...probes];
}

export function defaultOutDir(url: string, now = new Date()): string {
  const host = new URL(url).host.replace(/[^a-z0-9.-]/gi, '_');
  return join('tekser-report', `${host}-${now.toISOString().slice(0, 10)}`);
}

export interface WriteReportOptions {
  formats?: readonly ReportFormat[];
  lang?: ReportLang;
  period?: string | null;
  /** Committees whose A and C are combined with the body's (paras 15–17). */
  committees?: readonly CommitteeMember[];
}

/** Scores a snapshot and writes the reports beside it; returns report.json's path, the files written, the report and the summary text. */
export async function writeReport(snapshot: Snapshot, outDir: string, options: WriteReportOptions = {}): Promise<{ path: string; files: string[]; report: Report; summary: string }> {
  const { results, scores, mobile, deficiencies } = scoreSnapshot(snapshot);
  const committees = options.committees?.length ? committeesBlock(scores, options.committees) : undefined;
  const report = buildReport(snapshot, results, scores, { mobile, deficiencies, period: options.period ?? null, ...(committees ? { committees } : {}) });
  const files = await writeReports(report, outDir, { formats: options.formats ?? ['json', 'html', 'xlsx', 'csv'], lang: options.lang ?? 'ru' });
  return { path: join(outDir, 'report.json'), files, report, summary: terminalSummary(report) };
}

export async function runAudit(rawUrl: string, o: AuditCliOptions): Promise<number> {
  const url = normalizeUrl(rawUrl.includes('://') ? rawUrl : `https://${rawUrl}`);
  if (!url) throw new AuditError(`"${rawUrl}" is not a web address. Give the site's home page, e.g. https://www.example-akimat.kz/`);
  const outDir = resolve(o.out ?? defaultOutDir(url));
  const store = new SnapshotStore(outDir);
  if (o.resume && !store.exists()) throw new AuditError(`--resume: there is no snapshot in ${outDir} to continue. Run without --resume, or give the --out of the interrupted audit.`);
  if (!o.resume && store.exists()) process.stderr.write(`tekser: ${outDir} holds an earlier audit; it is replaced (use --resume to continue it instead).\n`);
  mkdirSync(outDir, { recursive: true });
  const config: AuditConfig = {
    startUrl: url,
    type: o.type,
    langs: o.lang,
    maxPages: o.maxPages,
    maxDepth: o.maxDepth,
    maxMobilePages: o.maxMobilePages,
    timeLimitSec: o.timeLimit ?? null,
    concurrency: o.concurrency,
    perHostConcurrency: o.perHost,
    ignoreRobots: o.ignoreRobots,
    include: o.include,
    exclude: o.exclude,
    resolve: o.resolve,
    userAgent: desktopUserAgent('x'),
    screenshots: o.screenshots,
  };
  if (o.resume) {
    const prev = store.readSite().config;
    if (prev.startUrl !== config.startUrl) throw new AuditError(`--resume: ${outDir} holds an audit of ${prev.startUrl}, not ${config.startUrl}.`);
  }
  // The browsers probe finds Firefox through the environment, as it finds everything else it needs.
  if (o.firefoxPath) process.env.TEKSER_FIREFOX_PATH = o.firefoxPath;
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = () => {
    interrupts++;
    if (interrupts > 1) process.exit(130);
    process.stderr.write('\ntekser: stopping after the pages in flight (Ctrl-C again to quit at once)…\n');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // Committees first: their scores go into the body's report.
  const members: CommitteeMember[] = [
    ...(o.committees ? committeesFromFile(o.committees) : []),
    ...(o.committee?.length
      ? await auditCommittees(o.committee, outDir, (committeeUrl, committeeOut) => runAudit(committeeUrl, {
        ...o, out: committeeOut, committee: [], committees: undefined, resume: false,
        format: [...new Set<ReportFormat>(['json', ...(o.format ?? ['json'])])],
        failUnder: undefined, failUnderAccessibility: undefined, failUnderCompleteness: undefined, failUnderMobile: undefined,
      }))
      : []),
  ];
  const progress = progressReporter(process.stderr, o.quiet);
  const started = Date.now();
  try {
    const snapshot = await crawlSite({
      config, outDir, resume: o.resume, browserPath: o.browserPath ?? null, insecure: o.insecure, maxPagesEn: o.maxPagesEn ?? 60,
      signal: controller.signal, onProgress: (p) => progress.update(p),
      ...(o.probes || o.lighthouse === false ? { probes: withoutLighthouse(o.probes ?? PROBES, o.lighthouse === false) } : {}),
    });
    progress.end();
    const { files, report, summary } = await writeReport(snapshot, outDir, { formats: o.format, lang: o.reportLang, period: o.period ?? null, committees: members });
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    const desktop = snapshot.pages.filter((p) => p.device === 'desktop').length;
    const phone = snapshot.pages.length - desktop;
    const reports = files.map((f) => `Report: ${f}`).join('\n');
    const withCommittees = report.committees ? `\nWith its ${report.committees.members.length} committee(s), paras 15–17: ${report.committees.combined.text}\n` : '';
    process.stdout.write(`${summary}\n${withCommittees}\nCrawled ${desktop} desktop and ${phone} phone pages in ${secs} s.\n${reports}\nSnapshot: ${store.dir}\n`);
    for (const w of snapshot.site.warnings) process.stderr.write(`warning: ${w}\n`);
    const failures = gateFailures(report, thresholdsOf({ format: [], reportLang: 'ru', ...o }));
    if (failures.length > 0) {
      process.stderr.write(`tekser: score gate failed: ${failures.join('; ')}\n`);
      return GATE_EXIT_CODE;
    }
    return 0;
  } finally {
    progress.end();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
