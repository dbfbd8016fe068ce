import { describe, expect, it } from 'vitest';
import { applyDeductions, round3, samePoints, statusFromPoints } from '../../rules/points.ts';

describe('round3', () => {
  it('rounds to 0.001 without float noise', () => {
    expect(round3(0.1 + 0.2)).toBe(0.3);
    expect(round3(0.4 - 0.1 * 3)).toBe(0.1);
    expect(round3(1.0005)).toBe(1.001);
    expect(round3(-0.0001)).toBe(0);
    expect(samePoints(0.1 * 3, 0.3)).toBe(true);
  });
});

describe('applyDeductions', () => {
  const d = (points: number, reason = 'x') => ({ reason, points });

  it('takes max minus the deductions', () => {
    const out = applyDeductions(1, [d(0.25), d(0.25)]);
    expect(out.points).toBe(0.5);
    expect(out.limited).toBe(false);
  });

  it('applies the cap and keeps the sum of deductions equal to max − points', () => {
    const out = applyDeductions(0.4, [d(0.1), d(0.1), d(0.1)], 0.2);
    expect(out.points).toBe(0.2);
    expect(out.deductions.map((x) => x.points)).toEqual([0.1, 0.1, 0]);
    expect(out.deductions[2]?.reason).toMatch(/cap of 0.2/);
    expect(out.requested).toBe(0.3);
    expect(out.limited).toBe(true);
  });

  it('floors at 0', () => {
    const out = applyDeductions(0.3, [d(0.15), d(0.15), d(0.15)]);
    expect(out.points).toBe(0);
    expect(round3(out.deductions.reduce((s, x) => s + x.points, 0))).toBe(0.3);
    expect(out.deductions[2]?.reason).toMatch(/below 0/);
  });

  it('with no deductions gives the maximum', () => {
    expect(applyDeductions(0.45, []).points).toBe(0.45);
  });
});

describe('statusFromPoints', () => {
  it('is pass at max, fail at 0, partial between', () => {
    expect(statusFromPoints(0.3, 0.3)).toBe('pass');
    expect(statusFromPoints(0, 0.3)).toBe('fail');
    expect(statusFromPoints(0.15, 0.3)).toBe('partial');
  });
});
