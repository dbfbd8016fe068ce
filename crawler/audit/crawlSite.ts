/**
 * The crawl of one site, end to end: robots.txt, the start page, the language versions, a
 * breadth-first crawl of each language (level by level, URLs sorted, so the result does not
 * depend on timing and a resumed crawl ends where an uninterrupted one does), sitemap-only
 * pages, feeds, document heads, the phone probe and phone pages, and click depth.
 * Everything goes to `<out>/snapshot/` as it is fetched; with `resume`, pages already on disk
 * are not fetched again.
 */
import { join } from 'node:path';
import pLimit from 'p-limit';
import packageJson from '../../package.json' with { type: 'json' };
import type { Browser, BrowserContext, Page } from 'playwright';
import { AuditError, AuditInterrupted } from '../auditError.ts';
import { launchBrowser } from '../browser/launchBrowser.ts';
import { renderPage, type RenderResult } from '../browser/renderPage.ts';
import { computeClickDepths } from '../depth/clickDepth.ts';
import { discoverFeeds } from '../discovery/feedDiscovery.ts';
import { pairLanguages } from '../discovery/languagePairs.ts';
import { findLanguageVersions } from '../discovery/languageVersions.ts';
import { classify, detectPlatform, type Scope } from '../discovery/scope.ts';
import { discoverSitemaps } from '../discovery/sitemapDiscovery.ts';
import { isHtmlPage, toPageRecord, type PageContext } from '../extract/toPageRecord.ts';
import { createHttpClient, type HttpClient } from '../http/httpClient.ts';
import { parseRobots } from '../http/robots.ts';
import { probeMobile } from '../mobile/mobileProbe.ts';
import { SNAPSHOT_VERSION, type AuditConfig, type Lang, type PageRecord, type ProbeRecord, type SiteSnapshot, type Snapshot, type UrlCheck } from '../snapshot/schema.ts';
import { SnapshotStore } from '../snapshot/snapshotStore.ts';
import type { Probe } from '../probes/probeTypes.ts';
import { PROBES } from '../probes/registry.ts';
import { probeKey, runProbes } from '../probes/runProbes.ts';
import { languageOfUrl } from '../url/languageOfUrl.ts';
import { isDocumentUrl, normalizeUrl } from '../url/normalizeUrl.ts';
import { isSiteMapPath, namesSiteMap } from '../../lexicon/siteMapWords.ts';
import { guardContext } from './contextGuards.ts';
import { PagePool } from './pagePool.ts';
import { desktopUserAgent, phoneContextOptions, TEKSER_TOKEN } from './userAgents.ts';

export const TOOL_VERSION: string = packageJson.version;
export const DESKTOP_VIEWPORT = { width: 1366, height: 768 };

export interface CrawlProgress {
  phase: 'start' | 'robots' | 'sitemaps' | 'pages' | 'sitemap-pages' | 'links' | 'feeds' | 'documents' | 'mobile' | 'probes' | 'depth' | 'done';
  pages: Record<string, number>;
  mobilePages: number;
  queued: number;
  elapsedMs: number;
}

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

interface Candidate {
  url: string;
  lang: Lang | null;
  via: PageRecord['discoveredVia'];
}

const key = (device: string, url: string) => `${device} ${url}`;

