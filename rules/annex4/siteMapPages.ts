/**
 * Finding the HTML site map (the page for people) in a snapshot: pages linked with a text such as
 * «Сайт картасы», «Карта сайта», «Site map», or whose URL path names a site map, that were fetched
 * as HTML pages. sitemap.xml is never one. Used by A4-2.5 and, later, by A4-2.3.
 */
import type { Lang, LinkRecord, PageRecord, Snapshot } from '../../crawler/snapshot/schema.ts';
import { isSiteMapPath, isXmlSitemapUrl, namesSiteMap } from '../../lexicon/siteMapWords.ts';
import { indexUrls, looseUrlKey, type UrlIndex } from '../urlStatus.ts';

export interface SiteMapLink {
  /** The page the link is on. */
  from: string;
  link: LinkRecord;
}

export interface SiteMapCandidate {
  url: string;
  /** Why it is a candidate. */
  how: ('link text' | 'URL path' | 'page title')[];
  /** Links that lead to it (up to 5 are kept). */
  linkedFrom: SiteMapLink[];
  /** The page record that fetched it, when the crawl did. */
  page: PageRecord | undefined;
  /** The language: the site-map page's own, else the language of the page linking to it. */
  lang: Lang | null;
  /** found: fetched as an HTML page with a status below 400. */
  state: 'found' | 'broken' | 'not-html' | 'not-fetched';
  status: number | null;
  error: string | null;
}

function isHtml(page: PageRecord): boolean {
  return page.contentType === null || /html/i.test(page.contentType);
}

/** Every site-map candidate the snapshot shows, found ones first. */
export function findSiteMapCandidates(snapshot: Snapshot, index: UrlIndex = indexUrls(snapshot)): SiteMapCandidate[] {
  const candidates = new Map<string, SiteMapCandidate>();
  const xmlSitemaps = new Set(snapshot.site.sitemaps.map((s) => looseUrlKey(s.url)));
  const add = (url: string, how: SiteMapCandidate['how'][number], via?: SiteMapLink, langHint?: Lang | null) => {
    if (isXmlSitemapUrl(url) || xmlSitemaps.has(looseUrlKey(url))) return;
    const key = looseUrlKey(url);
    let candidate = candidates.get(key);
    if (!candidate) {
      const page = index.page(url);
      const status = index.status(url);
      let state: SiteMapCandidate['state'];
      if (page && page.status !== null && page.status < 400) state = isHtml(page) ? 'found' : 'not-html';
      else if (status.state === 'broken') state = 'broken';
      else state = 'not-fetched';
      candidate = {
        url: page?.url ?? url,
        how: [],
        linkedFrom: [],
        page,
        lang: page?.lang ?? langHint ?? null,
        state,
        status: page?.status ?? status.status,
        error: page?.error ?? status.error,
      };
      candidates.set(key, candidate);
    }
    if (!candidate.how.includes(how)) candidate.how.push(how);
    if (via && candidate.linkedFrom.length < 5) candidate.linkedFrom.push(via);
    if (candidate.lang === null && langHint) candidate.lang = langHint;
  };
  for (const page of snapshot.pages) {
    for (const link of page.links) {
      if (link.url === null) continue;
      const byText = namesSiteMap(link.text) || namesSiteMap(link.title) || namesSiteMap(link.ariaLabel);
      const byPath = isSiteMapPath(link.url);
      if (byText) add(link.url, 'link text', { from: page.url, link }, page.lang);
      if (byPath) add(link.url, 'URL path', { from: page.url, link }, page.lang);
    }
  }
  for (const page of snapshot.pages) {
    if (isSiteMapPath(page.url) || isSiteMapPath(page.finalUrl)) add(page.url, 'URL path', undefined, page.lang);
    if (namesSiteMap(page.title)) add(page.url, 'page title', undefined, page.lang);
  }
  const order = { found: 0, 'not-fetched': 1, broken: 2, 'not-html': 3 } as const;
  return [...candidates.values()].sort((a, b) => order[a.state] - order[b.state] || a.url.localeCompare(b.url));
}

/**
 * The links that belong to the site map itself: those in the page's main content; when the page
 * marks no main region, those outside the header, navigation, footer and breadcrumbs; failing
 * that, all its links. Only http(s) links, without the page's own anchors, each URL once.
 */
export function siteMapContentLinks(page: PageRecord): { links: LinkRecord[]; scope: 'main' | 'outside chrome' | 'all' } {
  const web = page.links.filter((link) => link.url !== null && looseUrlKey(link.url) !== looseUrlKey(page.url) && looseUrlKey(link.url) !== looseUrlKey(page.finalUrl));
  const chrome = new Set(['header', 'nav', 'footer', 'breadcrumbs']);
  const main = web.filter((link) => link.regions.includes('main'));
  const outside = web.filter((link) => link.regions.length === 0 || link.regions.every((region) => !chrome.has(region)));
  const [links, scope] = main.length > 0 ? [main, 'main' as const] : outside.length > 0 ? [outside, 'outside chrome' as const] : [web, 'all' as const];
  const seen = new Set<string>();
  return {
    links: links.filter((link) => {
      const key = looseUrlKey(link.url ?? '');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
    scope,
  };
}
