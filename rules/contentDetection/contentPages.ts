/**
 * The pages the content rules read, in one shape whichever way they were captured: crawled pages
 * (PageRecord) and the phone renderings of section pages stored by the mobileSections probe.
 * `mainText` is the page text without the menu, header, footer and breadcrumb link labels, so a
 * section's items are not "found" in the site-wide menu.
 */
import type { Device, PageRecord, Snapshot } from '../../crawler/snapshot/schema.ts';
import { MobileSectionDataSchema } from '../../crawler/probes/content/mobileSectionSchema.ts';
import type { ResultLang } from '../types.ts';

export interface ContentLink {
  url: string | null;
  rawHref: string;
  text: string;
  /** In the main content (not a menu, header, footer or breadcrumbs). */
  main: boolean;
}

export interface ContentPage {
  url: string;
  lang: ResultLang;
  device: Device;
  title: string;
  headings: string[];
  mainText: string;
  /**
   * The main text without the lines repeated on most pages of the language (footer address,
   * site name, date labels): what the page itself says. Used for the language check.
   */
  bodyText: string;
  links: ContentLink[];
  /** `common`: the image is on most pages (header emblem, logo): not the page's own content. */
  images: { src: string | null; alt: string | null; common?: boolean }[];
  media: string[];
  dates: { iso: string | null; text: string }[];
  /** The language's home page. */
  isHome: boolean;
  source: 'crawl' | 'probe';
}

const CHROME_REGIONS = new Set(['header', 'nav', 'footer', 'breadcrumbs', 'aside']);

/** The page text with the lines that are only a menu/header/footer link label removed. */
export function mainTextOf(page: Pick<PageRecord, 'text' | 'links'>): string {
  const chrome = new Set(
    page.links
      .filter((l) => l.regions.length > 0 && l.regions.every((r) => CHROME_REGIONS.has(r)))
      .map((l) => l.text.replace(/\s+/g, ' ').trim())
      .filter((t) => t.length > 0),
  );
  return page.text
    .split('\n')
    .filter((line) => !chrome.has(line.replace(/\s+/g, ' ').trim()))
    .join('\n');
}

function homeUrls(snapshot: Snapshot): Set<string> {
  const urls = new Set<string>();
  for (const l of snapshot.site.languages) urls.add(l.homeUrl);
  for (const m of snapshot.site.mobile) {
    urls.add(m.finalUrl);
    if (m.mobileHomeUrl) urls.add(m.mobileHomeUrl);
  }
  return urls;
}

function fromRecord(page: PageRecord, lang: ResultLang, homes: Set<string>): ContentPage {
  return {
    url: page.finalUrl,
    lang,
    device: page.device,
    title: page.title,
    headings: page.headings.map((h) => h.text),
    mainText: mainTextOf(page),
    bodyText: '',
    links: page.links.map((l) => ({
      url: l.url,
      rawHref: l.rawHref,
      text: l.text,
      main: !(l.regions.length > 0 && l.regions.every((r) => CHROME_REGIONS.has(r))),
    })),
    images: page.images.map((i) => ({ src: i.src, alt: i.alt })),
    media: page.media.map((m) => m.src ?? '').filter((s) => s.length > 0),
    dates: page.dates.map((d) => ({ iso: d.iso, text: d.text })),
    isHome: homes.has(page.url) || homes.has(page.finalUrl),
    source: 'crawl',
  };
}

/** The usable pages (2xx HTML, no error) of one language on one device, crawled and probed. */
export function contentPages(snapshot: Snapshot, lang: ResultLang, device: Device): ContentPage[] {
  const homes = homeUrls(snapshot);
  const seen = new Set<string>();
  const out: ContentPage[] = [];
  for (const page of snapshot.pages) {
    if (page.device !== device || page.lang !== lang || page.error !== null) continue;
    if (page.status === null || page.status < 200 || page.status >= 300) continue;
    if (seen.has(page.finalUrl)) continue;
    seen.add(page.finalUrl);
    out.push(fromRecord(page, lang, homes));
  }
  if (device === 'mobile') {
    for (const record of snapshot.probes) {
      if (record.probe !== 'mobileSections' || record.device !== 'mobile' || record.lang !== lang || record.error !== null) continue;
      const parsed = MobileSectionDataSchema.safeParse(record.data);
      if (!parsed.success) continue;
      const d = parsed.data;
      if (d.status === null || d.status < 200 || d.status >= 300 || seen.has(d.finalUrl)) continue;
      seen.add(d.finalUrl);
      out.push({
        url: d.finalUrl,
        lang,
        device: 'mobile',
        title: d.title,
        headings: d.headings,
        mainText: d.mainText,
        bodyText: '',
        links: d.links.map((l) => ({ url: l.url, rawHref: l.url ?? '', text: l.text, main: l.main })),
        images: d.images,
        media: d.media,
        dates: [],
        isHome: false,
        source: 'probe',
      });
    }
  }
  return withBoilerplateMarked(out);
}

/** A line or image on at least this share of a language's pages (and on 3 or more) is boilerplate. */
const COMMON_SHARE = 0.5;

function withBoilerplateMarked(pages: ContentPage[]): ContentPage[] {
  const min = Math.max(3, Math.ceil(pages.length * COMMON_SHARE));
  const lineCount = new Map<string, number>();
  const imageCount = new Map<string, number>();
  for (const p of pages) {
    for (const line of new Set(p.mainText.split('\n').map((l) => l.trim()).filter((l) => l.length > 0))) lineCount.set(line, (lineCount.get(line) ?? 0) + 1);
    for (const src of new Set(p.images.map((i) => i.src ?? '').filter((x) => x.length > 0))) imageCount.set(src, (imageCount.get(src) ?? 0) + 1);
  }
  const enough = pages.length >= 3;
  for (const p of pages) {
    p.bodyText = p.mainText
      .split('\n')
      .filter((l) => !(enough && (lineCount.get(l.trim()) ?? 0) >= min))
      .join('\n');
    p.images = p.images.map((i) => ({ ...i, common: enough && (imageCount.get(i.src ?? '') ?? 0) >= min }));
  }
  return pages;
}
