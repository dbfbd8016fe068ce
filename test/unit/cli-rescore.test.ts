/** `tekser rescore` and the report flags, in process: verdicts applied, formats and language chosen, exit 3 under the gate, exit 2 with a clear message for bad input. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main.ts';
import { ReportSchema } from '../../reports/reportSchema.ts';
import { generateReport, ordinarySnapshot, removeGeneratedReports, type GeneratedReport } from '../e2e/reportInputs.ts';

let out = '';
let err = '';
beforeEach(() => {
  process.exitCode = undefined;
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out += String(chunk); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { err += String(chunk); return true; });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

afterAll(() => removeGeneratedReports());

function verdicts(g: GeneratedReport, list: unknown[]): string {
  const path = join(g.dir, `verdicts-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify({ format: 'tekser-verdicts', version: 1, report: { url: g.report.site.url, auditedAt: g.report.auditedAt }, verdicts: list }));
  return path;
}

const v = { id: 'A4-1.1', lang: null, outcome: 'pass', reason: 'rank 2 in all engines', reviewer: 'Aigerim', decidedAt: '2025-12-21T09:00:00Z' };

describe('tekser rescore', () => {
  it('applies verdicts, writes the chosen formats in the chosen language, and prints the change', async () => {
    const g = await generateReport(ordinarySnapshot());
    const target = join(g.dir, 'rescored');
    const code = await main(['rescore', join(g.dir, 'report.json'), '--verdicts', verdicts(g, [v]), '--out', target, '--format', 'json,csv', '--report-lang', 'en']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const after = ReportSchema.parse(JSON.parse(readFileSync(join(target, 'report.json'), 'utf8')));
    const row = g.report.indicators.find((i) => i.id === 'A4-1.1')!;
    expect(after.scores.total).toBeCloseTo(g.report.scores.total + ((1 - row.points) / 10) * 5, 3);
    expect(readFileSync(join(target, 'report.csv'), 'utf8')).toMatch(/^\uFEFFId,Title/);
    expect(existsSync(join(target, 'report.html'))).toBe(false);
    expect(out).toContain(`Total ${g.report.scores.total} → ${after.scores.total}`);
  });

  it('exits 3 when a score is below --fail-under, having written the reports', async () => {
    const g = await generateReport(ordinarySnapshot());
    const code = await main(['rescore', join(g.dir, 'report.json'), '--verdicts', verdicts(g, []), '--fail-under', '19.5', '--fail-under-mobile', '0']);
    expect(code).toBe(3);
    expect(err).toContain(`score gate failed: total ${g.report.scores.total} is below 19.5`);
    expect(err).not.toContain('mobile');
    expect(existsSync(join(g.dir, 'report-conclusion.html'))).toBe(true);
  });

  it('exits 2 with the problems listed for a bad verdicts file, and for bad flags', async () => {
    const g = await generateReport(ordinarySnapshot());
    const bad = verdicts(g, [{ ...v, reason: '' }, { ...v, id: 'A4-1.1', lang: 'kk' }]);
    expect(await main(['rescore', join(g.dir, 'report.json'), '--verdicts', bad])).toBe(2);
    expect(err).toContain('verdicts[0].reason: a verdict needs a reason');
    expect(err).not.toMatch(/\n\s+at /);
    err = '';
    const unfit = verdicts(g, [{ ...v, points: 3, outcome: undefined }]);
    expect(await main(['rescore', join(g.dir, 'report.json'), '--verdicts', unfit])).toBe(2);
    expect(err).toContain("A4-1.1: 3 points is more than the indicator's max of 1");
    expect(await main(['rescore', join(g.dir, 'report.json'), '--verdicts', unfit, '--format', 'pdf'])).toBe(2);
    expect(err).toContain('--format takes a comma-separated list of json, html, xlsx, csv; got "pdf"');
    expect(await main(['rescore', join(g.dir, 'nope.json'), '--verdicts', unfit])).toBe(2);
    expect(err).toContain('nope.json: no such file');
    expect(await main(['rescore', join(g.dir, 'report.json'), '--verdicts', unfit, '--fail-under', '25'])).toBe(2);
    expect(err).toContain('--fail-under takes a score from 0 to 20, got "25"');
  });

  it('tekser audit offers the report flags', async () => {
    expect(await main(['audit', '--help'])).toBe(0);
    for (const flag of ['--format <list>', '--report-lang <lang>', '--period <name>', '--fail-under <total>', '--fail-under-accessibility', '--fail-under-completeness', '--fail-under-mobile', '--max-pages']) expect(out).toContain(flag);
  });
});
