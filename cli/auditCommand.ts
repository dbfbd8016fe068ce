/**
 * `tekser audit <url>`: crawl → snapshot → rules → scores → report.json, with progress on
 * stderr and the score summary on stdout. Ctrl-C stops cleanly; --resume continues.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crawlSite } from '../crawler/audit/crawlSite.ts';
import { desktopUserAgent } from '../crawler/audit/userAgents.ts';
import { AuditError } from '../crawler/auditError.ts';
import type { ResolveRule } from '../crawler/hostMapping.ts';
import type { AuditConfig, Snapshot } from '../crawler/snapshot/schema.ts';
import { SnapshotStore } from '../crawler/snapshot/snapshotStore.ts';
import { normalizeUrl } from '../crawler/url/normalizeUrl.ts';
import { buildReport } from '../reports/buildReport.ts';
import { terminalSummary } from '../reports/terminalSummary.ts';
import { scoreSnapshot } from '../rules/scoreSnapshot.ts';
import { progressReporter } from './progressLine.ts';

export interface AuditCliOptions {
  type: 'omo' | 'zhao';
  out?: string;
  resolve: ResolveRule[];
  lang: ('kk' | 'ru' | 'en')[];
  maxPages: number;
  maxDepth: number;
  maxMobilePages: number;
  timeLimit?: number;
  concurrency: number;
  perHost: number;
  include: string[];
  exclude: string[];
  ignoreRobots: boolean;
  resume: boolean;
  browserPath?: string;
  insecure: boolean;
  screenshots: boolean;
  quiet: boolean;
}

export function defaultOutDir(url: string, now = new Date()): string {
  const host = new URL(url).host.replace(/[^a-z0-9.-]/gi, '_');
  return join('tekser-report', `${host}-${now.toISOString().slice(0, 10)}`);
}

/** Scores a snapshot and writes report.json beside it; returns the report's path and summary text. */
export function writeReport(snapshot: Snapshot, outDir: string): { path: string; summary: string } {
  const { results, scores, mobile, deficiencies } = scoreSnapshot(snapshot);
  const report = buildReport(snapshot, results, scores, { mobile, deficiencies });
  const path = join(outDir, 'report.json');
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  return { path, summary: terminalSummary(report) };
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
  const progress = progressReporter(process.stderr, o.quiet);
  const started = Date.now();
  try {
    const snapshot = await crawlSite({
      config, outDir, resume: o.resume, browserPath: o.browserPath ?? null, insecure: o.insecure,
      signal: controller.signal, onProgress: (p) => progress.update(p),
    });
    progress.end();
    const { path, summary } = writeReport(snapshot, outDir);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    const desktop = snapshot.pages.filter((p) => p.device === 'desktop').length;
    const phone = snapshot.pages.length - desktop;
    process.stdout.write(`${summary}\n\nCrawled ${desktop} desktop and ${phone} phone pages in ${secs} s.\nReport: ${path}\nSnapshot: ${store.dir}\n`);
    for (const w of snapshot.site.warnings) process.stderr.write(`warning: ${w}\n`);
    return 0;
  } finally {
    progress.end();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
