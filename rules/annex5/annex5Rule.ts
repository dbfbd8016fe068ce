/**
 * Annex 5 (completeness and currency): every section of the site's table (13 for OMO, 15 for
 * ZhAO), in Kazakh and in Russian, judged on the desktop pages of that language
 * (rules/contentDetection/evaluateSection.ts for how items are found and points shared).
 */
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { ANNEX5_LEXICON } from '../../lexicon/sections/annex5.ts';
import { contentPages } from '../contentDetection/contentPages.ts';
import { documentTexts } from '../contentDetection/documentTexts.ts';
import { evaluateSection, sectionResult, type SectionEvaluation } from '../contentDetection/evaluateSection.ts';
import { ANNEX5 } from '../methodology/annex5.ts';
import { RESULT_LANGS } from '../methodology/catalogue.ts';
import { note, unscoredResult } from '../result.ts';
import type { IndicatorResult, Rule } from '../types.ts';

/** Every Annex 5 section evaluated in both languages (also used by the deficiency finders). */
export function evaluateAnnex5(snapshot: Snapshot): SectionEvaluation[] {
  const type = snapshot.site.config.type;
  const documents = documentTexts(snapshot);
  return RESULT_LANGS.flatMap((lang) => {
    const pages = contentPages(snapshot, lang, 'desktop');
    return ANNEX5[type].sections.map((section) => {
      const lexicon = ANNEX5_LEXICON[type][section.id] ?? { section: [], items: {} };
      return evaluateSection(section, lexicon, pages, lang, { device: 'desktop', documents });
    });
  });
}

export const annex5Rule: Rule = {
  id: 'A5',
  run(snapshot: Snapshot): IndicatorResult[] {
    const type = snapshot.site.config.type;
    const evaluations = evaluateAnnex5(snapshot);
    const out: IndicatorResult[] = [];
    for (const section of ANNEX5[type].sections) {
      for (const lang of RESULT_LANGS) {
        const hasPages = snapshot.pages.some((p) => p.device === 'desktop' && p.lang === lang);
        const evaluation = evaluations.find((e) => e.section.id === section.id && e.lang === lang);
        if (!hasPages || !evaluation) {
          out.push(
            unscoredResult({
              id: `A5-${section.id}`,
              lang,
              device: 'desktop',
              max: section.points[lang],
              status: 'not-checked',
              evidence: [note(`No ${lang} page was crawled: the ${lang} version was not found or not reachable.`)],
              summary: `Not checked: no ${lang} pages`,
            }),
          );
          continue;
        }
        out.push(sectionResult(evaluation, 5));
      }
    }
    return out;
  },
};
