import { describe, expect, it } from 'vitest';
import { runNavigationDepth } from '../../rules/annex4/navigationDepthRule.ts';
import { HOME, page, snapshot } from './snapshotBuilder.ts';

const summary = (lang: 'kk' | 'ru', histogram: Record<string, number>, unreachable: number) => ({
  lang,
  homeUrl: `${HOME}/${lang}`,
  histogram,
  unreachable,
  beyondMaxDepth: 0,
  total: Object.values(histogram).reduce((s, n) => s + n, 0) + unreachable,
});

describe('A4-2.2 navigation depth', () => {
  it('gives 0.3 at exactly 50 % of pages within 5 clicks (all languages together)', () => {
    const snap = snapshot({
      site: {
        depthSummary: [summary('kk', { '0': 1, '3': 4, '6': 5 }, 0), summary('ru', { '0': 1, '5': 4 }, 6)],
        depths: { [`${HOME}/kk/deep`]: 6, [`${HOME}/ru/orphan`]: null, [`${HOME}/kk`]: 0 },
      },
    });
    // within 5 clicks: kk 5 of 10, ru 5 of 11 (6 unreachable) → 10 / 21 < 50 %
    const [fail] = runNavigationDepth(snap);
    expect(fail?.points).toBe(0);

    const exact = snapshot({
      site: { depthSummary: [summary('kk', { '0': 1, '3': 4, '6': 5 }, 0), summary('ru', { '0': 1, '5': 4 }, 5)] },
    });
    const [result] = runNavigationDepth(exact);
    expect(result).toMatchObject({ id: 'A4-2.2', lang: null, device: null, max: 0.3, points: 0.3, status: 'pass', deductions: [] });
    expect(result?.evidence.find((e) => e.label.startsWith('Site: share'))?.value).toBe(0.5);
    expect(result?.evidence.some((e) => e.label.startsWith('kk: 5 of 10'))).toBe(true);
    expect(result?.evidence.some((e) => e.label.startsWith('ru: 5 of 10'))).toBe(true);
  });

  it('gives 0 below 50 %, counting unreachable pages in the denominator, and lists the deepest pages', () => {
    const depths: Record<string, number | null> = {};
    for (let i = 0; i < 12; i++) depths[`${HOME}/ru/p${i}`] = i < 4 ? 2 : i < 8 ? 7 + i : null;
    const snap = snapshot({ site: { depthSummary: [summary('ru', { '2': 4, '11': 1, '12': 1, '13': 1, '14': 2 }, 3)], depths } });
    const [result] = runNavigationDepth(snap);
    expect(result?.points).toBe(0);
    expect(result?.status).toBe('fail');
    expect(result?.deductions).toEqual([{ reason: expect.stringMatching(/Only 33.3 %/), points: 0.3 }]);
    const pages = result?.evidence.filter((e) => e.kind === 'page') ?? [];
    expect(pages).toHaveLength(8);
    expect(pages.slice(0, 4).every((e) => e.value === null)).toBe(true);
    expect(pages[4]?.value).toBe(14);
    expect(pages.every((e) => e.value === null || (typeof e.value === 'number' && e.value > 5))).toBe(true);
  });

  it('falls back to site.depths grouped by page language when there is no summary', () => {
    const snap = snapshot({
      site: { depths: { [`${HOME}/kk`]: 0, [`${HOME}/kk/a`]: 1, [`${HOME}/ru/b`]: 9, [`${HOME}/ru/c`]: null } },
      pages: [page({ url: `${HOME}/kk`, lang: 'kk' }), page({ url: `${HOME}/kk/a`, lang: 'kk' }), page({ url: `${HOME}/ru/b` }), page({ url: `${HOME}/ru/c` })],
    });
    const [result] = runNavigationDepth(snap);
    expect(result?.points).toBe(0.3);
    expect(result?.evidence.some((e) => e.label.startsWith('kk: 2 of 2'))).toBe(true);
    expect(result?.evidence.some((e) => e.label.startsWith('ru: 0 of 2'))).toBe(true);
  });

  it('is not checked when the crawl recorded no depths', () => {
    const [result] = runNavigationDepth(snapshot());
    expect(result).toMatchObject({ status: 'not-checked', points: 0, max: 0.3 });
  });

  it('counts pages found beyond --max-depth as deeper than 5 clicks', () => {
    const shallow = { ...summary('kk', { '0': 1, '1': 5 }, 0) };
    const pass = runNavigationDepth(snapshot({ site: { depthSummary: [shallow] } }));
    expect(pass[0]?.points).toBe(0.3);
    const fail = runNavigationDepth(snapshot({ site: { depthSummary: [{ ...shallow, beyondMaxDepth: 7 }] } }));
    expect(fail[0]?.points).toBe(0);
  });
});
