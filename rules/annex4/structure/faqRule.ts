/**
 * A4-4.3 — an FAQ section («Жиі қойылатын сұрақтар» / «Часто задаваемые вопросы» / FAQ) built
 * from the requests received (0.3, all or nothing): a crawled page named so, which holds
 * questions and answers (at least two questions: lines or headings ending with «?», or
 * collapsible question elements). Whether the questions come from real requests cannot be seen
 * from outside; the page is shown for a reviewer.
 */
import type { PageRecord, Snapshot } from '../../../crawler/snapshot/schema.ts';
import { FAQ_PATH, isFaqText } from '../../../lexicon/structureTerms.ts';
import { requireAnnex4 } from '../../methodology/annex4.ts';
import { note, scoredResult, unscoredResult } from '../../result.ts';
import { looseUrlKey } from '../../urlStatus.ts';
import type { Evidence, IndicatorResult, Rule } from '../../types.ts';
import { judgedPages } from './structurePages.ts';

const ID = 'A4-4.3';
const DEFINITION = requireAnnex4('4.3');
export const MIN_QUESTIONS = 2;

export const FAQ_INTERPRETATION = `Interpretation: present when a crawled kk or ru page is named as an FAQ section (title, h1 or the link leading to it: «Жиі қойылатын сұрақтар», «Часто задаваемые вопросы», «Вопросы и ответы», «FAQ») and holds at least ${MIN_QUESTIONS} questions (lines or headings ending with «?») with text after them. That it is built from requests actually received cannot be verified from outside.`;

export const questionCount = (p: PageRecord) => p.text.split('\n').filter((l) => /\?\s*$/.test(l.trim()) && l.trim().length > 8).length;

export function runFaq(snapshot: Snapshot): IndicatorResult[] {
  const pages = judgedPages(snapshot);
  const evidence: Evidence[] = [note(FAQ_INTERPRETATION)];
  if (pages.length === 0) return [unscoredResult({ id: ID, max: DEFINITION.max, status: 'not-checked', evidence, summary: 'Not checked: no kk or ru page was crawled' })];
  const linked = new Set(pages.flatMap((p) => p.links.filter((l) => l.url && isFaqText(l.text)).map((l) => looseUrlKey(l.url!))));
  const candidates = pages.filter((p) => isFaqText(p.title) || p.headings.some((h) => h.level === 1 && isFaqText(h.text)) || linked.has(looseUrlKey(p.finalUrl)) || linked.has(looseUrlKey(p.url)) || FAQ_PATH.test(new URL(p.finalUrl).pathname));
  const good = candidates.filter((p) => questionCount(p) >= MIN_QUESTIONS);
  for (const p of candidates) evidence.push({ kind: 'page', label: `FAQ page (${p.lang}) «${p.title}»: ${questionCount(p)} question(s)`, url: p.finalUrl, value: questionCount(p) });
  if (good.length === 0 && candidates.length === 0 && linked.size > 0) {
    evidence.push(note(`An FAQ link was found (${[...linked].slice(0, 3).join(', ')}) but its page was not crawled.`));
    return [unscoredResult({ id: ID, max: DEFINITION.max, status: 'not-checked', evidence, summary: 'Not checked: the FAQ page was not crawled' })];
  }
  return [
    scoredResult({
      id: ID,
      max: DEFINITION.max,
      deductions: good.length ? [] : [{ reason: candidates.length ? 'The FAQ page holds no questions and answers' : 'No FAQ section found', points: DEFINITION.max }],
      evidence,
      summary: good.length ? `FAQ section found (${good.map((p) => p.lang).join(', ')})` : candidates.length ? 'FAQ page without questions' : 'No FAQ section',
    }),
  ];
}

export const faqRule: Rule = { id: ID, run: runFaq };
