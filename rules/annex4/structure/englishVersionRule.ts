/**
 * A4-4.4 — English version (bonus, 0.5): 0.5 when 100 % of the information materials (all but
 * normative legal acts) are translated; 0.25 when the interface of all pages and the news are
 * translated; 0 when only the home page (or nothing) is. From the crawled pages and their
 * language counterparts (site.counterparts); an "English" page must really be in English (a
 * script check: mostly Latin letters).
 */
import type { PageRecord, Snapshot } from '../../../crawler/snapshot/schema.ts';
import { isHtmlPage } from '../../../crawler/extract/toPageRecord.ts';
import { counterpartUrl } from '../../../crawler/url/languageOfUrl.ts';
import { NORMATIVE_ACT_PATH, latinShare, namesNormativeActs } from '../../../lexicon/structureTerms.ts';
import { requireAnnex4 } from '../../methodology/annex4.ts';
import { note, percent, scoredResult, unscoredResult } from '../../result.ts';
import { looseUrlKey } from '../../urlStatus.ts';
import type { Evidence, IndicatorResult, Rule } from '../../types.ts';
import { EVERY_PAGE_SHARE, EXAMPLES, homeKeys, isHomePage } from './structurePages.ts';

const ID = 'A4-4.4';
const DEFINITION = requireAnnex4('4.4');
/** An English page's text (or interface) is English when at least this share of its letters are Latin. */
export const MIN_LATIN_SHARE = 0.7;
const NEWS_PATH = /(news|novost|zhanalyq)/i;

export const ENGLISH_INTERPRETATION = `Interpretation: information materials are the crawled ru pages except the home page and normative legal acts; a material is translated when its English counterpart (paired page, the switch link or the URL pattern) was crawled and its text is English (≥ ${MIN_LATIN_SHARE * 100} % of letters Latin); a material whose English page the crawl did not reach is left out of the share. 0.5 when every material is translated; 0.25 when the interface of all English pages is English (title and menu texts, ≥ ${EVERY_PAGE_SHARE * 100} % of the English pages) and the news are translated (every crawled ru news page has an English counterpart); otherwise 0.`;

const levelPoints = (i: number) => (DEFINITION.scoring.type === 'levels' ? (DEFINITION.scoring.levels[i]?.points ?? 0) : 0);
const isEnglish = (text: string) => latinShare(text) >= MIN_LATIN_SHARE;
const interfaceText = (p: PageRecord) => [p.title, ...p.links.filter((l) => l.regions.includes('nav') && !l.switchesTo).map((l) => l.text)].join(' ');

export function runEnglishVersion(snapshot: Snapshot): IndicatorResult[] {
  const evidence: Evidence[] = [note(ENGLISH_INTERPRETATION)];
  const max = DEFINITION.max;
  const desktop = snapshot.pages.filter((p) => p.device === 'desktop' && isHtmlPage(p));
  const en = desktop.filter((p) => p.lang === 'en');
  const ru = desktop.filter((p) => p.lang === 'ru');
  const enVersion = snapshot.site.languages.find((v) => v.lang === 'en');
  if (!enVersion && en.length === 0) {
    return [scoredResult({ id: ID, max, deductions: [{ reason: 'No English version', points: max }], evidence, summary: 'No English version' })];
  }
  if (en.length === 0 || ru.length === 0) {
    evidence.push(note(`English version at ${enVersion?.homeUrl ?? '?'} but ${en.length === 0 ? 'no English page' : 'no Russian page'} was crawled.`));
    return [unscoredResult({ id: ID, max, status: 'not-checked', evidence, summary: 'Not checked: too few pages crawled to compare' })];
  }
  const enByKey = new Map(en.flatMap((p) => [[looseUrlKey(p.finalUrl), p], [looseUrlKey(p.url), p]] as const));
  const homes = homeKeys(snapshot);
  const materials = ru.filter((p) => !isHomePage(p, homes) && !NORMATIVE_ACT_PATH.test(p.finalUrl) && !namesNormativeActs(p.headings.find((h) => h.level === 1)?.text ?? ''));
  const translated: PageRecord[] = [];
  const missing: PageRecord[] = [];
  const unknown: PageRecord[] = [];
  const crawled = new Map(snapshot.pages.filter((p) => p.device === 'desktop').flatMap((p) => [[looseUrlKey(p.url), p], [looseUrlKey(p.finalUrl), p]] as const));
  for (const p of materials) {
    const paired = snapshot.site.counterparts[p.finalUrl]?.en ?? snapshot.site.counterparts[p.url]?.en;
    const candidate = paired ?? p.links.find((l) => l.switchesTo === 'en' && l.url)?.url ?? counterpartUrl(p.finalUrl, 'en');
    const enPage = candidate ? (enByKey.get(looseUrlKey(candidate)) ?? crawled.get(looseUrlKey(candidate))) : undefined;
    if (enPage && isHtmlPage(enPage) && enPage.lang === 'en' && isEnglish(enPage.text)) translated.push(p);
    else if (candidate && !enPage) unknown.push(p);
    else missing.push(p);
  }
  if (unknown.length > 0) evidence.push(note(`${unknown.length} ru material(s) whose English page the crawl did not reach (budget) are left out of the share.`));
  const judged = translated.length + missing.length;
  if (judged === 0) return [unscoredResult({ id: ID, max, status: 'not-checked', evidence, summary: 'Not checked: no English counterpart of a ru material was crawled' })];
  const share = translated.length / judged;
  evidence.push({ kind: 'value', label: `Information materials (ru, without normative acts) with an English translation: ${translated.length} of ${judged} (${percent(share)})`, value: share });
  for (const p of missing.slice(0, EXAMPLES)) evidence.push({ kind: 'page', label: `Not translated: ${p.title}`, url: p.finalUrl });
  const notEnglish = en.filter((p) => !isEnglish(p.text));
  for (const p of notEnglish.slice(0, EXAMPLES)) evidence.push({ kind: 'page', label: `An "English" page whose text is not English (${percent(latinShare(p.text))} Latin letters): ${p.title}`, url: p.finalUrl });

  if (missing.length === 0) {
    return [scoredResult({ id: ID, max, deductions: [], evidence, summary: `English version: all ${judged} information materials checked are translated` })];
  }
  const interfaceOk = en.filter((p) => isEnglish(interfaceText(p))).length / en.length >= EVERY_PAGE_SHARE;
  const ruNews = materials.filter((p) => NEWS_PATH.test(p.finalUrl));
  const newsOk = ruNews.length > 0 && ruNews.every((p) => !missing.includes(p)) && ruNews.some((p) => translated.includes(p));
  evidence.push({ kind: 'value', label: `Interface of the English pages in English: ${interfaceOk ? 'yes' : 'no'}; news translated: ${ruNews.length ? `${ruNews.filter((p) => translated.includes(p)).length} of ${ruNews.length}` : 'no ru news page crawled'}`, value: interfaceOk && newsOk });
  const points = interfaceOk && newsOk ? levelPoints(1) : levelPoints(2);
  return [
    scoredResult({
      id: ID,
      max,
      deductions: [{ reason: points > 0 ? `Not all information materials translated (${translated.length} of ${judged}); interface and news are` : `English version: ${interfaceOk ? 'the news are not translated' : 'the interface is not translated on every page'} (materials ${translated.length} of ${judged})`, points: max - points }],
      evidence,
      summary: `English version: ${points} of ${max} (${percent(share)} of materials translated)`,
    }),
  ];
}

export const englishVersionRule: Rule = { id: ID, run: runEnglishVersion };
