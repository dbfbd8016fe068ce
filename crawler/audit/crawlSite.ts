/**
 * The crawl of one site, end to end: robots.txt, the start page and the language versions,
 * the breadth-first crawl of every language (linkCrawl.ts), checks over plain HTTP
 * (httpChecks.ts), feeds, the phone (phoneCrawl.ts), the probes on a sample of pages, and click
 * depth and language pairing. Everything goes to `<out>/snapshot/` as it is fetched; with
 * `resume`, what is on disk is not fetched again.
 */
import type { Browser, BrowserContext } from 'playwright';
import { AuditError, AuditInterrupted } from '../auditError.ts';
import { launchBrowser } from '../browser/launchBrowser.ts';
import { computeClickDepths } from '../depth/clickDepth.ts';
import { discoverFeeds } from '../discovery/feedDiscovery.ts';
import { pairLanguages } from '../discovery/languagePairs.ts';
import { findLanguageVersions } from '../discovery/languageVersions.ts';
import { classify, type Scope } from '../discovery/scope.ts';
import { discoverSitemaps } from '../discovery/sitemapDiscovery.ts';
import { createHttpClient, type HttpClient } from '../http/httpClient.ts';
import { parseRobots, type RobotsRules } from '../http/robots.ts';
import type { Probe } from '../probes/probeTypes.ts';
import { PROBES } from '../probes/registry.ts';
import { probeKey, runProbes } from '../probes/runProbes.ts';
import type { AuditConfig, Lang, PageRecord, Snapshot } from '../snapshot/schema.ts';
import { languageOfUrl } from '../url/languageOfUrl.ts';
import { guardContext } from './contextGuards.ts';
import { hostGate } from './hostGate.ts';
import { CrawlSession, type CrawlProgress } from './crawlSession.ts';
import { checkOverHttp } from './httpChecks.ts';
import { crawlLinks } from './linkCrawl.ts';
import { PagePool } from './pagePool.ts';
import { pageFetcher } from './pageFetcher.ts';
import { crawlPhone } from './phoneCrawl.ts';
import { desktopUserAgent, phoneContextOptions, TEKSER_TOKEN } from './userAgents.ts';

export { TOOL_VERSION, type CrawlProgress } from './crawlSession.ts';
export const DESKTOP_VIEWPORT = { width: 1366, height: 768 };

export interface CrawlOptions {
  config: AuditConfig;
  outDir: string;
  resume: boolean;
  browserPath?: string | null;
  insecure?: boolean;
  /** Pages of the English version to crawl (enough to judge indicator 4.4). */
  maxPagesEn?: number;
  maxDocuments?: number;
  signal?: AbortSignal;
  onProgress?: (p: CrawlProgress) => void;
  /** The probes to run (default: all of them). */
  probes?: readonly Probe[];
}

/** Reads robots.txt before anything else; an unreachable host ends the audit here with a clear message. */
async function readRobots(session: CrawlSession, http: HttpClient): Promise<{ honoured: RobotsRules; declared: RobotsRules }> {
  const { site, config } = session;
  session.enter('robots');
  const res = await http.get(site.robots.url, { maxBytes: 512 * 1024 });
  if (res.error && ['dns', 'refused', 'timeout', 'tls'].includes(res.error.code)) {
    throw new AuditError(
      `Cannot reach ${new URL(session.startUrl).origin}: ${res.error.message}.\n` +
        'Check the URL and that the site is up; for a staging copy under the real hostname use --resolve HOST:PORT:ADDR.',
    );
  }
  const text = res.status === 200 ? res.body.toString('utf8') : null;
  const declared = parseRobots(site.robots.url, text, config.userAgent);
  const honoured = config.ignoreRobots ? parseRobots(site.robots.url, null, config.userAgent) : declared;
  site.robots = { ...site.robots, status: res.status, found: text !== null, sitemaps: declared.sitemaps, crawlDelaySeconds: declared.crawlDelaySeconds };
  if (honoured.crawlDelaySeconds && honoured.crawlDelaySeconds > 0) {
    site.warnings.push(`robots.txt asks for Crawl-delay: ${honoured.crawlDelaySeconds}s; pages are fetched one at a time with that delay.`);
  }
  return { honoured, declared };
}

