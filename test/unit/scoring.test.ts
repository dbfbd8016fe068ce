import { describe, expect, it } from 'vitest';
import { score, type Deficiency } from '../../rules/scoring.ts';
import type { IndicatorResult } from '../../rules/types.ts';

function row(id: string, points: number, lang: 'kk' | 'ru' | null = null, max = points): IndicatorResult {
  return {
    id,
    lang,
    device: id.startsWith('A6') ? 'mobile' : id.startsWith('A5') ? 'desktop' : null,
    max,
    points,
    status: 'pass',
    deductions: [],
    evidence: [],
    summary: '',
  };
}

const deficiencies = (indicator: 'C' | 'M', n: number): Deficiency[] => Array.from({ length: n }, (_, i) => ({ indicator, reason: `d${i}` }));

describe('score', () => {
  const full = [
    row('A4-1.1', 1),
    row('A4-2.2', 0.3),
    row('A4-2.5', 0.2, null, 0.4),
    row('A5-1.1', 1, 'kk'),
    row('A5-1.1', 0.5, 'ru', 1),
    row('A5-1.2', 3.5, 'kk'),
    row('A6-1.1', 5, 'kk'),
    row('A6-1.1', 2.5, 'ru', 5),
  ];

  it('applies A = sum/10×5, C = (kk+ru)/100×10, M = (kk+ru)/50×k', () => {
    const s = score(full, { k: 5, linkPenalty: 0 });
    expect(s.accessibility).toBe(0.75); // 1.5 / 10 × 5
    expect(s.completeness).toBe(0.5); // (4.5 + 0.5) / 100 × 10
    expect(s.mobile).toBe(0.75); // 7.5 / 50 × 5
    expect(s.total).toBe(2);
    expect(s.formula.completeness.sums).toEqual({ kk: 4.5, ru: 0.5, sum: 5 });
    expect(s.formula.mobile.sums).toEqual({ kk: 5, ru: 2.5, sum: 7.5 });
    expect(s.formula.accessibility.annexSum).toBe(1.5);
    expect(s.formula.text).toContain('A = 1.5 / 10 × 5 = 0.75');
    expect(score(full, { k: 3, linkPenalty: 0 }).mobile).toBe(0.45);
  });

  it('gives the maxima 5 / 10 / 5 = 20 for full tables', () => {
    const rows = [row('A4-x.1', 10), row('A5-1.1', 50, 'kk'), row('A5-1.1', 50, 'ru'), row('A6-1.1', 25, 'kk'), row('A6-1.1', 25, 'ru')];
    expect(score(rows, { k: 5, linkPenalty: 0 })).toMatchObject({ accessibility: 5, completeness: 10, mobile: 5, total: 20 });
  });

  it('takes 0.1 per deficiency from C, capped at exactly 50 % of its value', () => {
    // C before deductions: (5 + 5) / 100 × 10 = 1 → cap 0.5
    const rows = [row('A5-1.1', 5, 'kk'), row('A5-1.1', 5, 'ru')];
    const three = score(rows, { k: 0, linkPenalty: 0, deficiencies: deficiencies('C', 3) });
    expect(three.completeness).toBe(0.7);
    expect(three.formula.completeness.deficiencies).toMatchObject({ count: 3, requested: 0.3, cap: 0.5, applied: 0.3, capped: false });
    const five = score(rows, { k: 0, linkPenalty: 0, deficiencies: deficiencies('C', 5) });
    expect(five.completeness).toBe(0.5);
    expect(five.formula.completeness.deficiencies).toMatchObject({ applied: 0.5, capped: false });
    const nine = score(rows, { k: 0, linkPenalty: 0, deficiencies: deficiencies('C', 9) });
    expect(nine.completeness).toBe(0.5);
    expect(nine.formula.completeness.deficiencies).toMatchObject({ requested: 0.9, applied: 0.5, capped: true });
  });

  it('takes deficiencies and the link penalty from M, deficiencies capped at 50 %, floored at 0', () => {
    const rows = [row('A6-1.1', 25, 'kk'), row('A6-1.1', 25, 'ru')];
    // M before deductions: 50/50 × 5 = 5; cap 2.5
    expect(score(rows, { k: 5, linkPenalty: 0, deficiencies: deficiencies('M', 4) }).mobile).toBe(4.6);
    const capped = score(rows, { k: 5, linkPenalty: 1, deficiencies: deficiencies('M', 40) });
    expect(capped.mobile).toBe(1.5); // 5 − 2.5 − 1
    expect(capped.formula.mobile.deficiencies).toMatchObject({ requested: 4, cap: 2.5, applied: 2.5, capped: true });
    expect(capped.linkPenalty).toBe(1);
    // small M: 5/50 × 3 = 0.3; cap 0.15; 0.3 − 0.15 − 1 < 0 → 0
    const small = score([row('A6-1.1', 5, 'kk')], { k: 3, linkPenalty: 1, deficiencies: deficiencies('M', 2) });
    expect(small.mobile).toBe(0);
    expect(small.formula.mobile.flooredAtZero).toBe(true);
    // C deficiencies do not touch M
    expect(score(rows, { k: 5, linkPenalty: 0, deficiencies: deficiencies('C', 3) }).mobile).toBe(5);
  });

  it('gives M = 0 when k = 0, whatever the sections and the penalty', () => {
    const rows = [row('A6-1.1', 25, 'kk'), row('A6-1.1', 25, 'ru')];
    const s = score(rows, { k: 0, linkPenalty: 1 });
    expect(s.mobile).toBe(0);
    expect(s.mobileCoefficient).toBe(0);
    expect(s.formula.text).toContain('M = 0 (k = 0');
  });

  it('rounds to 3 decimals', () => {
    const rows = [row('A4-2.1', 0.25 - 0.03 * 3), row('A4-2.3', 0.45 - 0.15)];
    const s = score(rows, { k: 0, linkPenalty: 0 });
    expect(s.accessibility).toBe(0.23); // (0.16 + 0.3) / 10 × 5
  });
});
