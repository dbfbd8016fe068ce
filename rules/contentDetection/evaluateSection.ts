/**
 * Scoring one section of Annex 5 or 6 in one language. Interpretations (shown to users):
 * - a row's points are shared equally among its items; an "if any" item drops out when the
 *   section says it does not exist («… жоқ», «не имеется»), and makes the row `manual` when it is
 *   neither found nor said not to exist (counted as missing until a reviewer decides);
 * - an item counts only on a page whose text is in the language being judged (Russian text under
 *   the Kazakh interface does not count for kk);
 * - an item marked * counts only as machine-readable text: the page's HTML text, or a linked PDF
 *   whose text layer was read (documentText probe); an image, or a PDF without a text layer, does not.
 */
import type { Device } from '../../crawler/snapshot/schema.ts';
import type { DocumentTextData } from '../../crawler/probes/content/documentTextSchema.ts';
import { guessLanguage } from '../../lexicon/languageModel.ts';
import type { SectionLexicon } from '../../lexicon/sections/annex5.ts';
import { NOT_APPLICABLE_PATTERNS } from '../../lexicon/sections/patterns.ts';
import { ITEM_TOPICS } from '../../lexicon/sections/topics.ts';
import type { Section, SectionItem } from '../methodology/sectionTable.ts';
import { round3, statusFromPoints } from '../points.ts';
import type { Evidence, IndicatorResult, ResultLang, Status } from '../types.ts';
import type { ContentPage } from './contentPages.ts';
import { itemHitsOnPage, type ItemHit } from './itemDetection.ts';
import { sectionPages, type PageMatch } from './sectionPages.ts';

export type ItemState = 'found' | 'missing' | 'not-applicable' | 'unknown';

export interface ItemOutcome {
  item: SectionItem;
  state: ItemState;
  hits: ItemHit[];
  /** Hits that did not count, with the reason (not machine-readable). */
  rejected: { hit: ItemHit; reason: string }[];
}

export interface SectionEvaluation {
  section: Section;
  lang: ResultLang;
  device: Device;
  /** The section's own pages (named by the section or an item). */
  pages: PageMatch[];
  /** Pages left out by the language check. */
  wrongLanguage: { url: string; guessed: string }[];
  items: ItemOutcome[];
  max: number;
  points: number;
  status: Status;
}

export interface EvaluateOptions {
  device: Device;
  /** Text layers of linked PDFs, by URL (documentText probe). */
  documents: ReadonlyMap<string, DocumentTextData>;
}