export async function crawlSite(opts: CrawlOptions): Promise<Snapshot> {
  const { config } = opts;
  const started = Date.now();
  const deadline = config.timeLimitSec ? started + config.timeLimitSec * 1000 : Infinity;
  const store = new SnapshotStore(opts.outDir);
  const previous = new Map<string, PageRecord>();
  const checks = new Map<string, UrlCheck>();
  const previousProbes = new Map<string, ProbeRecord>();
  let prevSite: SiteSnapshot | null = null;
  if (opts.resume && store.exists()) {
    prevSite = store.readSite();
    const repaired = store.repair();
    for (const p of repaired.pages) previous.set(key(p.device, p.url), p);
    for (const c of repaired.checks) checks.set(c.url, c);
    for (const r of repaired.probes) previousProbes.set(probeKey(r), r);
  } else {
    store.reset();
  }

  const http = createHttpClient({
    resolve: config.resolve,
    userAgent: `${TEKSER_TOKEN} (link checker)`,
    perHostConcurrency: config.perHostConcurrency,
    insecure: opts.insecure ?? false,
  });
  let browser: Browser | null = null;
  const contexts: BrowserContext[] = [];
  const pages: PageRecord[] = [];
  const counts: Record<string, number> = {};
  let mobileCount = 0;
  let queued = 0;
  let phase: CrawlProgress['phase'] = 'start';
  const progress = () => opts.onProgress?.({ phase, pages: { ...counts }, mobilePages: mobileCount, queued, elapsedMs: Date.now() - started });
  const stopped = () => opts.signal?.aborted === true;

  const startUrl = normalizeUrl(config.startUrl);
  if (!startUrl) throw new AuditError(`"${config.startUrl}" is not an http(s) URL. Give the site's address, e.g. https://www.gov.kz/memleket/entities/example?lang=kk`);
  const platform = detectPlatform(startUrl);
  const site: SiteSnapshot = {
    snapshotVersion: SNAPSHOT_VERSION,
    tool: { name: 'tekser', version: TOOL_VERSION },
    config,
    startedAt: prevSite?.startedAt ?? new Date(started).toISOString(),
    finishedAt: null,
    status: 'running',
    platform: platform.platform,
    scope: { hosts: [new URL(startUrl).host], pathPrefix: platform.pathPrefix },
    start: null,
    languages: [],
    robots: { url: new URL('/robots.txt', startUrl).href, status: null, found: false, honoured: !config.ignoreRobots, sitemaps: [], crawlDelaySeconds: null, blockedUrls: [] },
    sitemaps: [],
    sitemapUrls: [],
    feeds: [],
    mobile: [],
    depths: {},
    depthSummary: [],
    counterparts: {},
    notFetched: [],
    browser: { name: 'chromium', version: '', executablePath: null },
    warnings: [],
  };
  const save = () => store.writeSite(site);

  try {
    // robots.txt, before any page is fetched.
    phase = 'robots';
    progress();
    const robotsRes = await http.get(site.robots.url, { maxBytes: 512 * 1024 });
    if (robotsRes.error && ['dns', 'refused', 'timeout', 'tls'].includes(robotsRes.error.code)) {
      throw new AuditError(
        `Cannot reach ${new URL(startUrl).origin}: ${robotsRes.error.message}.\n` +
          'Check the URL and that the site is up; for a staging copy under the real hostname use --resolve HOST:PORT:ADDR.',
      );
    }
    const robotsText = robotsRes.status === 200 ? robotsRes.body.toString('utf8') : null;
    const robots = parseRobots(site.robots.url, config.ignoreRobots ? null : robotsText, config.userAgent);
    const robotsInfo = parseRobots(site.robots.url, robotsText, config.userAgent);
    site.robots = { ...site.robots, status: robotsRes.status, found: robotsText !== null, sitemaps: robotsInfo.sitemaps, crawlDelaySeconds: robotsInfo.crawlDelaySeconds };
    if (robots.crawlDelaySeconds && robots.crawlDelaySeconds > 0) site.warnings.push(`robots.txt asks for Crawl-delay: ${robots.crawlDelaySeconds}s; pages are fetched one at a time with that delay.`);

    const launched = await launchBrowser({ browserPath: opts.browserPath ?? null, resolve: config.resolve });
    browser = launched.browser;
    site.browser = { name: 'chromium', version: launched.version, executablePath: launched.found.executablePath };
    const desktop = await browser.newContext({
      viewport: DESKTOP_VIEWPORT,
      userAgent: desktopUserAgent(launched.version),
      serviceWorkers: 'block',
      acceptDownloads: false,
      ignoreHTTPSErrors: opts.insecure ?? false,
    });
    contexts.push(desktop);
    const takeBlocked = await guardContext(desktop);
    const pool = new PagePool(desktop);

    const delayMs = (robots.crawlDelaySeconds ?? 0) * 1000;
    const limit = pLimit(delayMs > 0 ? 1 : Math.max(1, Math.min(config.concurrency, config.perHostConcurrency)));
    const scope: Scope = { hosts: site.scope.hosts, pathPrefix: site.scope.pathPrefix, include: config.include, exclude: config.exclude };
    const seen = new Set<string>();
    const byFinal = new Set<string>();

    const record = (p: PageRecord, fresh: boolean) => {
      pages.push(p);
      byFinal.add(p.finalUrl);
      if (p.device === 'mobile') mobileCount++;
      else counts[p.lang ?? 'unknown'] = (counts[p.lang ?? 'unknown'] ?? 0) + 1;
      if (fresh) store.appendPage(p);
      progress();
    };

    const fetchPage = async (page: Page, c: Candidate, level: number, device: 'desktop' | 'mobile', shotName: string | null): Promise<PageRecord> => {
      const done = previous.get(key(device, c.url));
      if (done) {
        record(done, false);
        return done;
      }
      const r: RenderResult = await renderPage(page, c.url);
      let screenshot: string | null = null;
      if (shotName && config.screenshots && r.facts) {
        const rel = `screenshots/${shotName}.png`;
        await page.screenshot({ path: join(store.dir, rel) }).then(() => { screenshot = rel; }, () => undefined);
      }
      const ctx: PageContext = {
        device, discoveredVia: c.via, crawlLevel: level, inheritedLang: c.lang, screenshot,
        blockedRequests: takeBlocked(page), fetchedAt: new Date().toISOString(),
      };
      const rec = toPageRecord(r, ctx);
      record(rec, true);
      if (delayMs > 0) await new Promise((res) => setTimeout(res, delayMs));
      return rec;
    };

    // The start page.
    phase = 'start';
    seen.add(startUrl);
    const start = await pool.use((page) => fetchPage(page, { url: startUrl, lang: languageOfUrl(startUrl)?.lang ?? null, via: 'start' }, 0, 'desktop', 'desktop-start'));
    if (start.error || start.status === null || start.status >= 400) {
      const what = start.error ? start.error : `HTTP ${start.status}`;
      throw new AuditError(
        `The home page ${startUrl} could not be opened: ${what}.\n` +
          (start.status !== null && start.status >= 500 ? 'The site answers with a server error; try again later, or audit a working copy with --resolve.' : 'Check the URL, that the site is up, or map the hostname with --resolve HOST:PORT:ADDR.'),
      );
    }
    const finalHost = new URL(start.finalUrl).host;
    if (!scope.hosts.includes(finalHost)) scope.hosts.push(finalHost);
    site.scope.hosts = scope.hosts;
    const inScope = (url: string) => classify(url, scope) === 'in';
    site.start = {
      requestedUrl: startUrl,
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
    const lookFor: Lang[] = [...new Set<Lang>([...config.langs, 'en'])];
    site.languages = findLanguageVersions(start, lookFor, inScope, config.langs);
    if (site.languages.length === 0) site.warnings.push('No language version could be identified from the start page; pages are grouped by their html lang attribute.');
    save();

    // Sitemaps (plain HTTP), so sitemap-only pages can be found after the link crawl.
    phase = 'sitemaps';
    progress();
    const sm = await discoverSitemaps(http, new URL(start.finalUrl).origin, robotsInfo.sitemaps);
    site.sitemaps = sm.sitemaps;
    site.sitemapUrls = sm.urls.filter(inScope);
    save();

    // Breadth-first crawl, level by level, of every language version.
    phase = 'pages';
    const budget = (lang: Lang | null) => (lang === 'en' && !config.langs.includes('en') ? Math.min(config.maxPages, opts.maxPagesEn ?? 60) : config.maxPages);
    const scheduled: Record<string, number> = {};
    const wantedLangs = new Set<Lang>(lookFor);
    const admit = (c: Candidate, level: number, out: Candidate[]) => {
      if (seen.has(c.url) || byFinal.has(c.url)) return;
      const verdict = classify(c.url, scope);
      if (verdict !== 'in') {
        if (verdict === 'excluded') {
          seen.add(c.url);
          site.notFetched.push({ url: c.url, lang: c.lang, reason: 'excluded' });
        }
        return;
      }
      seen.add(c.url);
      if (!robots.isAllowed(c.url)) {
        site.robots.blockedUrls.push(c.url);
        site.notFetched.push({ url: c.url, lang: c.lang, reason: 'robots' });
        return;
      }
      if (c.lang && !wantedLangs.has(c.lang)) return;
      if (level > config.maxDepth) {
        site.notFetched.push({ url: c.url, lang: c.lang, reason: 'max-depth' });
        return;
      }
      out.push(c);
    };
    let frontier: Candidate[] = [];
    for (const v of site.languages) admit({ url: v.homeUrl, lang: v.lang, via: v.source === 'start' ? 'start' : 'language' }, 0, frontier);
    const expand = (p: PageRecord, level: number, out: Candidate[]) => {
      if (!isHtmlPage(p)) return;
      for (const link of p.links) {
        if (!link.url) continue;
        const lang = link.switchesTo ?? languageOfUrl(link.url)?.lang ?? p.lang;
        admit({ url: link.url, lang, via: link.switchesTo ? 'language' : 'link' }, level, out);
      }
    };
    const next0: Candidate[] = [];
    expand(start, 1, next0);
    // The start page is level 0; its links join level 1 with the other languages' home pages' links.
    let level = 0;
    let carry = next0;
    const fetchLevel = async (cands: Candidate[], lvl: number, device: 'desktop' | 'mobile', pool0: PagePool, via?: PageRecord['discoveredVia']) => {
      const chosen: Candidate[] = [];
      for (const c of [...cands].sort((a, b) => a.url.localeCompare(b.url))) {
        const bucket = c.lang ?? 'unknown';
        if ((scheduled[bucket] ?? 0) >= budget(c.lang)) {
          site.notFetched.push({ url: c.url, lang: c.lang, reason: 'max-pages' });
          continue;
        }
        scheduled[bucket] = (scheduled[bucket] ?? 0) + 1;
        chosen.push(via ? { ...c, via } : c);
      }
      queued = chosen.length;
      return Promise.all(chosen.map((c) => limit(async () => {
        if (stopped() || Date.now() > deadline) {
          site.notFetched.push({ url: c.url, lang: c.lang, reason: 'time-limit' });
          return null;
        }
        const isHome = site.languages.find((v) => v.homeUrl === c.url);
        const rec = await pool0.use((page) => fetchPage(page, c, lvl, device, isHome ? `${device}-${isHome.lang}-home` : null));
        queued--;
        return rec;
      })));
    };
    scheduled[start.lang ?? 'unknown'] = 1;
    while (frontier.length > 0 || carry.length > 0) {
      const fetched = (await fetchLevel(frontier, level, 'desktop', pool)).filter((p): p is PageRecord => p !== null);
      const next: Candidate[] = [...carry];
      carry = [];
      for (const p of fetched.sort((a, b) => a.url.localeCompare(b.url))) expand(p, level + 1, next);
      frontier = next;
      level++;
      save();
      if (stopped()) break;
    }

    // Pages known only from sitemap.xml: fetched (within budget) but not expanded; they have no click depth.
    phase = 'sitemap-pages';
    const orphans: Candidate[] = [];
    for (const url of site.sitemapUrls) admit({ url, lang: languageOfUrl(url)?.lang ?? null, via: 'sitemap' }, 0, orphans);
    await fetchLevel(orphans, -1, 'desktop', pool);
    await pool.close();
    save();
    if (stopped()) throw new AuditInterrupted(opts.outDir);

    // Links of HTML site-map pages that the crawl did not open are checked over HTTP (indicator 2.5).
    phase = 'links';
    progress();
    const opened = new Set(pages.flatMap((p) => [p.url, p.finalUrl]));
    const namedSiteMap = new Set(pages.flatMap((p) => p.links.filter((l) => l.url && namesSiteMap(l.text)).map((l) => l.url!)));
    const siteMapPages = pages.filter((p) => p.device === 'desktop' && isHtmlPage(p) && (namedSiteMap.has(p.url) || namedSiteMap.has(p.finalUrl) || isSiteMapPath(p.finalUrl)));
    const toCheck = [...new Set(siteMapPages.flatMap((p) => p.links.map((l) => l.url)))]
      .filter((u): u is string => u !== null && !opened.has(u) && !checks.has(u) && scope.hosts.includes(new URL(u).host))
      .sort()
      .slice(0, 500);
    const checkLimit = pLimit(config.perHostConcurrency);
    /** HEAD (or a ranged GET) over plain HTTP; never the whole body. */
    const checkOverHttp = (url: string, purpose: UrlCheck['purpose']) => checkLimit(async () => {
      if (checks.has(url) || stopped() || !robots.isAllowed(url)) return;
      const probe = await http.probeDocument(url);
      const check: UrlCheck = {
        url, finalUrl: probe.finalUrl, purpose, method: probe.method, status: probe.status,
        contentType: probe.contentType, size: probe.size, error: probe.error?.message ?? null,
      };
      checks.set(url, check);
      store.appendCheck(check);
    });
    await Promise.all(toCheck.map((url) => checkOverHttp(url, 'sitemap-page-link')));

    // Feeds and document heads, over plain HTTP.
    phase = 'feeds';
    progress();
    site.feeds = await discoverFeeds(http, new URL(start.finalUrl).origin, pages, config.langs);
    save();
    phase = 'documents';
    progress();
    const docs = new Set<string>();
    for (const p of pages) for (const l of p.links) if (l.url && isDocumentUrl(l.url) && scope.hosts.includes(new URL(l.url).host)) docs.add(l.url);
    await Promise.all([...docs].sort().slice(0, opts.maxDocuments ?? 300).map((url) => checkOverHttp(url, 'document')));

    // The phone: what the home page of each language gives a phone, then the pages Annex 6 needs.
    phase = 'mobile';
    progress();
    const phone = await browser.newContext({ ...phoneContextOptions(launched.version), serviceWorkers: 'block', acceptDownloads: false, ignoreHTTPSErrors: opts.insecure ?? false });
    contexts.push(phone);
    const takePhoneBlocked = await guardContext(phone);
    const phonePool = new PagePool(phone);
    const reuseMobile = prevSite?.mobile ?? null;
    for (const v of site.languages.filter((x) => x.lang !== 'en')) {
      if (stopped()) break;
      const prevProbe = reuseMobile?.find((m) => m.lang === v.lang);
      if (prevProbe) {
        site.mobile.push(prevProbe);
        for (const p of [...previous.values()].filter((q) => q.device === 'mobile' && q.crawlLevel <= 1 && q.lang === v.lang && q.discoveredVia === 'mobile')) record(p, false);
        continue;
      }
      const result = await phonePool.use(async (page) => probeMobile(
        page, v.lang, v.homeUrl,
        { blockedRequests: takePhoneBlocked(page), fetchedAt: new Date().toISOString() },
        config.screenshots ? { abs: join(store.dir, `screenshots/mobile-${v.lang}-home.png`), rel: `screenshots/mobile-${v.lang}-home.png` } : null,
      ));
      site.mobile.push(result.probe);
      for (const p of result.pages) {
        previous.set(key('mobile', p.url), p);
        record(p, true);
      }
      save();
    }
    // Phone pages: one click from each mobile home page (the sections Annex 6 looks at), bounded.
    const phoneScope: Scope = { ...scope, hosts: [...new Set([...scope.hosts, ...site.mobile.flatMap((m) => (m.mobileHomeUrl ? [new URL(m.mobileHomeUrl).host] : []))])] };
    const mobileHomes = pages.filter((p) => p.device === 'mobile' && isHtmlPage(p));
    const mobileSeen = new Set(mobileHomes.map((p) => p.url).concat(mobileHomes.map((p) => p.finalUrl)));
    const phoneCands: Candidate[] = [];
    for (const home of mobileHomes) {
      for (const l of home.links) {
        if (!l.url || l.switchesTo || mobileSeen.has(l.url) || classify(l.url, phoneScope) !== 'in' || !robots.isAllowed(l.url)) continue;
        mobileSeen.add(l.url);
        phoneCands.push({ url: l.url, lang: languageOfUrl(l.url)?.lang ?? home.lang, via: 'link' });
      }
    }
    for (const k of Object.keys(scheduled)) delete scheduled[k];
    const phoneBudget = phoneCands.filter((c) => {
      const b = `m-${c.lang}`;
      scheduled[b] = (scheduled[b] ?? 0) + 1;
      return scheduled[b]! <= config.maxMobilePages;
    });
    await Promise.all(phoneBudget.sort((a, b) => a.url.localeCompare(b.url)).map((c) => limit(async () => {
      if (stopped() || Date.now() > deadline) return;
      const prev = previous.get(key('mobile', c.url));
      if (prev) return record(prev, false);
      await phonePool.use(async (page) => {
        const r = await renderPage(page, c.url);
        record(toPageRecord(r, {
          device: 'mobile', discoveredVia: 'link', crawlLevel: 1, inheritedLang: c.lang, screenshot: null,
          blockedRequests: takePhoneBlocked(page), fetchedAt: new Date().toISOString(),
        }), true);
      });
    })));
    await phonePool.close();
    if (stopped()) throw new AuditInterrupted(opts.outDir);

    // Probes on a sample of pages (axe-core, zoom, keyboard, search, …).
    phase = 'probes';
    progress();
    const probes = await runProbes({
      probes: opts.probes ?? PROBES,
      browser,
      contexts: { desktop, mobile: phone },
      http,
      snapshot: { site, pages, checks: [...checks.values()], probes: [] },
      store,
      previous: previousProbes,
      concurrency: Math.max(1, Math.min(config.concurrency, config.perHostConcurrency)),
      screenshots: config.screenshots,
      signal: opts.signal,
      onRecord: () => progress(),
    });
    if (stopped()) throw new AuditInterrupted(opts.outDir);

    phase = 'depth';
    const depth = computeClickDepths(pages, site.languages, site.notFetched);
    site.depths = depth.depths;
    site.depthSummary = depth.summary;
    site.counterparts = pairLanguages(pages, site.languages);
    site.status = Date.now() > deadline ? 'time-limit' : 'complete';
    site.finishedAt = new Date().toISOString();
    save();
    phase = 'done';
    progress();
    return { site, pages, checks: [...checks.values()], probes };
  } catch (err) {
    site.status = err instanceof AuditInterrupted || stopped() ? 'interrupted' : 'failed';
    if (!(err instanceof AuditInterrupted) && !(err instanceof AuditError)) site.warnings.push(`Crawl failed: ${(err as Error).message}`);
    try {
      save();
    } catch {
      /* the snapshot directory itself may be the problem; the original error says more */
    }
    if (stopped() && !(err instanceof AuditInterrupted)) throw new AuditInterrupted(opts.outDir);
    throw err;
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await http.close().catch(() => undefined);
  }
}
