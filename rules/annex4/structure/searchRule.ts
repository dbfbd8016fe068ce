/**
 * A4-2.6 — search (1; −0.25 for each of four requirements not met), from the search probe's
 * records (crawler/probes/site/searchProbe.ts) on the kk and ru home pages:
 * (1) the field keeps at least 20 typed characters; (2) full-text search: a distinctive phrase of
 * a deep page finds that page; (3) advanced search: filters by section, type or date, or an
 * «advanced search» control, on the search or results page; (4) the results open on a separate
 * page with the query still in the field. A requirement is met when it is met in every language
 * probed; one that could not be tried (a POST form is never submitted) is "not checked" and costs nothing.
 */
import type { Snapshot } from '../../../crawler/snapshot/schema.ts';
import { SEARCH_PROBE_ID, SearchProbeDataSchema, TYPED_CHARS, type SearchProbeData } from '../../../crawler/probes/site/searchProbe.ts';
import { note, scoredResult, unscoredResult } from '../../result.ts';
import type { Deduction, Evidence, IndicatorResult, Rule } from '../../types.ts';
import { judgedPages, perItem } from './structurePages.ts';

const ID = 'A4-2.6';
export const MIN_SEARCH_CHARS = 20;

export const SEARCH_INTERPRETATION = `Interpretation: the tool types ${TYPED_CHARS} characters into the site's search field (requirement 1: at least ${MIN_SEARCH_CHARS} are kept); takes a two-word phrase from the text of a deep page and, only when the form's method is GET, opens the results URL the form would navigate to (it never submits a POST form); requirement 2 is met when that page is among the results; 3 when the search or results page offers filters (section, type, date) or an «advanced search» control; 4 when the results are on a separate page and the query is still in the search field. Each requirement must hold in the kk and the ru version.`;

type Verdict = 'met' | 'not-met' | 'not-checked';

function verdicts(d: SearchProbeData): Record<string, { v: Verdict; why: string }> {
  // A field that could not be typed into (hidden behind a search icon) is judged by its maxlength; none = no limit.
  const kept = d.typedKept ?? (d.maxLengthAttr === null ? TYPED_CHARS : Math.min(d.maxLengthAttr, TYPED_CHARS));
  const notTried = d.notSubmittedReason ?? 'the search was not run';
  return {
    '1': { v: kept >= MIN_SEARCH_CHARS ? 'met' : 'not-met', why: d.typedKept === null ? `the field could not be typed into; its maxlength is ${d.maxLengthAttr ?? 'not set (no limit)'}` : `the field kept ${kept} of ${TYPED_CHARS} typed characters${d.maxLengthAttr !== null ? ` (maxlength=${d.maxLengthAttr})` : ''}` },
    '2': !d.submitted ? { v: 'not-checked', why: notTried } : { v: d.deepPageFound ? 'met' : 'not-met', why: `searching «${d.phrase}» ${d.deepPageFound ? 'found' : 'did not find'} ${d.deepPageUrl} (${d.resultLinkCount} links on the results page)` },
    '3': !d.submitted ? { v: 'not-checked', why: notTried } : { v: d.advancedSigns.length > 0 ? 'met' : 'not-met', why: d.advancedSigns.length > 0 ? `advanced search: ${d.advancedSigns.join('; ')}` : 'no filters (section, type, date) and no advanced-search control on the results page' },
    '4': !d.submitted ? { v: 'not-checked', why: notTried } : { v: d.separatePage && d.queryKept ? 'met' : 'not-met', why: `${d.separatePage ? 'results on a separate page' : 'results on the same page'}; the query is ${d.queryKept ? 'still' : 'not'} in the search field` },
  };
}

export function runSearch(snapshot: Snapshot): IndicatorResult[] {
  const { indicator, perItem: step, items } = perItem('2.6');
  const evidence: Evidence[] = [note(SEARCH_INTERPRETATION)];
  const records = snapshot.probes.filter((r) => r.probe === SEARCH_PROBE_ID && (r.lang === 'kk' || r.lang === 'ru'));
  const parsed = records.flatMap((r) => {
    const data = SearchProbeDataSchema.safeParse(r.data);
    if (r.error || !data.success) {
      evidence.push({ kind: 'note', label: `The search probe failed on ${r.url}: ${r.error ?? 'unreadable data'}`, url: r.url });
      return [];
    }
    return [{ record: r, data: data.data }];
  });
  const pagesWithSearchForm = judgedPages(snapshot).filter((p) => p.forms.some((f) => f.isSearch));
  if (parsed.length === 0) {
    if (pagesWithSearchForm.length === 0 && judgedPages(snapshot).length > 0) {
      return [scoredResult({ id: ID, max: indicator.max, deductions: items.map((i) => ({ reason: `No site search: ${i.title.en} not met`, points: step })), evidence, summary: 'No search form on any crawled page' })];
    }
    return [unscoredResult({ id: ID, max: indicator.max, status: 'not-checked', evidence, summary: 'Not checked: the search probe did not run' })];
  }
  if (parsed.every((p) => !p.data.formFound) && pagesWithSearchForm.length === 0) {
    evidence.push(...parsed.map((p) => ({ kind: 'page' as const, label: `No search form on the home page (${p.record.lang})`, url: p.record.url })));
    return [scoredResult({ id: ID, max: indicator.max, deductions: items.map((i) => ({ reason: `No site search: ${i.title.en} not met`, points: step })), evidence, summary: 'No search form on the site' })];
  }
  const deductions: Deduction[] = [];
  const failed: string[] = [];
  for (const item of items) {
    const perLang = parsed.map((p) => ({ lang: p.record.lang, url: p.record.url, ...(p.data.formFound ? verdicts(p.data)[item.id]! : { v: 'not-met' as Verdict, why: 'no search form on this language version\'s home page' }) }));
    for (const l of perLang) evidence.push({ kind: 'value', label: `(${item.id}) ${item.title.en} — ${l.lang}: ${l.v}; ${l.why}`, url: l.url, value: l.v });
    const notMet = perLang.filter((l) => l.v === 'not-met');
    if (notMet.length > 0) {
      failed.push(item.id);
      deductions.push({ reason: `(${item.id}) ${item.title.en}: not met (${notMet.map((l) => `${l.lang}: ${l.why}`).join('; ')})`, points: step });
    }
  }
  for (const p of parsed) if (p.data.resultsUrl) evidence.push({ kind: 'page', label: `Search results page (${p.record.lang})`, url: p.data.resultsUrl, value: p.data.resultsStatus });
  const summary = failed.length === 0 ? 'Search meets requirements (1)–(4) where checked' : `Search requirements not met: ${failed.map((f) => `(${f})`).join(', ')}`;
  return [scoredResult({ id: ID, max: indicator.max, deductions, evidence, summary })];
}

export const searchRule: Rule = { id: ID, run: runSearch };