/** Records what the start URL led to and finds the language versions from it. */
function describeStart(session: CrawlSession, start: PageRecord, scope: Scope): void {
  const { site, config } = session;
  if (start.error || start.status === null || start.status >= 400) {
    const what = start.error ? start.error : `HTTP ${start.status}`;
    throw new AuditError(
      `The home page ${session.startUrl} could not be opened: ${what}.\n` +
        (start.status !== null && start.status >= 500
          ? 'The site answers with a server error; try again later, or audit a working copy with --resolve.'
          : 'Check the URL, that the site is up, or map the hostname with --resolve HOST:PORT:ADDR.'),
    );
  }
  const finalHost = new URL(start.finalUrl).host;
  if (!scope.hosts.includes(finalHost)) scope.hosts.push(finalHost);
  site.scope.hosts = scope.hosts;
  const inScope = (url: string) => classify(url, scope) === 'in';
  site.start = {
    requestedUrl: session.startUrl,
    finalUrl: start.finalUrl,
    status: start.status,
    redirectChain: start.redirectChain,
    clientRedirects: start.clientRedirects.map((url) => ({ url, via: 'script' as const })),
    title: start.title,
    metaRefresh: start.metaRefresh,
    internalLinkCount: start.links.filter((l) => l.url && inScope(l.url)).length,
    textLength: start.textLength,
    hasNav: start.links.some((l) => l.regions.includes('nav')),
    screenshot: start.screenshot,
  };
  site.languages = findLanguageVersions(start, [...new Set<Lang>([...config.langs, 'en'])], inScope, config.langs);
  if (site.languages.length === 0) site.warnings.push('No language version could be identified from the start page; pages are grouped by their html lang attribute.');
}

