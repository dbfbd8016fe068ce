/**
 * Finding a section's pages in one language: a page belongs to a section when its heading (h1,
 * or the first part of its title) or its URL path names the section or one of its items
 * («Бос орындар» / «Вакансии», /vacancies). Pure functions of the content pages.
 */
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import type { SectionLexicon } from '../../lexicon/sections/annex5.ts';
import { ANNEX6_LEXICON } from '../../lexicon/sections/annex6.ts';
import { ITEM_TOPICS, SECTION_TOPICS } from '../../lexicon/sections/topics.ts';
import type { Topic } from '../../lexicon/sections/terms.ts';
import type { ResultLang } from '../types.ts';
import { contentPages, type ContentPage } from './contentPages.ts';
import { findTopicTerm } from './termMatch.ts';

/** The page's own name: its h1 (or first heading) and the first part of its title. */
export function pageNames(page: Pick<ContentPage, 'title' | 'headings'>): string[] {
  const titleHead = page.title.split(/\s[|—–-]\s/)[0] ?? '';
  return [page.headings[0] ?? '', titleHead].filter((s) => s.trim().length > 0);
}

function pathWords(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname).toLowerCase();
  } catch {
    return '';
  }
}

export interface PageMatch {
  page: ContentPage;
  /** How the page was recognised: the heading/title text or the URL. */
  via: 'heading' | 'url';
  matched: string;
}

/** Whether the page is named by the topic (heading or URL slug), in the given language. */
export function pageNamedBy(page: ContentPage, topic: Topic, lang: ResultLang): PageMatch | null {
  for (const name of pageNames(page)) {
    const hit = findTopicTerm(name, topic, lang);
    if (hit) return { page, via: 'heading', matched: name };
  }
  const path = pathWords(page.url);
  const slug = (topic.slugs ?? []).find((s) => new RegExp(`(^|[/_-])${s}`).test(path));
  if (slug !== undefined) return { page, via: 'url', matched: slug };
  return null;
}

/** The pages of the section: named by the section or by one of its items. Home pages are not section pages. */
export function sectionPages(pages: readonly ContentPage[], lang: ResultLang, lexicon: SectionLexicon): PageMatch[] {
  const topics: Topic[] = [...lexicon.section.map((k) => SECTION_TOPICS[k]), ...Object.values(lexicon.items).map((k) => ITEM_TOPICS[k])];
  const out: PageMatch[] = [];
  for (const page of pages) {
    if (page.isHome) continue;
    for (const topic of topics) {
      const match = pageNamedBy(page, topic, lang);
      if (match) {
        out.push(match);
        break;
      }
    }
  }
  return out;
}

/**
 * Desktop URLs of the Annex 6 section pages in one language (what the phone probe opens), taken
 * in turns from each section so that a cap on their number still covers every section.
 */
export function annex6SectionPageUrls(snapshot: Snapshot, lang: ResultLang): string[] {
  const lexicon = ANNEX6_LEXICON[snapshot.site.config.type];
  const pages = contentPages(snapshot, lang, 'desktop');
  const perSection = Object.values(lexicon).map((lex) => sectionPages(pages, lang, lex).map((m) => m.page.url));
  const urls: string[] = [];
  const longest = Math.max(0, ...perSection.map((l) => l.length));
  for (let i = 0; i < longest; i++) {
    for (const list of perSection) {
      const url = list[i];
      if (url !== undefined && !urls.includes(url)) urls.push(url);
    }
  }
  return urls;
}
