/**
 * A4-2.8 — navigation in large documents (0.4; −0.2 each, heuristic): (1) long pages are split
 * into meaningful blocks (subheadings); (2) texts of normative legal acts published as pages have
 * in-page anchors (a table of contents linking to their parts).
 */
import type { PageRecord, Snapshot } from '../../../crawler/snapshot/schema.ts';
import { NORMATIVE_ACT_PATH, namesNormativeActs } from '../../../lexicon/structureTerms.ts';
import { note, percent, scoredResult, unscoredResult } from '../../result.ts';
import type { Deduction, Evidence, IndicatorResult, Rule } from '../../types.ts';
import { EXAMPLES, EVERY_PAGE_SHARE, judgedPages, perItem } from './structurePages.ts';

const ID = 'A4-2.8';
/** A page with at least this much visible text is a large document. */
export const LONG_PAGE_CHARS = 6000;
/** Subheadings (h2–h6) a long page needs to count as split into blocks. */
export const MIN_BLOCK_HEADINGS = 2;
/** In-page anchor links a normative act text needs. */
export const MIN_ANCHORS = 3;

export const LARGE_DOCS_INTERPRETATION = `Interpretation (heuristic): a page with at least ${LONG_PAGE_CHARS} characters of visible text is a large document; (1) is met when at least ${EVERY_PAGE_SHARE * 100} % of them have ${MIN_BLOCK_HEADINGS} or more subheadings (h2–h6). (2) A normative legal act published as a page (its title or URL names a law, code, resolution, order or decision and it is a large document) needs at least ${MIN_ANCHORS} links to anchors in the same page. With no large page, or no act text published as a page (acts are often linked to adilet.zan.kz or as files), the requirement has nothing to judge and costs nothing.`;

export const subheadings = (p: PageRecord) => p.headings.filter((h) => h.level >= 2 && h.text.trim().length > 0).length;
export function inPageAnchors(p: PageRecord): number {
  const base = p.finalUrl.split('#')[0];
  return p.links.filter((l) => l.rawHref.startsWith('#') ? l.rawHref.length > 1 : l.url !== null && l.url.includes('#') && l.url.split('#')[0] === base && (l.url.split('#')[1] ?? '').length > 0).length;
}
export const isActText = (p: PageRecord) => p.textLength >= LONG_PAGE_CHARS && (NORMATIVE_ACT_PATH.test(p.finalUrl) || namesNormativeActs(p.headings.find((h) => h.level === 1)?.text ?? p.title));

export function runLargeDocuments(snapshot: Snapshot): IndicatorResult[] {
  const { indicator, perItem: step, items } = perItem('2.8');
  const pages = judgedPages(snapshot);
  const evidence: Evidence[] = [note(LARGE_DOCS_INTERPRETATION)];
  if (pages.length === 0) return [unscoredResult({ id: ID, max: indicator.max, status: 'not-checked', evidence, summary: 'Not checked: no kk or ru page was crawled' })];
  const deductions: Deduction[] = [];
  const title = (id: string) => items.find((i) => i.id === id)?.title.en ?? id;
  const long = pages.filter((p) => p.textLength >= LONG_PAGE_CHARS);
  if (long.length === 0) evidence.push(note(`(1) No page has ${LONG_PAGE_CHARS} characters or more: no large document to split.`));
  else {
    const unsplit = long.filter((p) => subheadings(p) < MIN_BLOCK_HEADINGS);
    const share = (long.length - unsplit.length) / long.length;
    evidence.push({ kind: 'value', label: `(1) Large pages split by subheadings: ${long.length - unsplit.length} of ${long.length} (${percent(share)})`, value: share });
    for (const p of unsplit.slice(0, EXAMPLES)) evidence.push({ kind: 'page', label: `${p.textLength} characters, ${subheadings(p)} subheading(s): ${p.title}`, url: p.finalUrl, value: p.textLength });
    if (share < EVERY_PAGE_SHARE) deductions.push({ reason: `(1) ${title('1')}: ${unsplit.length} of ${long.length} large pages have fewer than ${MIN_BLOCK_HEADINGS} subheadings`, points: step });
  }
  const acts = pages.filter(isActText);
  if (acts.length === 0) evidence.push(note('(2) No normative legal act text published as a large page was found: nothing to judge.'));
  else {
    const without = acts.filter((p) => inPageAnchors(p) < MIN_ANCHORS);
    evidence.push({ kind: 'value', label: `(2) Act texts with in-page anchors: ${acts.length - without.length} of ${acts.length}`, value: acts.length - without.length });
    for (const p of without.slice(0, EXAMPLES)) evidence.push({ kind: 'page', label: `Act text without a table of anchors (${inPageAnchors(p)} anchor links): ${p.title}`, url: p.finalUrl });
    if (without.length > 0) deductions.push({ reason: `(2) ${title('2')}: ${without.length} of ${acts.length} act texts have no in-page anchors`, points: step });
  }
  const summary = deductions.length === 0 ? `Large documents: ${long.length} large page(s), ${acts.length} act text(s); requirements met where applicable` : `Large documents: ${deductions.length} requirement(s) not met`;
  return [scoredResult({ id: ID, max: indicator.max, deductions, evidence, summary })];
}

export const largeDocumentsRule: Rule = { id: ID, run: runLargeDocuments };
