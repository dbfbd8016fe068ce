/**
 * Finding one item of a section in the section's pages, in one language: its words in the main
 * text, headings and main-content link texts; its pattern (e-mail, phone, postal address); a link
 * to its site (egov.kz, eotinish.kz, goszakup.gov.kz, adilet.zan.kz…); its image (flag, emblem)
 * or media (anthem). Keeps the evidence: URL, the matched text in context, the element.
 */
import { EMAIL_PATTERN, PHONE_PATTERN, POSTAL_ADDRESS_PATTERN } from '../../lexicon/sections/patterns.ts';
import type { Topic } from '../../lexicon/sections/terms.ts';
import type { ResultLang } from '../types.ts';
import type { ContentPage } from './contentPages.ts';
import { fold } from './fold.ts';
import { findTopicTerm } from './termMatch.ts';

/** Links to downloadable documents. */
const DOCUMENT_URL = /\.(pdf|docx?|rtf|odt|xlsx?|pptx?|zip|rar)(\?|#|$)/i;

export type HitKind = 'text' | 'heading' | 'link-text' | 'pattern' | 'link-host' | 'image' | 'media';

export interface ItemHit {
  url: string;
  kind: HitKind;
  /** The matched text in context, or the element (link, image, media source). */
  context: string;
  /** The link's target for link hits (documents are checked for a text layer). */
  href: string | null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function hostMatches(host: string, wanted: string): boolean {
  return host === wanted || host.endsWith(`.${wanted}`);
}

function patternHit(text: string, re: RegExp): string | null {
  const m = re.exec(text);
  if (!m) return null;
  return text.slice(Math.max(0, m.index - 40), Math.min(text.length, m.index + m[0].length + 40)).replace(/\s+/g, ' ').trim();
}

/** Every way the item shows on one page (an empty list: not on this page). */
export function itemHitsOnPage(page: ContentPage, topic: Topic, lang: ResultLang): ItemHit[] {
  const hits: ItemHit[] = [];
  if (topic.detector) {
    const re = topic.detector === 'email' ? EMAIL_PATTERN : topic.detector === 'phone' ? PHONE_PATTERN : POSTAL_ADDRESS_PATTERN;
    const ctx = patternHit(page.mainText, re);
    if (ctx) hits.push({ url: page.url, kind: 'pattern', context: ctx, href: null });
    const scheme = topic.detector === 'email' ? 'mailto:' : topic.detector === 'phone' ? 'tel:' : null;
    const link = scheme ? page.links.find((l) => l.rawHref.toLowerCase().startsWith(scheme)) : undefined;
    if (link) hits.push({ url: page.url, kind: 'pattern', context: `<a href="${link.rawHref}">${link.text}</a>`, href: link.rawHref });
    return hits;
  }
  for (const heading of page.headings) {
    // a heading counts when it is shown: crawled pages list hidden headings too, their text does not
    if (!page.mainText.includes(heading)) continue;
    const hit = findTopicTerm(heading, topic, lang);
    if (hit) {
      hits.push({ url: page.url, kind: 'heading', context: heading, href: null });
      break;
    }
  }
  // the text of links to documents is judged as a link (its document may be a scan), not as page text
  let ownText = page.mainText;
  for (const link of page.links) {
    const t = link.text.trim();
    if (t.length > 0 && link.url !== null && DOCUMENT_URL.test(link.url)) ownText = ownText.split(t).join(' ');
  }
  const textHit = findTopicTerm(ownText, topic, lang);
  if (textHit) hits.push({ url: page.url, kind: 'text', context: textHit.context, href: null });
  for (const link of page.links) {
    // a main-content link counts when it is shown (its text is in the rendered text)
    if (!link.main || !page.mainText.includes(link.text.trim())) continue;
    if (findTopicTerm(link.text, topic, lang)) hits.push({ url: page.url, kind: 'link-text', context: `<a href="${link.rawHref}">${link.text}</a>`, href: link.url });
  }
  for (const wanted of topic.hosts ?? []) {
    const link = page.links.find((l) => {
      const host = hostOf(l.url);
      return host !== null && hostMatches(host, wanted);
    });
    if (link) hits.push({ url: page.url, kind: 'link-host', context: `<a href="${link.rawHref}">${link.text}</a>`, href: link.url });
  }
  const imageStems = (topic.image ?? []).map(fold);
  if (imageStems.length > 0) {
    const image = page.images.find((i) => {
      if (i.common === true) return false; // the header emblem on every page is not the section's emblem
      const label = fold(`${i.alt ?? ''} ${(i.src ?? '').split('/').pop() ?? ''}`);
      return imageStems.some((s) => new RegExp(`(^|[^a-z])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(label));
    });
    if (image) hits.push({ url: page.url, kind: 'image', context: `<img src="${image.src ?? ''}" alt="${image.alt ?? ''}">`, href: image.src });
  }
  const mediaStems = (topic.media ?? []).map((s) => s.toLowerCase());
  if (mediaStems.length > 0) {
    const sources = [...page.media, ...page.links.map((l) => l.url ?? '')];
    const src = sources.find((m) => mediaStems.some((s) => m.toLowerCase().includes(s)));
    if (src) hits.push({ url: page.url, kind: 'media', context: src, href: src });
  }
  return hits;
}
