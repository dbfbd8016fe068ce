/**
 * `tekser page`: the minimal but valid Snapshot around pages measured without a crawl — one
 * site.json whose start URL is the page, no robots, sitemaps or feeds, the page's language (from
 * its URL, then its html lang) as the only language version with the site root as its home.
 */
import { TOOL_VERSION } from '../../crawler/audit/crawlSite.ts';
import type { ResolveRule } from '../../crawler/hostMapping.ts';
import { SNAPSHOT_VERSION, type PageRecord, type ProbeRecord, type SiteSnapshot, type Snapshot } from '../../crawler/snapshot/schema.ts';

export interface PageSiteOptions {
  url: string;
  page: PageRecord | null;
  resolve: ResolveRule[];
  userAgent: string;
  browser: SiteSnapshot['browser'];
  startedAt: string;
}

/** The site facts of a one-page "audit" (valid per SiteSnapshotSchema). */
export function pageSite(o: PageSiteOptions): SiteSnapshot {
  const lang = o.page?.lang ?? null;
  const root = new URL('/', o.page?.finalUrl ?? o.url).href;
  return {
    snapshotVersion: SNAPSHOT_VERSION,
    tool: { name: 'tekser', version: TOOL_VERSION },
    config: {
      startUrl: o.url,
      type: 'omo',
      langs: lang ? [lang] : [],
      maxPages: 1,
      maxDepth: 0,
      maxMobilePages: 0,
      timeLimitSec: null,
      concurrency: 1,
      perHostConcurrency: 1,
      ignoreRobots: false,
      include: [],
      exclude: [],
      resolve: o.resolve,
      userAgent: o.userAgent,
      screenshots: false,
    },
    startedAt: o.startedAt,
    finishedAt: new Date().toISOString(),
    status: 'complete',
    platform: 'classic',
    scope: { hosts: [new URL(o.url).host], pathPrefix: null },
    start: null,
    languages: lang ? [{ lang, homeUrl: root, source: 'start' }] : [],
    robots: { url: new URL('/robots.txt', root).href, status: null, found: false, honoured: false, sitemaps: [], crawlDelaySeconds: null, blockedUrls: [] },
    sitemaps: [],
    sitemapUrls: [],
    feeds: [],
    mobile: [],
    depths: {},
    depthSummary: [],
    counterparts: {},
    notFetched: [],
    browser: o.browser,
    warnings: [],
  };
}

/** One page's snapshot: its site facts, its record, and the probe records measured on it. */
export function pageSnapshot(site: SiteSnapshot, page: PageRecord, probes: readonly ProbeRecord[]): Snapshot {
  return { site, pages: [page], checks: [], probes: probes.filter((r) => r.url === page.finalUrl) };
}
