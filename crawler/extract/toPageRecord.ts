/**
 * Turns what the browser rendered into a PageRecord: absolute normalised URLs, the page's
 * language, language-switch links, search forms, dates. Pure.
 */
import type { Device, Lang, LinkRegion, PageRecord } from '../snapshot/schema.ts';
import { normalizeUrl } from '../url/normalizeUrl.ts';
import { languageOfLabel, languageOfUrl, normalizeLang } from '../url/languageOfUrl.ts';
import type { RawFacts, RawLink, RenderResult } from '../browser/renderPage.ts';
import { findDates } from './datesInText.ts';

const REGIONS = new Set<LinkRegion>(['header', 'nav', 'main', 'footer', 'breadcrumbs', 'aside', 'other']);
const SEARCH_FIELD_NAMES = new Set(['q', 'query', 'search', 's', 'text', 'searchword', 'keyword', 'keywords', 'k', 'search_query', 'searchtext']);
const SEARCH_WORDS = /іздеу|поиск|search|izdeu/i;

export interface PageContext {
  device: Device;
  discoveredVia: PageRecord['discoveredVia'];
  crawlLevel: number;
  /** The language of the page that linked here, used when neither URL nor html lang tells. */
  inheritedLang: Lang | null;
  screenshot: string | null;
  blockedRequests: { url: string; method: string }[];
  fetchedAt: string;
}

export function pageLanguage(finalUrl: string, htmlLang: string | null, inherited: Lang | null): { lang: Lang | null; langSource: PageRecord['langSource'] } {
  const byUrl = languageOfUrl(finalUrl);
  if (byUrl) return { lang: byUrl.lang, langSource: 'url' };
  const byHtml = normalizeLang(htmlLang);
  if (byHtml) return { lang: byHtml, langSource: 'html' };
  if (inherited) return { lang: inherited, langSource: 'start' };
  return { lang: null, langSource: 'none' };
}

export function switchTarget(link: Pick<RawLink, 'text' | 'ariaLabel' | 'title' | 'hreflang' | 'langSwitcher' | 'imgAlt'>): Lang | null {
  const label = link.text || link.ariaLabel || link.imgAlt || link.title || '';
  const byLabel = languageOfLabel(label, link.hreflang);
  if (!byLabel) return null;
  if (link.hreflang || link.langSwitcher || label.length <= 12) return byLabel;
  return null;
}

function isSearchForm(form: RawFacts['forms'][number]): boolean {
  if (form.role === 'search') return true;
  if (form.action && /search|izdeu|poisk|іздеу|поиск/i.test(form.action)) return true;
  return form.fields.some(
    (f) => f.type === 'search' || SEARCH_FIELD_NAMES.has((f.name ?? '').toLowerCase()) || SEARCH_WORDS.test(`${f.label ?? ''} ${f.placeholder ?? ''}`),
  );
}

export function toPageRecord(r: RenderResult, ctx: PageContext): PageRecord {
  const f = r.facts;
  const finalUrl = normalizeUrl(r.finalUrl) ?? r.finalUrl;
  const { lang, langSource } = pageLanguage(finalUrl, f?.htmlLang ?? null, ctx.inheritedLang);
  const norm = (u: string | null) => (u ? normalizeUrl(u, finalUrl) : null);
  return {
    url: normalizeUrl(r.requestedUrl) ?? r.requestedUrl,
    finalUrl,
    device: ctx.device,
    lang,
    langSource,
    status: r.status,
    redirectChain: r.redirectChain,
    clientRedirects: r.clientRedirects,
    contentType: r.contentType,
    title: f?.title.trim() ?? '',
    htmlLang: f?.htmlLang ?? null,
    canonical: norm(f?.canonical ?? null),
    metaRefresh: f?.metaRefresh ?? null,
    viewport: f?.viewport ?? null,
    headings: f?.headings ?? [],
    text: f?.text ?? '',
    textLength: f?.textLength ?? 0,
    links: (f?.links ?? []).map((l) => ({
      url: norm(l.href),
      rawHref: l.rawHref,
      text: l.text || l.imgAlt || l.ariaLabel || '',
      title: l.title,
      ariaLabel: l.ariaLabel,
      target: l.target,
      rel: l.rel,
      hreflang: l.hreflang,
      regions: l.regions.filter((x): x is LinkRegion => REGIONS.has(x as LinkRegion)),
      switchesTo: switchTarget(l),
      selector: l.selector,
    })),
    hreflangs: (f?.hreflangs ?? []).flatMap((h) => {
      const url = norm(h.url);
      return url ? [{ lang: h.lang, url }] : [];
    }),
    feedLinks: (f?.feedLinks ?? []).flatMap((h) => {
      const url = norm(h.url);
      return url ? [{ url, type: h.type, title: h.title }] : [];
    }),
    forms: (f?.forms ?? []).map((form) => ({
      action: form.action,
      method: form.method,
      isSearch: isSearchForm(form),
      fields: form.fields,
      selector: form.selector,
    })),
    images: f?.images ?? [],
    media: f?.media ?? [],
    dates: f ? findDates(f.text) : [],
    layout: f?.layout ?? { viewportWidth: 0, scrollWidth: 0, bodyFontSizePx: null },
    consoleErrors: r.consoleErrors,
    failedRequests: r.failedRequests,
    blockedRequests: ctx.blockedRequests,
    discoveredVia: ctx.discoveredVia,
    crawlLevel: ctx.crawlLevel,
    screenshot: ctx.screenshot,
    fetchedAt: ctx.fetchedAt,
    loadMs: r.loadMs,
    error: r.error,
  };
}

/** A page whose links are worth following: rendered HTML that did not fail. */
export function isHtmlPage(p: Pick<PageRecord, 'status' | 'contentType' | 'error'>): boolean {
  return p.error === null && p.status !== null && p.status < 400 && (p.contentType === null || /html/i.test(p.contentType));
}
