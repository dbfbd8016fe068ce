/**
 * Deficiency "the Kazakh and Russian texts are not identical" (Annex 5 note 4, Annex 6 note):
 * (1) a section of the table found in one language (points > 0) and not at all in the other;
 * (2) a page whose counterpart in the other language (site.counterparts, the crawler's pairing)
 *     answers an error, or has less than half of its main text (pages of at least 300 characters).
 * Sections are compared on the desktop for C and on the phone for M (when k > 0).
 */
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { evaluateAnnex5 } from '../annex5/annex5Rule.ts';
import { evaluateAnnex6 } from '../annex6/annex6Rule.ts';
import type { SectionEvaluation } from '../contentDetection/evaluateSection.ts';
import { mainTextOf } from '../contentDetection/contentPages.ts';
import { mobileCoefficient } from '../mobile/mobileCoefficient.ts';
import type { Deficiency } from '../scoring.ts';
import type { ResultLang } from '../types.ts';

/** A page is "much shorter" below this share of its counterpart's main text. */
export const SHORTER_SHARE = 0.5;
const MIN_TEXT = 300;

function sectionGaps(evaluations: readonly SectionEvaluation[], annex: 5 | 6): Deficiency[] {
  const out: Deficiency[] = [];
  const ids = [...new Set(evaluations.map((e) => e.section.id))];
  for (const id of ids) {
    const kk = evaluations.find((e) => e.section.id === id && e.lang === 'kk');
    const ru = evaluations.find((e) => e.section.id === id && e.lang === 'ru');
    if (!kk || !ru) continue;
    for (const [has, lacks] of [
      [kk, ru],
      [ru, kk],
    ] as const) {
      if (has.points > 0 && lacks.points === 0 && lacks.pages.length === 0) {
        out.push({
          indicator: annex === 5 ? 'C' : 'M',
          type: 'kk-ru-mismatch',
          lang: lacks.lang,
          section: `A${annex}-${id}`,
          reason: `section ${id} (${has.section.title.en}) is in the ${has.lang} version but missing from the ${lacks.lang} version`,
          evidence: has.pages.slice(0, 3).map((m) => ({ kind: 'page' as const, label: `${has.lang} section page`, url: m.page.url })),
        });
      }
    }
  }
  return out;
}

function pageGaps(snapshot: Snapshot): Deficiency[] {
  const byUrl = new Map(snapshot.pages.filter((p) => p.device === 'desktop').map((p) => [p.finalUrl, p]));
  const seen = new Set<string>();
  const out: Deficiency[] = [];
  for (const [url, pair] of Object.entries(snapshot.site.counterparts)) {
    const page = byUrl.get(url);
    if (!page || (page.lang !== 'kk' && page.lang !== 'ru')) continue;
    const otherLang: ResultLang = page.lang === 'kk' ? 'ru' : 'kk';
    const pageLang: ResultLang = page.lang;
    const otherUrl = pair[otherLang];
    if (!otherUrl) continue;
    const other = byUrl.get(otherUrl);
    if (!other) continue;
    const key = [url, otherUrl].sort().join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    if (page.status !== null && page.status < 400 && other.status !== null && other.status >= 400) {
      out.push({
        indicator: 'C',
        type: 'kk-ru-mismatch',
        lang: otherLang,
        section: null,
        reason: `${url} has no working ${otherLang} counterpart (${otherUrl} answers ${other.status})`,
        evidence: [
          { kind: 'page', label: `${page.lang} page`, url },
          { kind: 'page', label: `${otherLang} counterpart`, url: otherUrl, value: other.status },
        ],
      });
      continue;
    }
    // a page with no text and no heading at all was most likely not rendered (script-built page
    // captured before it drew): the crawl's problem, not evidence that a language lacks it
    if ([page, other].some((p) => p.textLength === 0 && p.headings.length === 0)) continue;
    const a = mainTextOf(page).replace(/\s+/g, ' ').trim().length;
    const b = mainTextOf(other).replace(/\s+/g, ' ').trim().length;
    const [longer, shorter, shortLang, shortUrl]: [number, number, ResultLang, string] = a >= b ? [a, b, otherLang, otherUrl] : [b, a, pageLang, url];
    if (longer >= MIN_TEXT && shorter < longer * SHORTER_SHARE) {
      out.push({
        indicator: 'C',
        type: 'kk-ru-mismatch',
        lang: shortLang,
        section: null,
        reason: `the ${shortLang} page ${shortUrl} has ${shorter} characters of text against ${longer} in the other language`,
        evidence: [
          { kind: 'value', label: `${page.lang} main text length`, url, value: a },
          { kind: 'value', label: `${otherLang} main text length`, url: otherUrl, value: b },
        ],
      });
    }
  }
  return out;
}

export function findLanguagesDiffer(snapshot: Snapshot): Deficiency[] {
  const out = [...sectionGaps(evaluateAnnex5(snapshot), 5), ...pageGaps(snapshot)];
  if (mobileCoefficient(snapshot).k > 0 && snapshot.pages.some((p) => p.device === 'mobile')) out.push(...sectionGaps(evaluateAnnex6(snapshot), 6));
  return out;
}
