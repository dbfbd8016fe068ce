import { describe, expect, it } from 'vitest';
import { ANNEX4, ANNEX4_GROUPS, ANNEX4_TOTAL, annex4TableProblems, requireAnnex4 } from '../../rules/methodology/annex4.ts';
import { ANNEX5, ANNEX5_DEFICIENCY_TYPES, annex5TableProblems } from '../../rules/methodology/annex5.ts';
import { ANNEX6, ANNEX6_DEFICIENCY_TYPES, annex6TableProblems } from '../../rules/methodology/annex6.ts';
import { CRITERION } from '../../rules/methodology/criterion.ts';
import { indicatorCatalogue } from '../../rules/methodology/catalogue.ts';
import { round3 } from '../../rules/points.ts';
import type { LocalizedText } from '../../rules/methodology/localizedText.ts';

const CYRILLIC = /[а-яәғқңөұүһі]/i;
const KAZAKH_LETTER = /[әғқңөұүһі]/i;

function expectTitle(title: LocalizedText) {
  expect(title.kk.trim()).not.toBe('');
  expect(title.ru.trim()).not.toBe('');
  expect(title.en.trim()).not.toBe('');
  expect(title.ru).toMatch(CYRILLIC);
}

describe('Annex 4 table', () => {
  it('has the 25 indicators 1.1 … 4.4 in order (1 + 12 + 8 + 4)', () => {
    expect(ANNEX4.map((i) => i.id)).toEqual([
      '1.1', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '2.10', '2.11', '2.12',
      '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '4.1', '4.2', '4.3', '4.4',
    ]);
    expect(ANNEX4).toHaveLength(25);
  });

  it('maxima sum to 10 and to the group points 1 + 6 + 1.6 + 1.4', () => {
    expect(round3(ANNEX4.reduce((s, i) => s + i.max, 0))).toBe(ANNEX4_TOTAL);
    expect(ANNEX4_TOTAL).toBe(10);
    expect(ANNEX4_GROUPS.map((g) => g.max)).toEqual([1, 6, 1.6, 1.4]);
    expect(annex4TableProblems()).toEqual([]);
  });

  it('carries titles in kk, ru, en with Kazakh text in kk', () => {
    for (const indicator of ANNEX4) expectTitle(indicator.title);
    for (const group of ANNEX4_GROUPS) expectTitle(group.title);
    expect(ANNEX4.filter((i) => KAZAKH_LETTER.test(i.title.kk)).length).toBeGreaterThan(20);
    expect(requireAnnex4('2.5').title.kk).toBe('Сайт картасының бар болуы');
  });

  it('keeps the deduction data beside each indicator', () => {
    const s23 = requireAnnex4('2.3').scoring;
    expect(s23).toMatchObject({ type: 'per-item', perItem: 0.15 });
    if (s23.type === 'per-item') {
      expect(s23.items).toHaveLength(4);
      for (const item of s23.items) expectTitle(item.title);
    }
    expect(requireAnnex4('2.5').scoring).toMatchObject({ type: 'per-occurrence', perOccurrence: 0.1, cap: 0.2 });
    expect(requireAnnex4('2.6').scoring).toMatchObject({ type: 'per-item', perItem: 0.25 });
    expect(requireAnnex4('2.7').scoring).toMatchObject({ type: 'per-item', perItem: 0.25 });
    for (const id of ['2.8', '2.9', '2.10']) expect(requireAnnex4(id).scoring).toMatchObject({ type: 'per-item', perItem: 0.2 });
    const s21 = requireAnnex4('2.1').scoring;
    expect(s21).toMatchObject({ type: 'per-item', perItem: 0.03 });
    if (s21.type === 'per-item') expect(s21.items).toHaveLength(8);
    const s42 = requireAnnex4('4.2').scoring;
    expect(s42).toMatchObject({ type: 'per-item', perItem: 0.15 });
    if (s42.type === 'per-item') expect(s42.items.map((i) => i.id)).toEqual(['news', 'announcements', 'procurement']);
    const s44 = requireAnnex4('4.4').scoring;
    expect(s44.type === 'levels' && s44.levels.map((l) => l.points)).toEqual([0.5, 0.25, 0]);
    const s11 = requireAnnex4('1.1').scoring;
    expect(s11.type === 'rank-steps' && s11.steps.map((s) => s.points)).toEqual([1, 0.5, 0]);
    expect(requireAnnex4('2.2').scoring).toEqual({ type: 'share-threshold', maxClicks: 5, minShare: 0.5 });
    expect(requireAnnex4('1.1').kind).toBe('manual');
  });
});

