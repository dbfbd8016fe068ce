/** The verdicts file: its zod schema rejects bad files with clear messages; verdicts replace points and re-scoring follows the formula. */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../reports/buildReport.ts';
import { rescoreReport } from '../../reports/rescoreReport.ts';
import { ReportSchema, type Report } from '../../reports/reportSchema.ts';
import { scoreSnapshot } from '../../rules/scoreSnapshot.ts';
import { applyVerdicts, parseVerdictsFile, VerdictsError, type VerdictsFile } from '../../rules/verdicts.ts';
import { ordinarySnapshot } from '../e2e/reportInputs.ts';

function report(): Report {
  const snap = ordinarySnapshot();
  const { results, scores, mobile, deficiencies } = scoreSnapshot(snap);
  return buildReport(snap, results, scores, { mobile, deficiencies });
}

function file(r: Report, verdicts: unknown[]): VerdictsFile {
  return parseVerdictsFile(JSON.stringify({ format: 'tekser-verdicts', version: 1, report: { url: r.site.url, auditedAt: r.auditedAt }, verdicts }));
}

const ok = { reason: 'checked by hand', reviewer: 'Aigerim', decidedAt: '2025-12-21T09:00:00.000Z' };

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(VerdictsError);
    return (err as Error).message;
  }
  throw new Error('expected a VerdictsError');
}

describe('verdicts file schema', () => {
  it('accepts a valid file with points and with pass/fail', () => {
    const r = report();
    const f = file(r, [{ id: 'A4-1.1', lang: null, points: 0.5, ...ok }, { id: 'A5-1.1', lang: 'kk', outcome: 'pass', ...ok }]);
    expect(f.verdicts).toHaveLength(2);
  });

  it('rejects bad files, naming the place and the problem', () => {
    expect(errorOf(() => parseVerdictsFile('{ not json'))).toMatch(/not valid JSON/);
    const text = (o: unknown) => JSON.stringify(o);
    const msg = errorOf(() =>
      parseVerdictsFile(
        text({
          format: 'tekser-verdicts',
          version: 2,
          report: { url: 'x', auditedAt: 'y' },
          verdicts: [
            { id: 'B4-1', lang: null, points: 1, ...ok },
            { id: 'A4-1.1', lang: null, points: 1, outcome: 'pass', ...ok },
            { id: 'A4-2.2', lang: null, points: -1, reason: ' ', reviewer: '', decidedAt: 'yesterday' },
            { id: 'A4-2.3', lang: 'en', outcome: 'maybe', ...ok },
          ],
        }),
        'v.json',
      ),
    );
    expect(msg).toMatch(/^v\.json is not a valid verdicts file/);
    expect(msg).toContain('version: this tekser reads verdicts files of version 1');
    expect(msg).toContain('verdicts[0].id: must be an indicator id');
    expect(msg).toContain('verdicts[1]: give either "points" or "outcome"');
    expect(msg).toContain('verdicts[2].points: must be 0 or more');
    expect(msg).toContain('verdicts[2].reason: a verdict needs a reason');
    expect(msg).toContain("verdicts[2].reviewer: a verdict needs the reviewer's name");
    expect(msg).toContain('verdicts[2].decidedAt: must be a date-time');
    expect(msg).toMatch(/verdicts\[3\]\.lang/);
    expect(msg).toMatch(/verdicts\[3\]\.outcome/);
    expect(errorOf(() => parseVerdictsFile(text({ format: 'other', version: 1, report: { url: '', auditedAt: '' }, verdicts: [] })))).toContain('format: must be "tekser-verdicts"');
    const dup = errorOf(() => parseVerdictsFile(text({ format: 'tekser-verdicts', version: 1, report: { url: '', auditedAt: '' }, verdicts: [{ id: 'A4-1.1', lang: null, points: 1, ...ok }, { id: 'A4-1.1', lang: null, points: 0, ...ok }] })));
    expect(dup).toContain('verdicts[1]: a second verdict for A4-1.1');
  });

  it('rejects verdicts that do not fit the report: unknown rows, wrong language, points above max', () => {
    const r = report();
    const msg = errorOf(() =>
      applyVerdicts(r.indicators, file(r, [
        { id: 'A4-9.9', lang: null, points: 0, ...ok },
        { id: 'A4-1.1', lang: 'kk', points: 0, ...ok },
        { id: 'A4-1.1', lang: null, points: 7, ...ok },
      ]).verdicts),
    );
    expect(msg).toContain('A4-9.9: no such indicator in the report');
    expect(msg).toContain('A4-1.1 (kk): the report has this indicator only with lang null');
    expect(msg).toContain('A4-1.1: 7 points is more than the indicator\'s max of 1');
  });
});

