/**
 * The site snapshot: everything the crawler saw, written to disk as it goes and read back by
 * the rules. It is the contract between the crawler and the rules; zod guards what crosses
 * the disk. Layout of `<out>/snapshot/`:
 *   site.json     SiteSnapshot  (config, discovery, robots, sitemaps, feeds, mobile probe, depth)
 *   pages.jsonl   one PageRecord per line, appended as pages finish
 *   checks.jsonl  one UrlCheck per line (documents and other URLs checked over plain HTTP)
 *   probes.jsonl  one ProbeRecord per line (in-browser measurements on a sample of pages)
 *   screenshots/  PNG files referenced by PageRecord.screenshot
 */
import { z } from 'zod';

export const SNAPSHOT_VERSION = 1;

export const LangSchema = z.enum(['kk', 'ru', 'en']);
export type Lang = z.infer<typeof LangSchema>;
export const DeviceSchema = z.enum(['desktop', 'mobile']);
export type Device = z.infer<typeof DeviceSchema>;
export const SiteTypeSchema = z.enum(['omo', 'zhao']);
export type SiteType = z.infer<typeof SiteTypeSchema>;

export const RedirectHopSchema = z.object({ url: z.string(), status: z.number() });
export type RedirectHop = z.infer<typeof RedirectHopSchema>;

export const LinkRegionSchema = z.enum(['header', 'nav', 'main', 'footer', 'breadcrumbs', 'aside', 'other']);
export type LinkRegion = z.infer<typeof LinkRegionSchema>;

export const LinkRecordSchema = z.object({
  /** Absolute, normalised URL; null when the href is not http(s) (mailto:, tel:, javascript:). */
  url: z.string().nullable(),
  rawHref: z.string(),
  text: z.string(),
  title: z.string().nullable(),
  ariaLabel: z.string().nullable(),
  target: z.string().nullable(),
  rel: z.string().nullable(),
  hreflang: z.string().nullable(),
  regions: z.array(LinkRegionSchema),
  /** Set when the link is part of the language switcher; the language it leads to. */
  switchesTo: LangSchema.nullable(),
  selector: z.string(),
});
export type LinkRecord = z.infer<typeof LinkRecordSchema>;

export const FormFieldSchema = z.object({
  tag: z.string(),
  type: z.string().nullable(),
  name: z.string().nullable(),
  id: z.string().nullable(),
  label: z.string().nullable(),
  placeholder: z.string().nullable(),
  maxLength: z.number().nullable(),
  required: z.boolean(),
  selector: z.string(),
});
export const FormRecordSchema = z.object({
  action: z.string().nullable(),
  method: z.string(),
  isSearch: z.boolean(),
  fields: z.array(FormFieldSchema),
  selector: z.string(),
});
export type FormRecord = z.infer<typeof FormRecordSchema>;

export const ImageRecordSchema = z.object({
  src: z.string().nullable(),
  alt: z.string().nullable(),
  role: z.string().nullable(),
  inLink: z.boolean(),
  width: z.number(),
  height: z.number(),
  selector: z.string(),
});

export const MediaRecordSchema = z.object({
  kind: z.enum(['audio', 'video', 'iframe', 'embed', 'object']),
  src: z.string().nullable(),
  autoplay: z.boolean(),
  muted: z.boolean(),
  controls: z.boolean(),
  loop: z.boolean(),
  selector: z.string(),
});

export const HeadingSchema = z.object({ level: z.number(), text: z.string() });

export const DateMentionSchema = z.object({
  text: z.string(),
  /** ISO date (YYYY-MM-DD) when the text could be read as a date. */
  iso: z.string().nullable(),
  context: z.string(),
});

export const FeedLinkSchema = z.object({ url: z.string(), type: z.string().nullable(), title: z.string().nullable() });