const DOC_EXT = /\.(pdf|docx?|rtf|odt|xlsx?|txt)(\?|#|$)/i;

/** Sections whose items (address, e-mail, phones, news, latest changes) are usually on the home page. */
function homeInScope(lexicon: SectionLexicon): boolean {
  return lexicon.section.some((k) => k === 'generalInfo' || k === 'informationSupport');
}

/** Whether a hit is machine-readable text; the reason when it is not. */
function machineReadable(hit: ItemHit, documents: ReadonlyMap<string, DocumentTextData>): string | null {
  if (hit.kind === 'image' || hit.kind === 'media') return 'an image or media file is not machine-readable text';
  if ((hit.kind === 'link-text' || hit.kind === 'link-host') && hit.href !== null && /\.pdf(\?|#|$)/i.test(hit.href)) {
    const doc = documents.get(hit.href);
    if (doc && doc.textLength !== null && doc.textLength === 0) return `the PDF ${hit.href} has no text layer (a scan)`;
  }
  return null;
}

function saysNotApplicable(pages: readonly ContentPage[]): boolean {
  return pages.some((p) => NOT_APPLICABLE_PATTERNS.some((re) => re.test(p.mainText)));
}

export function evaluateSection(
  section: Section,
  lexicon: SectionLexicon,
  allPages: readonly ContentPage[],
  lang: ResultLang,
  options: EvaluateOptions,
): SectionEvaluation {
  const matches = sectionPages(allPages, lang, lexicon);
  const wrongLanguage: { url: string; guessed: string }[] = [];
  const scope: ContentPage[] = [];
  const candidates = [...matches.map((m) => m.page), ...(homeInScope(lexicon) ? allPages.filter((p) => p.isHome) : [])];
  for (const page of candidates) {
    if (scope.includes(page)) continue;
    const guess = guessLanguage(page.bodyText.trim().length > 0 ? page.bodyText : page.mainText);
    if (guess.lang !== 'unknown' && guess.lang !== lang) {
      wrongLanguage.push({ url: page.url, guessed: guess.lang });
      continue;
    }
    scope.push(page);
  }

  const items: ItemOutcome[] = section.items.map((item) => {
    const topicKey = lexicon.items[item.id];
    if (!topicKey) return { item, state: 'missing', hits: [], rejected: [] };
    const topic = ITEM_TOPICS[topicKey];
    const hits: ItemHit[] = [];
    const rejected: { hit: ItemHit; reason: string }[] = [];
    for (const page of scope) {
      for (const hit of itemHitsOnPage(page, topic, lang)) {
        const reason = item.machineReadable ? machineReadable(hit, options.documents) : null;
        if (reason) rejected.push({ hit, reason });
        else hits.push(hit);
      }
    }
    // "If any": the site saying there are none wins over the words that name them.
    if (item.ifAny && saysNotApplicable(scope)) return { item, state: 'not-applicable', hits: [], rejected };
    if (hits.length > 0) return { item, state: 'found', hits, rejected };
    if (item.ifAny) return { item, state: 'unknown', hits, rejected };
    return { item, state: 'missing', hits, rejected };
  });

  const max = section.points[lang];
  const applicable = items.filter((i) => i.state !== 'not-applicable');
  const found = items.filter((i) => i.state === 'found').length;
  const points = applicable.length === 0 ? max : round3((max / applicable.length) * found);
  const status: Status = items.some((i) => i.state === 'unknown') ? 'manual' : statusFromPoints(points, max);
  return { section, lang, device: options.device, pages: matches, wrongLanguage, items, max, points, status };
}

function shortTitle(item: SectionItem): string {
  return item.title.en;
}

/** The indicator row of an evaluated section, with its evidence. */
export function sectionResult(evaluation: SectionEvaluation, annex: 5 | 6): IndicatorResult {
  const { section, lang, device, items, max, points } = evaluation;
  const evidence: Evidence[] = [];
  for (const m of evaluation.pages.slice(0, 8)) evidence.push({ kind: 'page', label: `section page (${m.via}: ${m.matched})`, url: m.page.url });
  for (const w of evaluation.wrongLanguage)
    evidence.push({ kind: 'page', label: `not counted for ${lang}: the text of this page is ${w.guessed === 'ru' ? 'Russian' : 'Kazakh'}`, url: w.url });
  for (const outcome of items) {
    const label = `item ${outcome.item.id} (${shortTitle(outcome.item)})`;
    const first = outcome.hits[0];
    if (outcome.state === 'found' && first) {
      evidence.push({ kind: 'element', label: `${label}: found (${first.kind})`, url: first.url, html: first.context.slice(0, 300) });
    } else if (outcome.state === 'not-applicable') {
      evidence.push({ kind: 'note', label: `${label}: the site says there are none ("if any": dropped)` });
    } else if (outcome.state === 'unknown') {
      evidence.push({ kind: 'note', label: `${label}: not found and not said to be absent ("if any"): a reviewer decides; counted as missing` });
    } else {
      const why = outcome.rejected[0];
      evidence.push(
        why
          ? { kind: 'element', label: `${label}: not counted: ${why.reason}`, url: why.hit.url, html: why.hit.context.slice(0, 300) }
          : { kind: 'note', label: `${label}: not found` },
      );
    }
  }
  const foundCount = items.filter((i) => i.state === 'found').length;
  const applicable = items.filter((i) => i.state !== 'not-applicable').length;
  const where = evaluation.pages.length === 0 ? 'no section page found' : `${evaluation.pages.length} section page(s)`;
  return {
    id: `A${annex}-${section.id}`,
    lang,
    device,
    max: round3(max),
    points,
    status: evaluation.status,
    deductions:
      foundCount < applicable
        ? [{ reason: `${applicable - foundCount} of ${applicable} items not found (${round3(max / Math.max(1, applicable))} each)`, points: round3(max - points) }]
        : [],
    evidence,
    summary: `${lang} ${device}: ${foundCount}/${applicable} items, ${where}`,
  };
}
