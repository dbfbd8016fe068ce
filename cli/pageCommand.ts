/**
 * `tekser page <url>…`: measures the given pages WITHOUT crawling — each is rendered as the crawler
 * renders it (guarded context: no form is submitted, no non-GET request leaves the browser), the
 * page-level accessibility probes run on exactly those pages, and the page-level Annex 4 rules
 * (2.3, 2.4, 2.9, 3.1–3.8) are run on a one-page snapshot per URL. Exit 0 when every page was
 * measured, 2 when one could not be opened (the others are still reported).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import pLimit from 'p-limit';
import type { BrowserContext } from 'playwright';
import { DESKTOP_VIEWPORT } from '../crawler/audit/crawlSite.ts';
import { guardContext } from '../crawler/audit/contextGuards.ts';
import { desktopUserAgent, TEKSER_TOKEN } from '../crawler/audit/userAgents.ts';
import { AuditError } from '../crawler/auditError.ts';
import { launchBrowser } from '../crawler/browser/launchBrowser.ts';
import { renderPage } from '../crawler/browser/renderPage.ts';
import { isHtmlPage, toPageRecord } from '../crawler/extract/toPageRecord.ts';
import { parseResolve, type ResolveRule } from '../crawler/hostMapping.ts';
import { createHttpClient } from '../crawler/http/httpClient.ts';
import { ACCESSIBILITY_PROBES } from '../crawler/probes/accessibility/index.ts';
import type { Probe, ProbeTarget } from '../crawler/probes/probeTypes.ts';
import { runProbes } from '../crawler/probes/runProbes.ts';
import type { PageRecord } from '../crawler/snapshot/schema.ts';
import { normalizeUrl } from '../crawler/url/normalizeUrl.ts';
import { CONTRAST_STANDARDS, type ContrastStandard } from '../rules/annex4/accessibility/contrastRule.ts';
import { pagesJson, pagesText, toIndicator, type PageEntry } from './page/formatPage.ts';
import { errorRows, runPageRules } from './page/pageRules.ts';
import { pageSite, pageSnapshot } from './page/pageSnapshot.ts';

export interface PageCliOptions {
  json: boolean;
  contrast: ContrastStandard;
  resolve: ResolveRule[];
  browserPath?: string;
  insecure: boolean;
  concurrency: number;
  probes: Probe[];
}

/** The probes a page is measured with: every accessibility probe, the form one only on pages with a form to try. */
export function pageTargets(probe: Probe, pages: readonly PageRecord[]): ProbeTarget[] {
  const chosen = probe.id === 'form-errors' ? pages.filter((p) => p.forms.some((f) => !f.isSearch && f.fields.length > 0)) : pages;
  return chosen.map((p) => ({ url: p.finalUrl, lang: p.lang, page: p }));
}

function pageUrl(raw: string): string {
  const url = normalizeUrl(raw.includes('://') ? raw : `https://${raw}`);
  if (!url) throw new AuditError(`"${raw}" is not a web address.`);
  return url;
}

/** Why a rendered page cannot be measured (null: it can). */
function unusable(p: PageRecord): string | null {
  if (p.error) return p.error;
  if (p.status !== null && p.status >= 400) return `HTTP ${p.status}`;
  if (!isHtmlPage(p)) return `not an HTML page (${p.contentType ?? 'unknown type'})`;
  return null;
}