export const PageRecordSchema = z.object({
  /** The URL as requested (normalised); the page's identity in the snapshot. */
  url: z.string(),
  finalUrl: z.string(),
  device: DeviceSchema,
  /** The language this page belongs to (URL marker, then html lang), null when unknown. */
  lang: LangSchema.nullable(),
  langSource: z.enum(['url', 'html', 'start', 'none']),
  status: z.number().nullable(),
  redirectChain: z.array(RedirectHopSchema),
  /** Main-frame navigations after the document loaded (script or meta-refresh redirects). */
  clientRedirects: z.array(z.string()),
  contentType: z.string().nullable(),
  title: z.string(),
  htmlLang: z.string().nullable(),
  canonical: z.string().nullable(),
  metaRefresh: z.string().nullable(),
  viewport: z.string().nullable(),
  headings: z.array(HeadingSchema),
  /** Visible text (innerText of the body), capped. */
  text: z.string(),
  textLength: z.number(),
  links: z.array(LinkRecordSchema),
  hreflangs: z.array(z.object({ lang: z.string(), url: z.string() })),
  feedLinks: z.array(FeedLinkSchema),
  forms: z.array(FormRecordSchema),
  images: z.array(ImageRecordSchema),
  media: z.array(MediaRecordSchema),
  dates: z.array(DateMentionSchema),
  /** Layout facts measured in the rendered page. */
  layout: z.object({
    viewportWidth: z.number(),
    scrollWidth: z.number(),
    bodyFontSizePx: z.number().nullable(),
  }),
  consoleErrors: z.array(z.string()),
  failedRequests: z.array(z.object({ url: z.string(), error: z.string() })),
  blockedRequests: z.array(z.object({ url: z.string(), method: z.string() })),
  /** How the crawler came to this URL and at which BFS level it was fetched. */
  discoveredVia: z.enum(['start', 'link', 'sitemap', 'language', 'mobile']),
  crawlLevel: z.number(),
  screenshot: z.string().nullable(),
  fetchedAt: z.string(),
  loadMs: z.number(),
  error: z.string().nullable(),
});
export type PageRecord = z.infer<typeof PageRecordSchema>;

export const UrlCheckSchema = z.object({
  url: z.string(),
  finalUrl: z.string(),
  purpose: z.enum(['document', 'link', 'sitemap-page-link']),
  method: z.enum(['HEAD', 'GET', 'GET-range', 'browser']),
  status: z.number().nullable(),
  contentType: z.string().nullable(),
  size: z.number().nullable(),
  error: z.string().nullable(),
});
export type UrlCheck = z.infer<typeof UrlCheckSchema>;

/**
 * What one probe measured on one page (or on the site, url = the home page). `data` is the
 * probe's own shape, validated by the schema that probe exports (crawler/probes/…); rules read it
 * through that schema.
 */
export const ProbeRecordSchema = z.object({
  probe: z.string(),
  url: z.string(),
  device: DeviceSchema,
  lang: LangSchema.nullable(),
  data: z.unknown(),
  screenshots: z.array(z.string()),
  error: z.string().nullable(),
  ms: z.number(),
});
export type ProbeRecord = z.infer<typeof ProbeRecordSchema>;

export const ResolveRuleSchema = z.object({ host: z.string(), port: z.number(), address: z.string() });

export const AuditConfigSchema = z.object({
  startUrl: z.string(),
  type: SiteTypeSchema,
  langs: z.array(LangSchema),
  maxPages: z.number(),
  maxDepth: z.number(),
  maxMobilePages: z.number(),
  timeLimitSec: z.number().nullable(),
  concurrency: z.number(),
  perHostConcurrency: z.number(),
  ignoreRobots: z.boolean(),
  include: z.array(z.string()),
  exclude: z.array(z.string()),
  resolve: z.array(ResolveRuleSchema),
  userAgent: z.string(),
  screenshots: z.boolean(),
});
export type AuditConfig = z.infer<typeof AuditConfigSchema>;

export const LanguageVersionSchema = z.object({
  lang: LangSchema,
  homeUrl: z.string(),
  source: z.enum(['start', 'switcher', 'hreflang', 'url-pattern']),
});
export type LanguageVersion = z.infer<typeof LanguageVersionSchema>;

export const SitemapInfoSchema = z.object({
  url: z.string(),
  status: z.number().nullable(),
  kind: z.enum(['urlset', 'index', 'unknown']),
  urlCount: z.number(),
  from: z.enum(['robots', 'default', 'index']),
  error: z.string().nullable(),
});

export const FeedInfoSchema = z.object({
  url: z.string(),
  status: z.number().nullable(),
  format: z.enum(['rss', 'atom', 'rdf']).nullable(),
  title: z.string().nullable(),
  declaredTitle: z.string().nullable(),
  itemCount: z.number(),
  latestItemDate: z.string().nullable(),
  itemTitles: z.array(z.string()),
  declaredOn: z.array(z.string()),
  from: z.enum(['link-alternate', 'common-path']),
  error: z.string().nullable(),
});
export type FeedInfo = z.infer<typeof FeedInfoSchema>;

