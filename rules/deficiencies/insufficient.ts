/**
 * Deficiency "insufficient information" (Annex 5 note 1, Annex 6 note): a section page that has a
 * heading but (almost) no content — less than MIN_CONTENT_CHARS characters of main text besides
 * its heading, and no link to a document or another page in its main content. Section pages as
 * found by the Annex 5 (desktop, C) and Annex 6 (phone, M) detection.
 */
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { evaluateAnnex5 } from '../annex5/annex5Rule.ts';
import { evaluateAnnex6 } from '../annex6/annex6Rule.ts';
import type { SectionEvaluation } from '../contentDetection/evaluateSection.ts';
import { mobileCoefficient } from '../mobile/mobileCoefficient.ts';
import type { Deficiency } from '../scoring.ts';

export const MIN_CONTENT_CHARS = 80;

function emptyPages(evaluations: readonly SectionEvaluation[], annex: 5 | 6, seen: Set<string>): Deficiency[] {
  const out: Deficiency[] = [];
  for (const e of evaluations) {
    for (const { page } of e.pages) {
      const key = `${annex} ${page.url}`;
      if (seen.has(key)) continue;
      let body = page.mainText;
      for (const h of page.headings) body = body.replace(h, '');
      const chars = body.replace(/\s+/g, ' ').trim().length;
      const mainLinks = page.links.filter((l) => l.main && l.url !== null && !/^#/.test(l.rawHref)).length;
      if (page.headings.length === 0 || chars >= MIN_CONTENT_CHARS || mainLinks > 0) continue;
      seen.add(key);
      out.push({
        indicator: annex === 5 ? 'C' : 'M',
        type: 'insufficient',
        lang: e.lang,
        section: `A${annex}-${e.section.id}`,
        reason: `${page.url}: the page «${page.headings[0] ?? ''}» has ${chars} characters of content under its heading`,
        evidence: [{ kind: 'value', label: 'characters of content', url: page.url, value: chars }],
      });
    }
  }
  return out;
}

export function findInsufficient(snapshot: Snapshot): Deficiency[] {
  const seen = new Set<string>();
  const out = emptyPages(evaluateAnnex5(snapshot), 5, seen);
  if (mobileCoefficient(snapshot).k > 0 && snapshot.pages.some((p) => p.device === 'mobile')) out.push(...emptyPages(evaluateAnnex6(snapshot), 6, seen));
  return out;
}
