/**
 * Hand-made snapshots for rule tests: valid defaults for every field, overridable per test, and
 * validated against the snapshot contract (crawler/snapshot/schema.ts) so a test cannot feed a
 * rule something the crawler could never write.
 */
import {
  FeedInfoSchema,
  LinkRecordSchema,
  MobileProbeSchema,
  PageRecordSchema,
  ProbeRecordSchema,
  SiteSnapshotSchema,
  StartProbeSchema,
  UrlCheckSchema,
  type FeedInfo,
  type LinkRecord,
  type MobileProbe,
  type PageRecord,
  type ProbeRecord,
  type SiteSnapshot,
  type Snapshot,
  type StartProbe,
  type UrlCheck,
} from '../../crawler/snapshot/schema.ts';

export const HOME = 'https://www.example.gov.kz';

export function link(overrides: Partial<LinkRecord> & { url: string | null }): LinkRecord {
  return LinkRecordSchema.parse({
    rawHref: overrides.url ?? 'mailto:info@example.kz',
    text: '',
    title: null,
    ariaLabel: null,
    target: null,
    rel: null,
    hreflang: null,
    regions: ['main'],
    switchesTo: null,
    selector: 'a',
    ...overrides,
  });
}

export function page(overrides: Partial<PageRecord> & { url: string }): PageRecord {
  return PageRecordSchema.parse({
    finalUrl: overrides.url,
    device: 'desktop',
    lang: 'ru',
    langSource: 'url',
    status: 200,
    redirectChain: [],
    clientRedirects: [],
    contentType: 'text/html; charset=utf-8',
    title: 'Page',
    htmlLang: overrides.lang ?? 'ru',
    canonical: null,
    metaRefresh: null,
    viewport: 'width=device-width, initial-scale=1',
    headings: [],
    text: 'Text',
    textLength: 4,
    links: [],
    hreflangs: [],
    feedLinks: [],
    forms: [],
    images: [],
    media: [],
    dates: [],
    layout: { viewportWidth: 1280, scrollWidth: 1280, bodyFontSizePx: 16 },
    consoleErrors: [],
    failedRequests: [],
    blockedRequests: [],
    discoveredVia: 'link',
    crawlLevel: 1,
    screenshot: null,
    fetchedAt: '2025-12-20T10:00:00.000Z',
    loadMs: 500,
    error: null,
    ...overrides,
  });
}

export function check(overrides: Partial<UrlCheck> & { url: string }): UrlCheck {
  return UrlCheckSchema.parse({
    finalUrl: overrides.url,
    purpose: 'link',
    method: 'HEAD',
    status: 200,
    contentType: 'text/html',
    size: null,
    error: null,
    ...overrides,
  });
}

export function feed(overrides: Partial<FeedInfo> & { url: string }): FeedInfo {
  return FeedInfoSchema.parse({
    status: 200,
    format: 'rss',
    title: null,
    declaredTitle: null,
    itemCount: 10,
    latestItemDate: '2025-12-19',
    itemTitles: [],
    declaredOn: [],
    from: 'link-alternate',
    error: null,
    ...overrides,
  });
}

export function mobileProbe(overrides: Partial<MobileProbe> = {}): MobileProbe {
  return MobileProbeSchema.parse({
    lang: 'kk',
    requestedUrl: `${HOME}/kk`,
    finalUrl: `${HOME}/kk`,
    redirectChain: [],
    kind: 'responsive',
    viewportMeta: 'width=device-width, initial-scale=1',
    scrollWidths: [
      { width: 360, scrollWidth: 360 },
      { width: 414, scrollWidth: 414 },
    ],
    mobileLink: null,
    mobileHomeUrl: null,
    linkBack: null,
    screenshot: null,
    error: null,
    ...overrides,
  });
}

export function startProbe(overrides: Partial<StartProbe> = {}): StartProbe {
  return StartProbeSchema.parse({
    requestedUrl: `${HOME}/`,
    finalUrl: `${HOME}/kk`,
    status: 200,
    redirectChain: [{ url: `${HOME}/`, status: 302 }],
    clientRedirects: [],
    title: 'Министрлік ресми интернет-ресурсы',
    metaRefresh: null,
    internalLinkCount: 120,
    textLength: 5000,
    hasNav: true,
    screenshot: null,
    ...overrides,
  });
}

export function site(overrides: Partial<SiteSnapshot> = {}): SiteSnapshot {
  return SiteSnapshotSchema.parse({
    snapshotVersion: 1,
    tool: { name: 'tekser', version: '0.1.0' },
    config: {
      startUrl: `${HOME}/`,
      type: 'omo',
      langs: ['kk', 'ru'],
      maxPages: 500,
      maxDepth: 8,
      maxMobilePages: 20,
      timeLimitSec: null,
      concurrency: 4,
      perHostConcurrency: 2,
      ignoreRobots: false,
      include: [],
      exclude: [],
      resolve: [],
      userAgent: 'tekser-test',
      screenshots: false,
    },
    startedAt: '2025-12-20T10:00:00.000Z',
    finishedAt: '2025-12-20T10:30:00.000Z',
    status: 'complete',
    platform: 'classic',
    scope: { hosts: ['www.example.gov.kz'], pathPrefix: null },
    start: startProbe(),
    languages: [
      { lang: 'kk', homeUrl: `${HOME}/kk`, source: 'start' },
      { lang: 'ru', homeUrl: `${HOME}/ru`, source: 'switcher' },
    ],
    robots: { url: `${HOME}/robots.txt`, status: 200, found: true, honoured: true, sitemaps: [], crawlDelaySeconds: null, blockedUrls: [] },
    sitemaps: [],
    sitemapUrls: [],
    feeds: [],
    mobile: [mobileProbe()],
    depths: {},
    depthSummary: [],
    counterparts: {},
    notFetched: [],
    browser: { name: 'chromium', version: '140.0', executablePath: null },
    warnings: [],
    ...overrides,
  });
}

export interface SnapshotOverrides {
  site?: Partial<SiteSnapshot>;
  pages?: PageRecord[];
  checks?: UrlCheck[];
  probes?: ProbeRecord[];
}

/** A valid snapshot of an OMO site with kk and ru versions; override what the test is about. */
export function snapshot(overrides: SnapshotOverrides = {}): Snapshot {
  return {
    site: site(overrides.site),
    pages: (overrides.pages ?? []).map((p) => PageRecordSchema.parse(p)),
    checks: (overrides.checks ?? []).map((c) => UrlCheckSchema.parse(c)),
    probes: (overrides.probes ?? []).map((r) => ProbeRecordSchema.parse(r)),
  };
}

/** A probe record with defaults; `data` is the probe's own shape. */
export function probeRecord(overrides: Partial<ProbeRecord> & { probe: string; url: string }): ProbeRecord {
  return ProbeRecordSchema.parse({ device: 'desktop', lang: 'ru', data: null, screenshots: [], error: null, ms: 1, ...overrides });
}
