/**
 * Annex 6 (the mobile version): every section of the site's table (5 for OMO, 7 for ZhAO), in
 * Kazakh and in Russian, judged on what the phone shows — the phone crawl's pages and the section
 * pages the mobileSections probe opened on the phone. k = 0 (no mobile version) → not-checked
 * rows (M = 0, para 24).
 */
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { ANNEX6_LEXICON } from '../../lexicon/sections/annex6.ts';
import { contentPages } from '../contentDetection/contentPages.ts';
import { documentTexts } from '../contentDetection/documentTexts.ts';
import { evaluateSection, sectionResult, type SectionEvaluation } from '../contentDetection/evaluateSection.ts';
import { ANNEX6 } from '../methodology/annex6.ts';
import { RESULT_LANGS } from '../methodology/catalogue.ts';
import { mobileCoefficient } from '../mobile/mobileCoefficient.ts';
import { note, unscoredResult } from '../result.ts';
import type { IndicatorResult, Rule } from '../types.ts';

export function evaluateAnnex6(snapshot: Snapshot): SectionEvaluation[] {
  const type = snapshot.site.config.type;
  const documents = documentTexts(snapshot);
  return RESULT_LANGS.flatMap((lang) => {
    const pages = contentPages(snapshot, lang, 'mobile');
    return ANNEX6[type].sections.map((section) => {
      const lexicon = ANNEX6_LEXICON[type][section.id] ?? { section: [], items: {} };
      return evaluateSection(section, lexicon, pages, lang, { device: 'mobile', documents });
    });
  });
}

export const annex6Rule: Rule = {
  id: 'A6',
  run(snapshot: Snapshot): IndicatorResult[] {
    const type = snapshot.site.config.type;
    const { k } = mobileCoefficient(snapshot);
    const evaluations = k === 0 ? [] : evaluateAnnex6(snapshot);
    const out: IndicatorResult[] = [];
    for (const section of ANNEX6[type].sections) {
      for (const lang of RESULT_LANGS) {
        const hasPages = snapshot.pages.some((p) => p.device === 'mobile' && p.lang === lang);
        const evaluation = evaluations.find((e) => e.section.id === section.id && e.lang === lang);
        if (k === 0 || !hasPages || !evaluation) {
          out.push(
            unscoredResult({
              id: `A6-${section.id}`,
              lang,
              device: 'mobile',
              max: section.points[lang],
              status: 'not-checked',
              evidence: [
                note(
                  k === 0
                    ? 'No mobile version: M = 0, the sections are not evaluated (para 24).'
                    : `No ${lang} page was rendered on the phone (maxMobilePages 0 or the ${lang} version not found).`,
                ),
              ],
              summary: k === 0 ? 'Not checked: no mobile version: M = 0' : `Not checked: no ${lang} phone pages`,
            }),
          );
          continue;
        }
        out.push(sectionResult(evaluation, 6));
      }
    }
    return out;
  },
};