export async function runPage(rawUrls: string[], o: PageCliOptions): Promise<number> {
  const urls = rawUrls.map(pageUrl);
  const startedAt = new Date().toISOString();
  const launch = { browserPath: o.browserPath ?? null, resolve: o.resolve, ignoreCertificateErrors: o.insecure };
  const launched = await launchBrowser(launch);
  const { browser } = launched;
  const http = createHttpClient({ resolve: o.resolve, userAgent: `${TEKSER_TOKEN} (link checker)`, insecure: o.insecure });
  const contexts: BrowserContext[] = [];
  try {
    const userAgent = desktopUserAgent(launched.version);
    const desktop = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: false, ignoreHTTPSErrors: o.insecure, viewport: DESKTOP_VIEWPORT, userAgent });
    contexts.push(desktop);
    const takeBlocked = await guardContext(desktop);
    const limit = pLimit(Math.max(1, o.concurrency));
    const records = await Promise.all(urls.map((url) => limit(async (): Promise<PageRecord> => {
      const tab = await desktop.newPage();
      try {
        const r = await renderPage(tab, url);
        return toPageRecord(r, {
          device: 'desktop', discoveredVia: 'start', crawlLevel: 0, inheritedLang: null, screenshot: null,
          blockedRequests: await takeBlocked(tab), fetchedAt: new Date().toISOString(),
        });
      } finally {
        await tab.close().catch(() => undefined);
      }
    })));
    const measured = [...new Map(records.filter((p) => unusable(p) === null).map((p) => [p.finalUrl, p])).values()];
    const browserInfo = { name: 'chromium', version: launched.version, executablePath: launched.found.executablePath };
    const site = (url: string, page: PageRecord | null) => pageSite({ url, page, resolve: o.resolve, userAgent, browser: browserInfo, startedAt });
    const probes = measured.length === 0 ? [] : await runProbes({
      probes: o.probes,
      browser,
      contexts: { desktop, mobile: desktop },
      http,
      snapshot: { site: site(measured[0]!.url, measured[0]!), pages: measured, checks: [], probes: [] },
      concurrency: o.concurrency,
      launch,
      screenshots: false,
      targetsOf: (probe) => pageTargets(probe, measured),
    });
    const entries: PageEntry[] = urls.map((url, i) => {
      const page = records[i]!;
      const why = unusable(page);
      if (why !== null) return { url, finalUrl: null, httpStatus: page.status, lang: null, error: why, indicators: errorRows(url, why).map(toIndicator) };
      const results = runPageRules(pageSnapshot(site(url, page), page, probes), o.contrast);
      return { url, finalUrl: page.finalUrl, httpStatus: page.status, lang: page.lang, error: null, indicators: results.map(toIndicator) };
    });
    process.stdout.write(o.json ? pagesJson(entries) : pagesText(entries));
    return entries.some((e) => e.error !== null) ? 2 : 0;
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser.close().catch(() => undefined);
    await http.close().catch(() => undefined);
  }
}

function accessibilityProbes(value: string): Probe[] {
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !ACCESSIBILITY_PROBES.some((p) => p.id === id));
  if (ids.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(`--probes takes a comma list of ${ACCESSIBILITY_PROBES.map((p) => p.id).join(', ')}; got "${value}".`);
  }
  return ACCESSIBILITY_PROBES.filter((p) => ids.includes(p.id));
}

function collectResolve(value: string, previous: ResolveRule[]): ResolveRule[] {
  try {
    return [...previous, parseResolve(value)];
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`--concurrency takes a whole number ≥ 1, got "${value}".`);
  return n;
}

/** Registers `tekser page` on the program. */
export function addPageCommand(program: Command): Command {
  return program
    .command('page')
    .description('Measure single pages without crawling: the page-level Annex 4 indicators (2.3, 2.4, 2.9, 3.1–3.8) per URL.')
    .argument('<url...>', 'the pages to measure')
    .option('--json', 'print a JSON array, one { url, indicators } per URL in the order given', false)
    .addOption(new Option('--contrast <standard>', "3.7 judged by the methodology (4.5:1 for all text) or by WCAG 1.4.3 (3:1 for large text)").choices([...CONTRAST_STANDARDS]).default('methodology'))
    .option('--resolve <host:port:addr>', "map a hostname to an address, as curl's --resolve (repeatable)", collectResolve, [] as ResolveRule[])
    .option('--browser-path <path>', 'the Chromium/Chrome executable (default: found automatically; also TEKSER_BROWSER_PATH)')
    .option('--insecure', 'accept invalid TLS certificates (staging copies)', false)
    .option('--concurrency <n>', 'pages measured at once', positiveInt, 4)
    .addOption(new Option('--probes <list>', `the accessibility probes to run, a comma list of ${ACCESSIBILITY_PROBES.map((p) => p.id).join(',')}; the indicators of the others say "not checked"`)
      .argParser(accessibilityProbes).default([...ACCESSIBILITY_PROBES], 'all'))
    .action(async (urls: string[], options: PageCliOptions) => {
      process.exitCode = await runPage(urls, options);
    });
}