export async function crawlSite(opts: CrawlOptions): Promise<Snapshot> {
  const session = new CrawlSession(opts.config, opts.outDir, opts.resume, opts.signal, opts.onProgress);
  const { site, config } = session;
  const http = createHttpClient({
    resolve: config.resolve,
    userAgent: `${TEKSER_TOKEN} (link checker)`,
    perHostConcurrency: config.perHostConcurrency,
    insecure: opts.insecure ?? false,
  });
  let browser: Browser | null = null;
  const contexts: BrowserContext[] = [];
  const interrupted = () => new AuditInterrupted(opts.outDir);
  // Probe runs beside the crawl stop starting when the audit stops or fails, and those under way
  // end before the browser closes (closed under them, they would fail as if the site had).
  const stopProbes = new AbortController();
  const probeSignal = opts.signal ? AbortSignal.any([opts.signal, stopProbes.signal]) : stopProbes.signal;
  let besideCrawl: Promise<unknown> = Promise.resolve();
  try {
    const robots = await readRobots(session, http);

    const launch = { browserPath: opts.browserPath ?? null, resolve: config.resolve, ignoreCertificateErrors: opts.insecure ?? false };
    const launched = await launchBrowser(launch);
    browser = launched.browser;
    site.browser = { name: 'chromium', version: launched.version, executablePath: launched.found.executablePath };
    const contextOptions = { serviceWorkers: 'block' as const, acceptDownloads: false, ignoreHTTPSErrors: opts.insecure ?? false };
    const desktop = await browser.newContext({ ...contextOptions, viewport: DESKTOP_VIEWPORT, userAgent: desktopUserAgent(launched.version) });
    contexts.push(desktop);
    const pool = new PagePool(desktop);
    const delayMs = (robots.honoured.crawlDelaySeconds ?? 0) * 1000;
    const concurrency = Math.max(1, Math.min(config.concurrency, config.perHostConcurrency));
    const limit = hostGate(delayMs > 0 ? 1 : concurrency);
    const fetchPage = pageFetcher(session, 'desktop', await guardContext(desktop), delayMs);
    const scope: Scope = { hosts: site.scope.hosts, pathPrefix: site.scope.pathPrefix, include: config.include, exclude: config.exclude };

    session.enter('start');
    const startCandidate = { url: session.startUrl, lang: languageOfUrl(session.startUrl)?.lang ?? null, via: 'start' as const };
    const start = await pool.use((page) => fetchPage(page, startCandidate, 0, 'desktop-start'));
    describeStart(session, start, scope);
    session.save();

    // Probes that need only the home pages (Lighthouse) run beside the crawl, sharing its host gate.
    const probeOptions = {
      browser, http, store: session.store, previous: session.previousProbes, concurrency, gate: limit,
      screenshots: config.screenshots, signal: probeSignal, launch, onRecord: () => session.progress(),
    };
    const chosen = opts.probes ?? PROBES;
    const early = runProbes({
      ...probeOptions,
      probes: chosen.filter((p) => p.early === true),
      // The phone context opens after the crawl; an early probe has the desktop one (Lighthouse opens its own tab).
      contexts: { desktop, mobile: desktop },
      snapshot: { site, pages: session.pages, checks: [], probes: [] },
    }).catch((err: Error) => {
      site.warnings.push(`Probes beside the crawl failed: ${err.message}`);
      return [];
    });
    besideCrawl = early;

    session.enter('sitemaps');
    const origin = new URL(start.finalUrl).origin;
    const sitemaps = await discoverSitemaps(http, origin, robots.declared.sitemaps);
    site.sitemaps = sitemaps.sitemaps;
    site.sitemapUrls = sitemaps.urls.filter((url) => classify(url, scope) === 'in');
    session.save();

    await crawlLinks({
      session, start, scope, robots: robots.honoured, pool, limit, fetchPage,
      langs: [...new Set<Lang>([...config.langs, 'en'])], maxPagesEn: opts.maxPagesEn ?? 60,
    });
    await pool.close();
    if (session.stopped()) throw interrupted();

    await checkOverHttp({ session, http, robots: robots.honoured, hosts: scope.hosts, maxDocuments: opts.maxDocuments });
    session.enter('feeds');
    site.feeds = await discoverFeeds(http, origin, session.pages, config.langs);
    session.save();

    const phone = await browser.newContext({ ...contextOptions, ...phoneContextOptions(launched.version) });
    contexts.push(phone);
    await crawlPhone({ session, phone, scope, robots: robots.honoured, limit });
    if (session.stopped()) throw interrupted();

    // Click depth and language pairing need only the pages; probes may use them.
    session.enter('depth');
    const depth = computeClickDepths(session.pages, site.languages, site.notFetched);
    site.depths = depth.depths;
    site.depthSummary = depth.summary;
    site.counterparts = pairLanguages(session.pages, site.languages);
    session.save();

    session.enter('probes');
    const late = await runProbes({
      ...probeOptions,
      probes: chosen.filter((p) => p.early !== true),
      serialAfter: early,
      contexts: { desktop, mobile: phone },
      snapshot: { site, pages: session.pages, checks: [...session.checks.values()], probes: [] },
    });
    const probes = [...(await early), ...late].sort((a, b) => probeKey(a).localeCompare(probeKey(b)));
    if (session.stopped()) throw interrupted();

    site.status = session.outOfTime() ? 'time-limit' : 'complete';
    site.finishedAt = new Date().toISOString();
    session.save();
    session.enter('done');
    return { site, pages: session.pages, checks: [...session.checks.values()], probes };
  } catch (err) {
    stopProbes.abort();
    await besideCrawl;
    site.status = err instanceof AuditInterrupted || session.stopped() ? 'interrupted' : 'failed';
    if (!(err instanceof AuditError)) site.warnings.push(`Crawl failed: ${(err as Error).message}`);
    try {
      session.save();
    } catch {
      /* the snapshot directory itself may be the problem; the original error says more */
    }
    if (session.stopped() && !(err instanceof AuditInterrupted)) throw interrupted();
    throw err;
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await http.close().catch(() => undefined);
  }
}
