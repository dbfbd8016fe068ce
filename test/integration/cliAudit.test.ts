/**
 * `tekser audit` end to end as a user runs it: a subprocess against fixture sites, report.json
 * validated by its schema, the indicators decided so far asserted both ways, and clear errors
 * (non-zero exit, no stack trace) for a site that is down or broken and for wrong flags.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../reports/reportSchema.ts';
import { startFixtureSite, type FixtureOptions, type FixtureSite } from '../fixtures/index.ts';
import { resolveArgs, runCli, startUrlOf, tempDir } from './fixtureAudit.ts';

const sites: FixtureSite[] = [];
afterEach(async () => {
  await Promise.all(sites.splice(0).map((s) => s.close()));
});

async function audit(options: FixtureOptions, extra: string[] = []): Promise<{ report: Report; out: string; stdout: string; site: FixtureSite }> {
  const site = await startFixtureSite(options);
  sites.push(site);
  const out = tempDir();
  const run = await runCli(['audit', startUrlOf(site, options.style), '--type', options.style === 'classic' ? 'zhao' : 'omo', '--out', out, '--quiet', '--no-screenshots', '--probes', 'none', ...resolveArgs(site), ...extra]);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(run.code, run.stderr).toBe(0);
  const report = ReportSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
  return { report, out, stdout: run.stdout, site };
}

const row = (r: Report, id: string) => r.indicators.find((i) => i.id === id)!;

describe('tekser audit', () => {
  it('scores a healthy akimat site: 2.2, 2.5, 2.12, 4.2 pass and k = 5', async () => {
    const { report, out, stdout } = await audit({ style: 'classic' }, ['--max-pages-en', '10']);
    for (const id of ['A4-2.2', 'A4-2.5', 'A4-2.12', 'A4-4.2']) expect(row(report, id), id).toMatchObject({ status: 'pass' });
    expect(report.scores.mobileCoefficient).toBe(5);
    const annex4 = report.indicators.filter((i) => i.id.startsWith('A4-')).reduce((s, i) => s + i.points, 0);
    expect(report.scores.accessibility).toBeCloseTo((annex4 / 10) * 5, 3);
    // Every Annex 4 indicator once, Annex 5 (ZhAO: 15) and 6 (ZhAO: 7) once per language.
    expect(report.indicators.filter((i) => i.id.startsWith('A4-')).length).toBe(25);
    expect(report.indicators.filter((i) => i.id.startsWith('A5-')).length).toBe(30);
    expect(report.indicators.filter((i) => i.id.startsWith('A6-')).length).toBe(14);
    // C and M end to end: the Annex 5 and 6 rows per language, through the formulas.
    const sum = (annex: string, lang: 'kk' | 'ru') => report.indicators.filter((i) => i.id.startsWith(annex) && i.lang === lang).reduce((s, i) => s + i.points, 0);
    const c = report.formula.completeness;
    expect(c.sums.kk).toBeCloseTo(sum('A5-', 'kk'), 3);
    expect(c.sums.ru).toBeCloseTo(sum('A5-', 'ru'), 3);
    expect(report.scores.completeness).toBeCloseTo(((c.sums.kk + c.sums.ru) / 100) * 10 - c.deficiencies.applied, 3);
    expect(report.scores.completeness).toBeGreaterThan(5);
    const m = report.formula.mobile;
    expect(m.sums.kk).toBeCloseTo(sum('A6-', 'kk'), 3);
    expect(report.scores.mobile).toBeCloseTo(Math.max(0, ((m.sums.kk + m.sums.ru) / 50) * 5 - m.deficiencies.applied - m.linkPenalty), 3);
    expect(report.scores.mobile).toBeGreaterThan(2);
    expect(report.scores.total).toBeCloseTo(report.scores.accessibility + report.scores.completeness + report.scores.mobile, 3);
    expect(stdout).toMatch(/Total\s+[\d.]+ \/ 20/);
    expect(stdout).toContain('report.json');
    expect(existsSync(join(out, 'snapshot', 'pages.jsonl'))).toBe(true);
  }, 180_000);

  it('withholds the points of a defective site', async () => {
    const { report } = await audit({ style: 'classic', defects: { splash: true, noSitemapPage: true, noProcurementFeed: true, russianUnderKk: true, staleContent: true } }, ['--max-mobile-pages', '0', '--max-pages-en', '5']);
    // Russian text under the Kazakh interface does not count for kk; stale news is a deficiency of C in both languages.
    const symbols = (lang: 'kk' | 'ru') => report.indicators.find((i) => i.id === 'A5-1.1' && i.lang === lang)!;
    expect(symbols('kk').points).toBeLessThan(symbols('ru').points);
    expect(report.deficiencies.filter((d) => d.indicator === 'C' && d.type === 'not-updated').map((d) => d.lang).sort()).toEqual(['kk', 'ru']);
    expect(row(report, 'A4-2.12')).toMatchObject({ status: 'fail', points: 0 });
    expect(row(report, 'A4-2.5')).toMatchObject({ status: 'fail', points: 0 });
    expect(row(report, 'A4-4.2')).toMatchObject({ points: 0.15 });
  }, 180_000);

  it('fails 2.2 when most pages are deeper than 5 clicks', async () => {
    const { report } = await audit({ style: 'classic', defects: { deepSite: true } }, ['--lang', 'kk', '--max-pages-en', '0', '--max-mobile-pages', '0']);
    expect(row(report, 'A4-2.2')).toMatchObject({ status: 'fail', points: 0 });
  }, 180_000);

  it('takes 0.1 per broken site-map link, at most 0.2', async () => {
    const { report } = await audit({ style: 'classic', defects: { brokenSitemapLinks: 3 } }, ['--max-mobile-pages', '0', '--max-pages', '30', '--max-pages-en', '0']);
    expect(row(report, 'A4-2.5')).toMatchObject({ points: 0.2 });
  }, 180_000);

  it('audits the unified platform (OMO tables)', async () => {
    const { report } = await audit({ style: 'unified' }, ['--max-mobile-pages', '0', '--max-pages', '30', '--max-pages-en', '5']);
    expect(report.site.platform).toBe('unified');
    expect(report.indicators.filter((i) => i.id.startsWith('A5-')).length).toBe(26);
    expect(row(report, 'A4-2.2')).toMatchObject({ status: 'pass' });
  }, 180_000);
});

describe('tekser audit on bad input', () => {
  it('says clearly that a site is down', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const run = await runCli(['audit', `http://www.example-akimat.kz:${port}/`, '--type', 'zhao', '--out', tempDir(), '--resolve', `www.example-akimat.kz:${port}:127.0.0.1`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Cannot reach http:\/\/www\.example-akimat\.kz:\d+/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('says clearly that the home page answers 500', async () => {
    const site = await startFixtureSite({ style: 'classic', defects: { home500: true } });
    sites.push(site);
    const run = await runCli(['audit', startUrlOf(site, 'classic'), '--type', 'zhao', '--out', tempDir(), ...resolveArgs(site)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/home page .* could not be opened: HTTP 500/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('rejects wrong flags with a message', async () => {
    const noType = await runCli(['audit', 'http://127.0.0.1:9/']);
    expect(noType.code).toBe(2);
    expect(noType.stderr).toMatch(/--type/);
    const badResolve = await runCli(['audit', 'http://127.0.0.1:9/', '--type', 'omo', '--resolve', 'nonsense']);
    expect(badResolve.code).toBe(2);
    expect(badResolve.stderr).toMatch(/HOST:PORT:ADDR/);
    const badProbe = await runCli(['audit', 'http://127.0.0.1:9/', '--type', 'omo', '--probes', 'telepathy']);
    expect(badProbe.code).toBe(2);
    expect(badProbe.stderr).toMatch(/--probes takes all, none or a comma list of: .*unknown: telepathy/);
    const badNumber = await runCli(['audit', 'http://127.0.0.1:9/', '--type', 'omo', '--max-pages', 'many']);
    expect(badNumber.code).toBe(2);
    expect(badNumber.stderr).toMatch(/--max-pages/);
    const noSnapshot = await runCli(['audit', 'http://127.0.0.1:9/', '--type', 'omo', '--resume', '--out', tempDir()]);
    expect(noSnapshot.code).toBe(2);
    expect(noSnapshot.stderr).toMatch(/no snapshot/);
  }, 60_000);
});
