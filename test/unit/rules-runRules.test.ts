import { describe, expect, it } from 'vitest';
import type { SiteType } from '../../crawler/snapshot/schema.ts';
import { ANNEX4 } from '../../rules/methodology/annex4.ts';
import { ANNEX5 } from '../../rules/methodology/annex5.ts';
import { ANNEX6 } from '../../rules/methodology/annex6.ts';
import { allRules, DECIDED_ANNEX4_RULES, runRules } from '../../rules/runRules.ts';
import type { Rule } from '../../rules/types.ts';
import { mobileProbe, snapshot } from './snapshotBuilder.ts';

function snapFor(type: SiteType, kind: 'responsive' | 'none' = 'responsive') {
  const base = snapshot();
  return snapshot({ site: { config: { ...base.site.config, type }, mobile: [mobileProbe({ kind })] } });
}

describe('runRules', () => {
  for (const type of ['omo', 'zhao'] as const) {
    it(`gives every indicator once (A4) or once per language (A5, A6) for ${type}, in methodology order`, () => {
      const results = runRules(snapFor(type));
      const a4 = results.filter((r) => r.id.startsWith('A4-'));
      expect(a4.map((r) => r.id)).toEqual(ANNEX4.map((i) => `A4-${i.id}`));
      expect(a4.every((r) => r.lang === null && r.device === null)).toBe(true);
      const a5 = results.filter((r) => r.id.startsWith('A5-'));
      expect(a5.map((r) => `${r.id}/${r.lang}`)).toEqual(ANNEX5[type].sections.flatMap((s) => [`A5-${s.id}/kk`, `A5-${s.id}/ru`]));
      expect(a5.every((r) => r.device === 'desktop' && r.status === 'not-checked' && r.points === 0)).toBe(true);
      const a6 = results.filter((r) => r.id.startsWith('A6-'));
      expect(a6.map((r) => `${r.id}/${r.lang}`)).toEqual(ANNEX6[type].sections.flatMap((s) => [`A6-${s.id}/kk`, `A6-${s.id}/ru`]));
      expect(a6.every((r) => r.device === 'mobile')).toBe(true);
      expect(results).toHaveLength(a4.length + a5.length + a6.length);
      const keys = results.map((r) => `${r.id}/${r.lang}`);
      expect(new Set(keys).size).toBe(keys.length);
      // the maxima of the rows are the tables' points
      expect(a5.reduce((s, r) => s + r.max, 0)).toBe(100);
      expect(a6.reduce((s, r) => s + r.max, 0)).toBe(50);
    });
  }

  it('marks undecided Annex 4 indicators not checked with 0 points', () => {
    const results = runRules(snapFor('omo'));
    const decided = DECIDED_ANNEX4_RULES.map((r) => r.id);
    const undecided = results.filter((r) => r.id.startsWith('A4-') && !decided.includes(r.id));
    for (const result of undecided) {
      expect(result).toMatchObject({ points: 0 });
      expect(['not-checked', 'manual']).toContain(result.status);
    }
    // Every Annex 4 indicator has a row, decided or not.
    expect(results.filter((r) => r.id.startsWith('A4-')).length).toBe(25);
  });

  it('notes "no mobile version: M = 0" on Annex 6 rows when k = 0', () => {
    const a6 = runRules(snapFor('zhao', 'none')).filter((r) => r.id.startsWith('A6-'));
    expect(a6.every((r) => r.status === 'not-checked' && /no mobile version: M = 0/i.test(r.summary))).toBe(true);
  });

  it('turns a rule that throws into error rows', () => {
    const broken: Rule = { id: 'A4-2.5', run: () => { throw new Error('boom'); } };
    const rules = allRules().map((rule) => (rule.id === 'A4-2.5' ? broken : rule));
    const results = runRules(snapFor('omo'), rules);
    const row = results.find((r) => r.id === 'A4-2.5');
    expect(row).toMatchObject({ status: 'error', points: 0, max: 0.4 });
    expect(row?.summary).toMatch(/boom/);
    const brokenA5: Rule = { id: 'A5', run: () => { throw new Error('bad'); } };
    const withA5 = runRules(snapFor('omo'), allRules().map((rule) => (rule.id === 'A5' ? brokenA5 : rule)));
    expect(withA5.filter((r) => r.id.startsWith('A5-') && r.status === 'error')).toHaveLength(26);
  });
});