export const MobileProbeSchema = z.object({
  lang: LangSchema,
  requestedUrl: z.string(),
  finalUrl: z.string(),
  redirectChain: z.array(RedirectHopSchema),
  /** What a phone got: redirected to a mobile host/path, a responsive page, a desktop page with a link to a mobile version, or nothing. */
  kind: z.enum(['redirect', 'responsive', 'link', 'none']),
  viewportMeta: z.string().nullable(),
  /** document scrollWidth measured at each phone width (CSS px). */
  scrollWidths: z.array(z.object({ width: z.number(), scrollWidth: z.number() })),
  mobileLink: z.object({ url: z.string(), text: z.string() }).nullable(),
  /** The separate mobile version's home page, when there is one. */
  mobileHomeUrl: z.string().nullable(),
  /** For a separate mobile version: its link back to the full version (null = none found). */
  linkBack: z.object({ url: z.string(), text: z.string() }).nullable(),
  screenshot: z.string().nullable(),
  error: z.string().nullable(),
});
export type MobileProbe = z.infer<typeof MobileProbeSchema>;

export const StartProbeSchema = z.object({
  requestedUrl: z.string(),
  finalUrl: z.string(),
  status: z.number().nullable(),
  redirectChain: z.array(RedirectHopSchema),
  /** Client-side redirects after load (meta refresh or script), in order. */
  clientRedirects: z.array(z.object({ url: z.string(), via: z.enum(['meta-refresh', 'script']) })),
  title: z.string(),
  metaRefresh: z.string().nullable(),
  internalLinkCount: z.number(),
  textLength: z.number(),
  hasNav: z.boolean(),
  screenshot: z.string().nullable(),
});
export type StartProbe = z.infer<typeof StartProbeSchema>;

export const DepthSummarySchema = z.object({
  lang: LangSchema,
  homeUrl: z.string(),
  /** depth (as a string key) → number of pages at that shortest click depth. */
  histogram: z.record(z.string(), z.number()),
  /** Pages of this language known but not reachable by links from its home page (e.g. sitemap only). */
  unreachable: z.number(),
  /** Pages found by links beyond --max-depth and not fetched: deeper than max depth, so counted as deep. */
  beyondMaxDepth: z.number(),
  /** Pages in the histogram and unreachable ones (not those beyond max depth). */
  total: z.number(),
});
export type DepthSummary = z.infer<typeof DepthSummarySchema>;

export const SiteSnapshotSchema = z.object({
  snapshotVersion: z.literal(SNAPSHOT_VERSION),
  tool: z.object({ name: z.literal('tekser'), version: z.string() }),
  config: AuditConfigSchema,
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  status: z.enum(['running', 'complete', 'time-limit', 'interrupted', 'failed']),
  platform: z.enum(['classic', 'unified']),
  scope: z.object({ hosts: z.array(z.string()), pathPrefix: z.string().nullable() }),
  start: StartProbeSchema.nullable(),
  languages: z.array(LanguageVersionSchema),
  robots: z.object({
    url: z.string(),
    status: z.number().nullable(),
    found: z.boolean(),
    honoured: z.boolean(),
    sitemaps: z.array(z.string()),
    crawlDelaySeconds: z.number().nullable(),
    blockedUrls: z.array(z.string()),
  }),
  sitemaps: z.array(SitemapInfoSchema),
  /** URLs listed in sitemap.xml files (in scope). */
  sitemapUrls: z.array(z.string()),
  feeds: z.array(FeedInfoSchema),
  mobile: z.array(MobileProbeSchema),
  /** Per-page shortest click depth from its language's home page; null = not reachable by links. */
  depths: z.record(z.string(), z.number().nullable()),
  depthSummary: z.array(DepthSummarySchema),
  /** Each desktop page (final URL) → its counterpart pages in the other languages. */
  counterparts: z.record(z.string(), z.object({ kk: z.string().optional(), ru: z.string().optional(), en: z.string().optional() })),
  /** URLs seen in links but not fetched because a budget ran out (per language). */
  notFetched: z.array(z.object({ url: z.string(), lang: LangSchema.nullable(), reason: z.enum(['max-pages', 'max-depth', 'time-limit', 'robots', 'excluded']) })),
  browser: z.object({ name: z.string(), version: z.string(), executablePath: z.string().nullable() }),
  warnings: z.array(z.string()),
});
export type SiteSnapshot = z.infer<typeof SiteSnapshotSchema>;

/** A snapshot as the rules see it: the site file plus every page record, URL check and probe record. */
export interface Snapshot {
  site: SiteSnapshot;
  pages: PageRecord[];
  checks: UrlCheck[];
  probes: ProbeRecord[];
}
