/**
 * The shape of the Annex 5 and Annex 6 tables: sections the site must have, each with its
 * points per language version and the items expected in it.
 */
import type { LocalizedText } from './localizedText.ts';
import { round3, samePoints } from '../points.ts';

export interface SectionItem {
  /** '1', '2', … as numbered in the original ('3.1' for the parts of a memo). */
  id: string;
  title: LocalizedText;
  /** Marked "if any" (бар болса / при наличии): drops out where it does not apply. */
  ifAny: boolean;
  /** Marked * in the original: must be posted as machine-readable text, not a scanned image. */
  machineReadable: boolean;
}

export interface Section {
  /** '1.2' — results use 'A5-1.2' / 'A6-1.2'. */
  id: string;
  title: LocalizedText;
  /** Points for the section when its items are present, per language version. */
  points: { kk: number; ru: number };
  items: SectionItem[];
}

export interface SectionTable {
  title: LocalizedText;
  /** What each language column must sum to (50 for Annex 5, 25 for Annex 6). */
  totalPerLang: number;
  sections: Section[];
}

/** A deficiency type that costs 0.1 point each (the notes under the tables). */
export interface DeficiencyType {
  id: string;
  title: LocalizedText;
}

export function sectionItem(
  id: string,
  kk: string,
  ru: string,
  en: string,
  flags: { ifAny?: boolean; machineReadable?: boolean } = {},
): SectionItem {
  return { id, title: { kk, ru, en }, ifAny: flags.ifAny ?? false, machineReadable: flags.machineReadable ?? false };
}

/** Problems with a table: columns that do not sum to the total, duplicate section or item ids. */
export function sectionTableProblems(name: string, table: SectionTable): string[] {
  const problems: string[] = [];
  for (const lang of ['kk', 'ru'] as const) {
    const sum = round3(table.sections.reduce((s, section) => s + section.points[lang], 0));
    if (!samePoints(sum, table.totalPerLang)) problems.push(`${name}: the ${lang} column sums to ${sum}, not ${table.totalPerLang}`);
  }
  const ids = new Set<string>();
  for (const section of table.sections) {
    if (ids.has(section.id)) problems.push(`${name}: section ${section.id} appears twice`);
    ids.add(section.id);
    if (section.items.length === 0) problems.push(`${name}: section ${section.id} has no items`);
    const itemIds = new Set<string>();
    for (const it of section.items) {
      if (itemIds.has(it.id)) problems.push(`${name}: section ${section.id} item ${it.id} appears twice`);
      itemIds.add(it.id);
    }
  }
  return problems;
}
