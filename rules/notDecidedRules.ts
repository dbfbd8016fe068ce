/**
 * Placeholder rules for the indicators this milestone does not decide yet: each gives a
 * 'not-checked' row with 0 points, so every indicator of the methodology appears in the results.
 */
import type { Snapshot } from '../crawler/snapshot/schema.ts';
import type { IndicatorResult, Rule } from './types.ts';
import { requireAnnex4 } from './methodology/annex4.ts';
import { ANNEX5 } from './methodology/annex5.ts';
import { ANNEX6 } from './methodology/annex6.ts';
import { RESULT_LANGS, annexIndicatorId } from './methodology/catalogue.ts';
import { mobileCoefficient } from './mobile/mobileCoefficient.ts';
import { note, unscoredResult } from './result.ts';

export const NOT_DECIDED = 'not decided yet';

/** A not-checked row for an Annex 4 indicator ('1.1'). */
export function notDecidedAnnex4Rule(number: string): Rule {
  const definition = requireAnnex4(number);
  const id = annexIndicatorId(4, number);
  return {
    id,
    run: () => [
      unscoredResult({
        id,
        max: definition.max,
        status: 'not-checked',
        evidence: [
          note(
            definition.kind === 'manual'
              ? `Not decided yet: this indicator needs a reviewer (${definition.kind}).`
              : `Not decided yet: the rule for this indicator (${definition.kind}) is not written.`,
          ),
        ],
        summary: `Not checked (${NOT_DECIDED})`,
      }),
    ],
  };
}

/** Not-checked rows for every Annex 5 section of the site's table, once per language (kk, ru). */
export const annex5NotDecidedRule: Rule = {
  id: 'A5',
  run(snapshot: Snapshot): IndicatorResult[] {
    const table = ANNEX5[snapshot.site.config.type];
    return table.sections.flatMap((section) =>
      RESULT_LANGS.map((lang) =>
        unscoredResult({
          id: annexIndicatorId(5, section.id),
          lang,
          device: 'desktop',
          max: section.points[lang],
          status: 'not-checked',
          evidence: [note(`Not decided yet: the ${section.items.length} items of this section are not looked for.`)],
          summary: `Not checked (${NOT_DECIDED})`,
        }),
      ),
    );
  },
};

/** Not-checked rows for every Annex 6 section of the site's table, once per language, judged on the phone. */
export const annex6NotDecidedRule: Rule = {
  id: 'A6',
  run(snapshot: Snapshot): IndicatorResult[] {
    const table = ANNEX6[snapshot.site.config.type];
    const { k } = mobileCoefficient(snapshot);
    return table.sections.flatMap((section) =>
      RESULT_LANGS.map((lang) =>
        unscoredResult({
          id: annexIndicatorId(6, section.id),
          lang,
          device: 'mobile',
          max: section.points[lang],
          status: 'not-checked',
          evidence:
            k === 0
              ? [note('No mobile version: M = 0, the sections are not evaluated (para 24).')]
              : [note(`Not decided yet: the ${section.items.length} items of this section are not looked for on the phone.`)],
          summary: k === 0 ? 'Not checked: no mobile version: M = 0' : `Not checked (${NOT_DECIDED})`,
        }),
      ),
    );
  },
};
