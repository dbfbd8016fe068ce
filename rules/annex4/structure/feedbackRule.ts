/**
 * A4-4.1 — a feedback form for sending requests (0.3, all or nothing): a form on the site with a
 * message field (a textarea, or a field named or labelled message/question/appeal —
 * «Хабарлама», «Сұрақ», «Сообщение», «Вопрос», «Обращение»), or a link to an internet reception
 * («Интернет-қабылдау», «Интернет-приёмная», a head's blog) or to eOtinish (eotinish.kz).
 */
import type { Snapshot } from '../../../crawler/snapshot/schema.ts';
import { FEEDBACK_URL, isFeedbackText, isMessageFieldText } from '../../../lexicon/structureTerms.ts';
import { requireAnnex4 } from '../../methodology/annex4.ts';
import { note, scoredResult, unscoredResult } from '../../result.ts';
import type { Evidence, IndicatorResult, Rule } from '../../types.ts';
import { looseUrlKey } from '../../urlStatus.ts';
import { EXAMPLES, judgedPages } from './structurePages.ts';

const ID = 'A4-4.1';
const DEFINITION = requireAnnex4('4.1');

export const FEEDBACK_INTERPRETATION = 'Interpretation: present when a crawled kk or ru page has a form (not the search form) with a message field (a textarea, or a field named or labelled as a message, question or appeal), or a link to an internet reception or to the e-appeals portal eOtinish (eotinish.kz). A link named «Кері байланыс»/«Обратная связь» whose page has no such form does not count by itself. The tool never submits the form.';

export function runFeedback(snapshot: Snapshot): IndicatorResult[] {
  const pages = judgedPages(snapshot);
  const evidence: Evidence[] = [note(FEEDBACK_INTERPRETATION)];
  if (pages.length === 0) return [unscoredResult({ id: ID, max: DEFINITION.max, status: 'not-checked', evidence, summary: 'Not checked: no kk or ru page was crawled' })];
  const forms = pages.flatMap((p) => p.forms.filter((f) => !f.isSearch && f.fields.some((x) => x.tag === 'textarea' || isMessageFieldText(`${x.name ?? ''} ${x.label ?? ''} ${x.placeholder ?? ''}`))).map((f) => ({ p, f })));
  const reception = pages.flatMap((p) => p.links.filter((l) => l.url !== null && (/eotinish\.kz|e-otinish/i.test(l.url) || (/(интернет[-\s]*(қабылдау|приемная|приёмная)|internet\s+reception|блог)/iu.test(l.text) && FEEDBACK_URL.test(l.url)))).map((l) => ({ p, l })));
  for (const { p, f } of forms.slice(0, EXAMPLES)) evidence.push({ kind: 'element', label: `Feedback form on ${p.title} (fields: ${f.fields.map((x) => x.label ?? x.name ?? x.tag).join(', ')}; method ${f.method.toUpperCase()})`, url: p.finalUrl, selector: f.selector });
  for (const { p, l } of reception.slice(0, EXAMPLES)) evidence.push({ kind: 'element', label: `Link to an internet reception / e-appeals: «${l.text.trim()}» on ${p.finalUrl}`, url: l.url ?? p.finalUrl, selector: l.selector });
  const named = pages.flatMap((p) => p.links.filter((l) => l.url && isFeedbackText(l.text)).map((l) => l.url!));
  if (forms.length === 0 && reception.length === 0 && named.length) evidence.push({ kind: 'note', label: `Links named as feedback were found (${[...new Set(named)].slice(0, 5).join(', ')}) but no form with a message field on the crawled pages` });
  const found = forms.length > 0 || reception.length > 0;
  const crawled = new Set(snapshot.pages.flatMap((p) => [looseUrlKey(p.url), looseUrlKey(p.finalUrl)]));
  const unopened = [...new Set(named)].filter((u) => !crawled.has(looseUrlKey(u)));
  if (!found && unopened.length > 0) {
    evidence.push(note(`A feedback link leads to a page the crawl did not open (${unopened.slice(0, 3).join(', ')}); raise --max-pages to check it.`));
    return [unscoredResult({ id: ID, max: DEFINITION.max, status: 'not-checked', evidence, summary: 'Not checked: the feedback page was not crawled' })];
  }
  return [
    scoredResult({
      id: ID,
      max: DEFINITION.max,
      deductions: found ? [] : [{ reason: 'No feedback form with a message field and no link to an internet reception or eOtinish', points: DEFINITION.max }],
      evidence,
      summary: found ? `Feedback: ${forms.length} form(s), ${reception.length} reception link(s)` : 'No feedback form found',
    }),
  ];
}

export const feedbackRule: Rule = { id: ID, run: runFeedback };
