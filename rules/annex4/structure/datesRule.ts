/**
 * A4-2.9 — date and time of publication and of the last change shown on materials (0.4; −0.2
 * each). Materials are news, announcements and document item pages (by URL; the lists when no item
 * page was crawled; all inner pages when none match). A date counts when a label precedes it («Жарияланды», «Опубликовано», «Дата
 * публикации» … / «Жаңартылды», «Соңғы өзгеріс», «Обновлено», «Дата изменения» …).
 */
import type { PageRecord, Snapshot } from '../../../crawler/snapshot/schema.ts';
import { MATERIAL_PATH, hasModifiedLabel, hasPublishedLabel } from '../../../lexicon/structureTerms.ts';
import { note, scoredResult, unscoredResult } from '../../result.ts';
import type { Deduction, Evidence, IndicatorResult, Rule } from '../../types.ts';
import { EVERY_PAGE_SHARE, homeKeys, isHomePage, judgedPages, perItem, shareEvidence, shareOf } from './structurePages.ts';

const ID = 'A4-2.9';
/** How far before a date its label may stand (characters of the date's context). */
const LABEL_REACH = 45;

export const DATES_INTERPRETATION = `Interpretation: judged on material pages (news, announcements and document items, recognised by URL — an id in the path or query; their lists when no item was crawled; all inner pages when none is recognised), kk and ru. Publication date: a date preceded by a publication label («Жарияланды», «Жарияланған күні», «Опубликовано», «Дата публикации», «Published» …); last change: a date preceded by a change label («Жаңартылды», «Соңғы өзгеріс», «Өзгертілген күні», «Обновлено», «Дата изменения», «Updated» …). Each is shown when at least ${EVERY_PAGE_SHARE * 100} % of the material pages have it; whether a time accompanies the date is reported.`;

type Mention = PageRecord['dates'][number];
function labelled(p: PageRecord, test: (t: string) => boolean): Mention | undefined {
  return p.dates.find((d: Mention) => {
    // The same date may appear twice in its context (published and changed on one day): try each place.
    for (let at = d.context.indexOf(d.text); at >= 0; at = d.context.indexOf(d.text, at + 1)) {
      if (test(d.context.slice(Math.max(0, at - LABEL_REACH), at))) return true;
    }
    return false;
  });
}
export const publishedDate = (p: PageRecord) => labelled(p, hasPublishedLabel);
export const modifiedDate = (p: PageRecord) => labelled(p, hasModifiedLabel);
const withTime = (d: Mention | undefined) => d !== undefined && new RegExp(`${d.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\n]{0,12}\\d{1,2}:\\d{2}`).test(d.context);

export function materialPages(snapshot: Snapshot): PageRecord[] {
  const homes = homeKeys(snapshot);
  const inner = judgedPages(snapshot).filter((p) => !isHomePage(p, homes));
  const materials = inner.filter((p) => { try { return MATERIAL_PATH.test(new URL(p.finalUrl).pathname + new URL(p.finalUrl).search); } catch { return false; } });
  // Item pages (an id in the last path segment or the query), not the lists that lead to them.
  const items = materials.filter((p) => { try { const u = new URL(p.finalUrl); return /\d/.test(u.pathname.split('/').filter(Boolean).pop() ?? '') || /[?&](id|item|news_id)=\d/i.test(u.search); } catch { return false; } });
  return items.length > 0 ? items : materials.length > 0 ? materials : inner;
}

export function runDates(snapshot: Snapshot): IndicatorResult[] {
  const { indicator, perItem: step, items } = perItem('2.9');
  const evidence: Evidence[] = [note(DATES_INTERPRETATION)];
  const pages = materialPages(snapshot);
  if (pages.length === 0) return [unscoredResult({ id: ID, max: indicator.max, status: 'not-checked', evidence, summary: 'Not checked: no inner kk or ru page was crawled' })];
  const deductions: Deduction[] = [];
  const tests: Record<string, (p: PageRecord) => Mention | undefined> = { published: publishedDate, modified: modifiedDate };
  for (const item of items) {
    const find = tests[item.id];
    if (!find) continue;
    const outcome = shareOf(pages, (p) => find(p) !== undefined);
    evidence.push(...shareEvidence(`${item.title.en} on material pages`, outcome));
    const example = pages.map((p) => ({ p, d: find(p) })).find((x) => x.d);
    if (example?.d) evidence.push({ kind: 'element', label: `Example: «${example.d.context.trim()}»${withTime(example.d) ? ' (with time)' : ' (no time shown)'}`, url: example.p.finalUrl, value: example.d.iso });
    if (!outcome.met) deductions.push({ reason: `${item.title.en} shown on ${outcome.passing} of ${outcome.total} material pages`, points: step });
  }
  const summary = deductions.length === 0 ? `Publication and change dates shown on material pages (${pages.length})` : `Dates: ${deductions.length} of 2 not shown on material pages`;
  return [scoredResult({ id: ID, max: indicator.max, deductions, evidence, summary })];
}

export const datesRule: Rule = { id: ID, run: runDates };
