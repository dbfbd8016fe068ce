/**
 * Every indicator row a report can carry, in methodology order, for one type of site: Annex 4
 * (site-level), then Annex 5 and Annex 6 (once per language version). Built from the tables; the
 * ids are the ones results use ('A4-2.2', 'A5-1.3', 'A6-1.1').
 */
import type { SiteType } from '../../crawler/snapshot/schema.ts';
import type { ResultDevice, ResultLang } from '../types.ts';
import type { LocalizedText } from './localizedText.ts';
import { ANNEX4, type IndicatorKind } from './annex4.ts';
import { ANNEX5 } from './annex5.ts';
import { ANNEX6 } from './annex6.ts';

export type AnnexNumber = 4 | 5 | 6;

export interface IndicatorDefinition {
  /** 'A4-2.2' */
  id: string;
  annex: AnnexNumber;
  /** The number inside its annex: '2.2'. */
  number: string;
  title: LocalizedText;
  kind: IndicatorKind;
  /** Null for Annex 4 (judged once for the site); kk and ru for Annex 5 and 6. */
  langs: readonly (ResultLang | null)[];
  device: ResultDevice | null;
  /** The maximum of one row (per language for Annex 5 and 6). */
  max: { kk: number; ru: number; site: number };
}

export const RESULT_LANGS: readonly ResultLang[] = ['kk', 'ru'];

export function annexIndicatorId(annex: AnnexNumber, number: string): string {
  return `A${annex}-${number}`;
}

export function indicatorCatalogue(type: SiteType): IndicatorDefinition[] {
  const annex4 = ANNEX4.map(
    (indicator): IndicatorDefinition => ({
      id: annexIndicatorId(4, indicator.id),
      annex: 4,
      number: indicator.id,
      title: indicator.title,
      kind: indicator.kind,
      langs: [null],
      device: null,
      max: { kk: 0, ru: 0, site: indicator.max },
    }),
  );
  const sections = (annex: 5 | 6) =>
    (annex === 5 ? ANNEX5 : ANNEX6)[type].sections.map(
      (section): IndicatorDefinition => ({
        id: annexIndicatorId(annex, section.id),
        annex,
        number: section.id,
        title: section.title,
        kind: 'heuristic',
        langs: RESULT_LANGS,
        device: annex === 5 ? 'desktop' : 'mobile',
        max: { kk: section.points.kk, ru: section.points.ru, site: 0 },
      }),
    );
  return [...annex4, ...sections(5), ...sections(6)];
}

/** The definition of an indicator id for this type of site, or undefined. */
export function findIndicator(id: string, type: SiteType): IndicatorDefinition | undefined {
  return indicatorCatalogue(type).find((definition) => definition.id === id);
}

/** The max of one result row: the Annex 4 maximum, or the section's points in that language. */
export function rowMax(definition: IndicatorDefinition, lang: ResultLang | null): number {
  return lang === null ? definition.max.site : definition.max[lang];
}
