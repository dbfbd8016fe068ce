/**
 * Committees through the CLI: `--committee URL=form` audits the committee too and combines the
 * body's A and C with its (paras 15–17); `--committees FILE` takes a committee audited before.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../reports/reportSchema.ts';
import { startFixtureSite, type FixtureSite } from '../fixtures/index.ts';
import { resolveArgs, runCli, startUrlOf, tempDir } from './fixtureAudit.ts';

const QUICK = ['--quiet', '--no-screenshots', '--probes', 'none', '--max-pages', '4', '--max-mobile-pages', '0', '--format', 'json'];

describe('committees', () => {
  let body: FixtureSite;
  let committee: FixtureSite;
  beforeAll(async () => {
    body = await startFixtureSite({ style: 'classic', type: 'omo', host: 'www.example-ministry.kz' });
    committee = await startFixtureSite({ style: 'classic', type: 'omo', host: 'www.example-committee.kz', defects: { noSitemapPage: true } });
  });
  afterAll(async () => {
    await body?.close();
    await committee?.close();
  });

  it('audits a form-1 committee and averages A and C; M stays the body\'s', async () => {
    const out = tempDir();
    const run = await runCli(['audit', startUrlOf(body, 'classic'), '--type', 'omo', '--out', out, ...QUICK, ...resolveArgs(body), ...resolveArgs(committee),
      '--committee', `${startUrlOf(committee, 'classic')}=1`], { timeoutMs: 240_000 });
    expect(run.code, run.stderr).toBe(0);
    const report = ReportSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    const member = report.committees?.members[0];
    expect(member).toMatchObject({ url: startUrlOf(committee, 'classic'), form: 1 });
    const own = ReportSchema.parse(JSON.parse(readFileSync(member!.report!, 'utf8')));
    expect(own.scores.accessibility).toBe(member!.accessibility);
    // The committee has no site map: its A is lower than the body's.
    expect(own.scores.accessibility).toBeLessThan(report.scores.accessibility);
    const mean = (a: number, b: number) => Math.round(((a + b) / 2) * 1000) / 1000;
    expect(report.committees?.combined).toMatchObject({
      accessibility: mean(report.scores.accessibility, own.scores.accessibility),
      completeness: mean(report.scores.completeness, own.scores.completeness),
      mobile: report.scores.mobile,
    });
    expect(run.stdout).toMatch(/With its 1 committee\(s\), paras 15–17: A = \(/);

    // The same committee from a committees file, as form 2: only C is averaged.
    const file = join(tempDir(), 'committees.json');
    writeFileSync(file, JSON.stringify([{ url: member!.url, form: 2, reportPath: member!.report }]));
    const again = await runCli(['audit', startUrlOf(body, 'classic'), '--type', 'omo', '--out', tempDir(), ...QUICK, ...resolveArgs(body), '--committees', file], { timeoutMs: 120_000 });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/A = [\d.]+ \(the body's own\); C = \(/);
  }, 300_000);

  it('rejects a committee without a form, and a committees file that does not exist', async () => {
    const bad = await runCli(['audit', 'http://127.0.0.1:9/', '--type', 'omo', '--committee', 'https://salyk.gov.kz']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/expected URL=form/);
    const missing = await runCli(['audit', startUrlOf(body, 'classic'), '--type', 'omo', '--out', tempDir(), ...QUICK, ...resolveArgs(body), '--committees', '/nonexistent/committees.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--committees \/nonexistent\/committees.json: no such file/);
  }, 60_000);
});
