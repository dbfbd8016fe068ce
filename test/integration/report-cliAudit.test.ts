/**
 * `tekser audit --format html,xlsx,csv` on a small fixture crawl: the CLI writes report.html,
 * report-conclusion.html, report.xlsx and report.csv (and not report.json), in the language asked,
 * with the period named, and --fail-under exits 3 (not 2) after writing them.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { startFixtureSite, type FixtureSite } from '../fixtures/index.ts';
import { resolveArgs, runCli, startUrlOf, tempDir } from './fixtureAudit.ts';

const sites: FixtureSite[] = [];
afterEach(async () => {
  await Promise.all(sites.splice(0).map((s) => s.close()));
});

describe('tekser audit report formats', () => {
  it('writes the chosen formats and exits 3 under --fail-under', async () => {
    const site = await startFixtureSite({ style: 'classic' });
    sites.push(site);
    const out = tempDir();
    const run = await runCli([
      'audit', startUrlOf(site, 'classic'), '--type', 'zhao', '--out', out, '--quiet', '--no-screenshots', '--no-lighthouse', ...resolveArgs(site),
      '--max-pages', '3', '--max-mobile-pages', '0',
      '--format', 'html,xlsx,csv', '--report-lang', 'kk', '--period', '2025-H2', '--fail-under', '20',
    ]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(/score gate failed: total [\d.]+ is below 20/);
    for (const name of ['report.html', 'report-conclusion.html', 'report.xlsx', 'report.csv']) {
      expect(existsSync(join(out, name)), name).toBe(true);
      expect(run.stdout).toContain(join(out, name));
    }
    expect(existsSync(join(out, 'report.json'))).toBe(false);

    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<html lang="kk">');
    expect(html).toContain('2025-H2');
    const total = /data-score="total"><div>[^<]*<\/div><div class="value"><span class="num">([\d.]+)<\/span>/.exec(html)?.[1];
    expect(total).toBeDefined();
    const rows = html.match(/<article class="ind /g)?.length ?? 0;
    expect(rows).toBeGreaterThan(60);

    const csv = readFileSync(join(out, 'report.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFНөмір,')).toBe(true);
    expect(csv.trimEnd().split('\r\n').filter((line) => /^A[456]-/.test(line))).toHaveLength(rows);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'report.xlsx'));
    let xlsxTotal: unknown;
    book.getWorksheet('Жиынтық')?.eachRow((row) => { if (row.getCell(1).value === 'Барлығы') xlsxTotal = row.getCell(2).value; });
    expect(String(xlsxTotal)).toBe(total);
    expect(book.getWorksheet('Көрсеткіштер')?.rowCount).toBe(rows + 1);
    rmSync(out, { recursive: true, force: true });
  }, 180_000);
});
