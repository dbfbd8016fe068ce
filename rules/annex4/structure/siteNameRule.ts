/**
 * A4-2.11 — the site name states that it is the official internet resource of the body (0.1, all
 * or nothing): the title or the header (logo text) of the kk and ru home pages says «ресми
 * интернет-ресурсы» / «официальный интернет-ресурс» / «official internet resource» (or «ресми
 * сайты», «официальный сайт»).
 */
import type { PageRecord, Snapshot } from '../../../crawler/snapshot/schema.ts';
import { namesOfficialResource } from '../../../lexicon/structureTerms.ts';
import { requireAnnex4 } from '../../methodology/annex4.ts';
import { note, scoredResult, unscoredResult } from '../../result.ts';
import type { Evidence, IndicatorResult, Rule } from '../../types.ts';
import { homeKeys, isHomePage, judgedPages } from './structurePages.ts';

const ID = 'A4-2.11';
const DEFINITION = requireAnnex4('2.11');

export const SITE_NAME_INTERPRETATION = 'Interpretation: the "site name" is the page title or the name in the header (the logo link or the first heading) of the home page; each of the kk and ru home pages must state that the site is the official internet resource («ресми интернет-ресурсы», «ресми сайты», «официальный интернет-ресурс», «официальный сайт», «official internet resource»).';

/** Where the home page states it, or null. */
export function officialNameOn(p: PageRecord): { where: string; text: string } | null {
  if (namesOfficialResource(p.title)) return { where: 'title', text: p.title };
  const header = p.links.find((l) => l.regions.includes('header') && (namesOfficialResource(l.text) || namesOfficialResource(l.title) || namesOfficialResource(l.ariaLabel)));
  if (header) return { where: `header link ${header.selector}`, text: header.text.trim() || header.title || '' };
  const h1 = p.headings.find((h) => h.level === 1 && namesOfficialResource(h.text));
  if (h1) return { where: 'h1', text: h1.text };
  const top = p.text.slice(0, 400);
  if (namesOfficialResource(top)) return { where: 'top of the page', text: top.split('\n').find((l) => namesOfficialResource(l)) ?? '' };
  return null;
}

export function runSiteName(snapshot: Snapshot): IndicatorResult[] {
  const homes = homeKeys(snapshot);
  const homePages = judgedPages(snapshot).filter((p) => isHomePage(p, homes));
  const evidence: Evidence[] = [note(SITE_NAME_INTERPRETATION)];
  if (homePages.length === 0) return [unscoredResult({ id: ID, max: DEFINITION.max, status: 'not-checked', evidence, summary: 'Not checked: no kk or ru home page was crawled' })];
  const lacking: PageRecord[] = [];
  for (const p of homePages) {
    const found = officialNameOn(p);
    if (found) evidence.push({ kind: 'element', label: `${p.lang}: the ${found.where} says «${found.text}»`, url: p.finalUrl, value: found.text });
    else {
      lacking.push(p);
      evidence.push({ kind: 'page', label: `${p.lang}: neither the title «${p.title}» nor the header states the official internet resource`, url: p.finalUrl, value: p.title });
    }
  }
  return [
    scoredResult({
      id: ID,
      max: DEFINITION.max,
      deductions: lacking.length ? [{ reason: `The site name does not state "official internet resource" on the ${lacking.map((p) => p.lang).join(', ')} home page`, points: DEFINITION.max }] : [],
      evidence,
      summary: lacking.length ? `Site name without "official internet resource" (${lacking.map((p) => p.lang).join(', ')})` : 'The site name states the official internet resource',
    }),
  ];
}

export const siteNameRule: Rule = { id: ID, run: runSiteName };