describe('rescoreReport', () => {
  it('replaces points, keeps what the tool found, and recomputes A with the formula', () => {
    const r = report();
    const row = r.indicators.find((i) => i.id === 'A4-1.1')!;
    const out = rescoreReport(r, file(r, [{ id: 'A4-1.1', lang: null, outcome: 'pass', ...ok }]), { now: new Date('2025-12-22T00:00:00Z') });
    expect(() => ReportSchema.parse(JSON.parse(JSON.stringify(out)))).not.toThrow();
    expect(out.indicators.find((i) => i.id === 'A4-1.1')).toMatchObject({
      points: 1,
      status: 'pass',
      verdict: { points: 1, status: 'pass', reviewer: 'Aigerim', reason: 'checked by hand', tool: { points: row.points, status: row.status } },
    });
    expect(out.scores.accessibility).toBeCloseTo(r.scores.accessibility + ((1 - row.points) / 10) * 5, 3);
    expect(out.scores.total).toBeCloseTo(out.scores.accessibility + out.scores.completeness + out.scores.mobile, 3);
    expect(out.review).toEqual({ rescoredAt: '2025-12-22T00:00:00.000Z', verdicts: 1, reviewers: ['Aigerim'] });
    // A second re-scoring keeps the first verdict and remembers what the tool (not the first reviewer) found.
    const again = rescoreReport(out, file(out, [{ id: 'A4-1.1', lang: null, outcome: 'fail', ...ok, reviewer: 'Bolat' }, { id: 'A4-2.7', lang: null, points: 0.5, ...ok }]));
    expect(again.indicators.find((i) => i.id === 'A4-1.1')?.verdict).toMatchObject({ points: 0, reviewer: 'Bolat', tool: { points: row.points, status: row.status } });
    expect(again.review?.reviewers).toEqual(['Aigerim', 'Bolat']);
  });

  it('recomputes C with the deficiencies and their 50 % cap, and M with k and the link penalty', () => {
    const r = report();
    const withDeficiencies: Report = { ...r, deficiencies: [1, 2, 3].map((n) => ({ indicator: 'C' as const, reason: `gap ${n}` })) };
    const sections = r.indicators.filter((i) => i.id.startsWith('A5-') && i.lang === 'kk').slice(0, 2);
    const verdicts = sections.map((s) => ({ id: s.id, lang: 'kk', outcome: 'pass', ...ok }));
    const out = rescoreReport(withDeficiencies, file(r, verdicts));
    const kk = sections.reduce((sum, s) => sum + s.max, 0);
    const others = r.indicators.filter((i) => i.id.startsWith('A5-') && !sections.includes(i)).reduce((sum, i) => sum + i.points, 0);
    const weighted = ((kk + others) / 100) * 10;
    expect(out.formula.completeness.weighted).toBeCloseTo(weighted, 3);
    expect(out.formula.completeness.deficiencies).toMatchObject({ count: 3, requested: 0.3 });
    expect(out.scores.completeness).toBeCloseTo(weighted - Math.min(0.3, weighted / 2), 3);
    // k = 5 and the link penalty stay those of the audit.
    const mobileRows = r.indicators.filter((i) => i.id.startsWith('A6-') && i.lang === 'ru');
    const m = rescoreReport({ ...r, scores: { ...r.scores, linkPenalty: 1 } }, file(r, mobileRows.map((s) => ({ id: s.id, lang: 'ru', outcome: 'pass', ...ok }))));
    const ruSum = mobileRows.reduce((s, i) => s + i.max, 0);
    const kkSum = r.indicators.filter((i) => i.id.startsWith('A6-') && i.lang === 'kk').reduce((s, i) => s + i.points, 0);
    expect(m.formula.mobile).toMatchObject({ k: r.scores.mobileCoefficient, linkPenalty: 1 });
    expect(m.scores.mobile).toBeCloseTo(Math.max(0, ((ruSum + kkSum) / 50) * r.scores.mobileCoefficient - 1), 3);
  });

  it('refuses verdicts made on another audit unless allowed', () => {
    const r = report();
    const f = { ...file(r, []), report: { url: r.site.url, auditedAt: '2020-01-01T00:00:00Z' } };
    expect(errorOf(() => rescoreReport(r, f))).toContain('the verdicts were made on the audit of');
    expect(rescoreReport(r, f, { allowOtherAudit: true }).scores.total).toBe(r.scores.total);
  });
});
