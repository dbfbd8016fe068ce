/**
 * `tekser page`: the minimal but valid Snapshot around pages measured without a crawl — one
 * site.json whose start URL is the page, no robots, sitemaps or feeds, the page's language (from
 * its URL, then its html lang) as the only language version with the site root as its home.
 */
import { emptySite } from '../../crawler/snapshot/emptySite.ts';
import type { ResolveRule } from '../../crawler/hostMapping.ts';
import type { AuditConfig, PageRecord, ProbeRecord, SiteSnapshot, Snapshot } from '../../crawler/snapshot/schema.ts';

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
  const config: AuditConfig = {
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
  };
  const base = emptySite(config, o.url, o.startedAt);
  return {
    ...base,
    finishedAt: new Date().toISOString(),
    status: 'complete',
    platform: 'classic',
    scope: { ...base.scope, pathPrefix: null },
    languages: lang ? [{ lang, homeUrl: root, source: 'start' }] : [],
    robots: { ...base.robots, url: new URL('/robots.txt', root).href, honoured: false },
    browser: o.browser,
  };
}

/** One page's snapshot: its site facts, its record, and the probe records measured on it. */
export function pageSnapshot(site: SiteSnapshot, page: PageRecord, probes: readonly ProbeRecord[]): Snapshot {
  return { site, pages: [page], checks: [], probes: probes.filter((r) => r.url === page.finalUrl) };
}