describe('Annex 5 tables', () => {
  it('OMO has 13 sections and ZhAO 15, each column summing to 50', () => {
    expect(ANNEX5.omo.sections.map((s) => s.id)).toEqual(Array.from({ length: 13 }, (_, i) => `1.${i + 1}`));
    expect(ANNEX5.zhao.sections.map((s) => s.id)).toEqual(Array.from({ length: 15 }, (_, i) => `1.${i + 1}`));
    for (const table of [ANNEX5.omo, ANNEX5.zhao]) {
      expect(round3(table.sections.reduce((s, x) => s + x.points.kk, 0))).toBe(50);
      expect(round3(table.sections.reduce((s, x) => s + x.points.ru, 0))).toBe(50);
    }
    expect(annex5TableProblems()).toEqual([]);
  });

  it('keeps the points of the original', () => {
    expect(ANNEX5.omo.sections.map((s) => s.points.kk)).toEqual([1, 3.5, 3, 3, 6, 3, 2, 7, 6, 2, 7, 4.5, 2]);
    expect(ANNEX5.zhao.sections.map((s) => s.points.kk)).toEqual([1, 3.5, 3, 1, 6, 3, 2, 5, 8, 2, 3.5, 3, 4, 3, 2]);
  });

  it('marks machine-readable (*) and "if any" items', () => {
    const omo = (id: string) => ANNEX5.omo.sections.find((s) => s.id === id)!;
    expect(omo('1.4').items.filter((i) => i.machineReadable).map((i) => i.id)).toEqual(['1', '2']);
    expect(omo('1.8').items.filter((i) => i.machineReadable).map((i) => i.id)).toEqual(['4', '5', '7']);
    expect(omo('1.2').items.find((i) => i.id === '6')?.ifAny).toBe(true);
    const zhao = (id: string) => ANNEX5.zhao.sections.find((s) => s.id === id)!;
    expect(zhao('1.6').items.every((i) => i.machineReadable)).toBe(true);
    expect(zhao('1.2').items.find((i) => i.id === '7')?.ifAny).toBe(true);
    for (const table of [ANNEX5.omo, ANNEX5.zhao]) {
      for (const section of table.sections) {
        expectTitle(section.title);
        for (const item of section.items) expectTitle(item.title);
      }
    }
  });

  it('lists the five deficiency types', () => {
    expect(ANNEX5_DEFICIENCY_TYPES).toHaveLength(5);
  });
});

describe('Annex 6 tables', () => {
  it('OMO has 5 sections and ZhAO 7, each column summing to 25', () => {
    expect(ANNEX6.omo.sections).toHaveLength(5);
    expect(ANNEX6.zhao.sections).toHaveLength(7);
    expect(ANNEX6.omo.sections.map((s) => s.points.kk)).toEqual([5, 10, 3, 5, 2]);
    expect(ANNEX6.zhao.sections.map((s) => s.points.ru)).toEqual([5, 2, 10, 3, 3, 1, 1]);
    expect(annex6TableProblems()).toEqual([]);
    expect(ANNEX6_DEFICIENCY_TYPES).toHaveLength(3);
    for (const table of [ANNEX6.omo, ANNEX6.zhao]) for (const section of table.sections) expectTitle(section.title);
  });
});

describe('criterion constants', () => {
  it('match METHODOLOGY.md §1', () => {
    expect(CRITERION.accessibility).toMatchObject({ annexTotal: 10, max: 5 });
    expect(CRITERION.completeness).toMatchObject({ annexTotal: 100, max: 10 });
    expect(CRITERION.mobile).toMatchObject({ annexTotal: 50, max: 5 });
    expect(CRITERION.deficiency).toEqual({ points: 0.1, capShare: 0.5 });
    expect(CRITERION.linkPenalty).toBe(1);
    expect(CRITERION.mobileCoefficient).toEqual({ automatic: 5, link: 3, none: 0 });
    expect(CRITERION.accessibility.max + CRITERION.completeness.max + CRITERION.mobile.max).toBe(CRITERION.total);
  });

  it('the catalogue lists 25 + 13 + 5 indicators for OMO and 25 + 15 + 7 for ZhAO', () => {
    expect(indicatorCatalogue('omo')).toHaveLength(43);
    expect(indicatorCatalogue('zhao')).toHaveLength(47);
  });
});
