/**
 * A4-2.3 — on every page: the main navigation menu, a link to the home page, a link to the site
 * map, search (0.45; −0.15 for each missing). Judged over the crawled desktop pages (kk, ru): an
 * element is present when at least 90 % of them have it (structurePages.ts).
 */
import type { LinkRecord, PageRecord, Snapshot } from '../../../crawler/snapshot/schema.ts';
import { isSiteMapPath, namesSiteMap } from '../../../lexicon/siteMapWords.ts';
import { isHomeLinkText, isSearchText } from '../../../lexicon/structureTerms.ts';
import { looseUrlKey } from '../../urlStatus.ts';
import { note, scoredResult, unscoredResult } from '../../result.ts';
import type { Deduction, Evidence, IndicatorResult, Rule } from '../../types.ts';
import { EVERY_PAGE_SHARE, homeKeys, itemTitle, judgedPages, perItem, shareEvidence, shareOf } from './structurePages.ts';

const ID = 'A4-2.3';
/** Links in the navigation region (not the language switch, not breadcrumbs) that make a main menu. */
export const MIN_MENU_LINKS = 3;

export const EVERY_PAGE_INTERPRETATION = `Interpretation: judged over the crawled desktop pages of the kk and ru versions; an element counts as present "on every page" when at least ${EVERY_PAGE_SHARE * 100} % of them have it. Main menu: at least ${MIN_MENU_LINKS} links inside <nav>/role=navigation that are neither the language switch nor breadcrumbs. Home link: a link to a language version's home page (the logo counts) or a link named «Басты бет»/«Главная»/«Home». Site map: a link named «Сайт картасы»/«Карта сайта»/«Site map» or to a site-map path. Search: a search form, or a link named «Іздеу»/«Поиск»/«Search».`;

const menuLinks = (p: PageRecord) => p.links.filter((l) => l.url && l.regions.includes('nav') && !l.regions.includes('breadcrumbs') && !l.switchesTo);
export const hasMainMenu = (p: PageRecord) => menuLinks(p).length >= MIN_MENU_LINKS;
export const hasHomeLink = (p: PageRecord, homes: ReadonlySet<string>) =>
  p.links.some((l: LinkRecord) => l.url !== null && !l.switchesTo && (homes.has(looseUrlKey(l.url)) || isHomeLinkText(l.text) || isHomeLinkText(l.title) || isHomeLinkText(l.ariaLabel)));
export const hasSiteMapLink = (p: PageRecord) => p.links.some((l) => l.url !== null && (namesSiteMap(l.text) || namesSiteMap(l.title) || isSiteMapPath(l.url)));
export const hasSearch = (p: PageRecord) => p.forms.some((f) => f.isSearch) || p.links.some((l) => l.url !== null && (isSearchText(l.text) || isSearchText(l.ariaLabel)) && /search|poisk|izdeu/i.test(l.url));

export function runEveryPageElements(snapshot: Snapshot): IndicatorResult[] {
  const { indicator, perItem: step, items } = perItem('2.3');
  const pages = judgedPages(snapshot);
  const evidence: Evidence[] = [note(EVERY_PAGE_INTERPRETATION)];
  if (pages.length === 0) {
    return [unscoredResult({ id: ID, max: indicator.max, status: 'not-checked', evidence, summary: 'Not checked: no kk or ru page was crawled' })];
  }
  const homes = homeKeys(snapshot);
  const tests: Record<string, (p: PageRecord) => boolean> = {
    'main-menu': hasMainMenu,
    'home-link': (p) => hasHomeLink(p, homes),
    'sitemap-link': hasSiteMapLink,
    search: hasSearch,
  };
  const deductions: Deduction[] = [];
  const missing: string[] = [];
  for (const item of items) {
    const test = tests[item.id];
    if (!test) continue;
    const outcome = shareOf(pages, test);
    evidence.push(...shareEvidence(item.title.en, outcome));
    if (!outcome.met) {
      missing.push(item.title.en);
      deductions.push({ reason: `${itemTitle(items, item.id)} is not on every page (on ${outcome.passing} of ${outcome.total})`, points: step });
    }
  }
  const summary = missing.length === 0 ? `Menu, home link, site-map link and search on every page (${pages.length} pages)` : `Missing on pages: ${missing.join(', ')}`;
  return [scoredResult({ id: ID, max: indicator.max, deductions, evidence, summary })];
}

export const everyPageElementsRule: Rule = { id: ID, run: runEveryPageElements };
