import { describe, expect, it } from 'vitest';
import { buildReport } from '../../reports/buildReport.ts';
import { ReportSchema, reportJsonSchema } from '../../reports/reportSchema.ts';
import { terminalSummary, worstIndicators } from '../../reports/terminalSummary.ts';
import { homePageAccessRule } from '../../rules/annex4/homePageAccessRule.ts';
import { navigationDepthRule } from '../../rules/annex4/navigationDepthRule.ts';
import { rssRule } from '../../rules/annex4/rssRule.ts';
import { siteMapRule } from '../../rules/annex4/siteMapRule.ts';
import { mobileCoefficient } from '../../rules/mobile/mobileCoefficient.ts';
import { annex5NotDecidedRule } from '../../rules/notDecidedRules.ts';
import { runRules } from '../../rules/runRules.ts';
import { score } from '../../rules/scoring.ts';
import { scoreSnapshot } from '../../rules/scoreSnapshot.ts';
import { feed, HOME, link, mobileProbe, page, snapshot } from './snapshotBuilder.ts';

function sampleSnapshot() {
  const base = snapshot();
  return snapshot({
    site: {
      config: { ...base.site.config, type: 'zhao' },
      feeds: [feed({ url: `${HOME}/rss/news`, title: 'Жаңалықтар' })],
      depthSummary: [{ lang: 'kk', homeUrl: `${HOME}/kk`, histogram: { '0': 1, '1': 3 }, unreachable: 0, beyondMaxDepth: 0, total: 4 }],
      mobile: [mobileProbe({ kind: 'redirect', mobileHomeUrl: 'https://m.example.gov.kz', linkBack: null })],
      warnings: ['robots.txt asks for a 2 s delay'],
    },
    pages: [
      page({ url: `${HOME}/kk`, lang: 'kk', links: [link({ url: `${HOME}/kk/sitemap`, text: 'Сайт картасы', regions: ['footer'] })] }),
      page({ url: `${HOME}/kk/sitemap`, lang: 'kk', links: [link({ url: `${HOME}/kk` , text: 'x'}), link({ url: `${HOME}/kk/a`, text: 'a' })] }),
      page({ url: `${HOME}/kk/a`, lang: 'kk' }),
      page({ url: `${HOME}/ru`, device: 'mobile' }),
    ],
  });
}

describe('buildReport', () => {
  it('builds a report that the schema accepts, with titles, crawl facts and interpretations', () => {
    const snap = sampleSnapshot();
    const { results, scores } = scoreSnapshot(snap);
    const report = buildReport(snap, results, scores);
    expect(() => ReportSchema.parse(JSON.parse(JSON.stringify(report)))).not.toThrow();
    expect(report).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'tekser', version: '0.1.0' },
      site: { url: `${HOME}/`, type: 'zhao', host: 'www.example.gov.kz', platform: 'classic' },
      auditedAt: '2025-12-20T10:30:00.000Z',
      period: null,
      crawl: { status: 'complete', pageTotal: 4, warnings: ['robots.txt asks for a 2 s delay'] },
    });
    expect(report.crawl.pages).toEqual([
      { lang: 'kk', device: 'desktop', count: 3 },
      { lang: 'ru', device: 'mobile', count: 1 },
    ]);
    expect(report.indicators).toHaveLength(results.length);
    expect(report.indicators.find((i) => i.id === 'A4-2.5')?.title.kk).toBe('Сайт картасының бар болуы');
    expect(report.indicators.find((i) => i.id === 'A5-1.13')?.title.en).toBe('Reference information about the region');
    expect(report.scores).toMatchObject({ mobileCoefficient: 5, linkPenalty: 1 });
    // 2.2, 2.5, 2.12 pass; 4.2 with one kind of feed of three gets 0; A = (sum of Annex 4 points) / 10 × 5.
    const points = (id: string) => report.indicators.find((i) => i.id === id)?.points;
    expect(['A4-2.2', 'A4-2.5', 'A4-2.12', 'A4-4.2'].map(points)).toEqual([0.3, 0.4, 0.1, 0]);
    const annex4 = report.indicators.filter((i) => i.id.startsWith('A4-')).reduce((s, i) => s + i.points, 0);
    expect(report.scores.accessibility).toBeCloseTo((annex4 / 10) * 5, 3);
    expect(report.scores.mobile).toBe(0);
    expect(report.formula.mobile.flooredAtZero).toBe(true);
    expect(report.interpretations.some((line) => line.startsWith('A4-2.5:'))).toBe(true);
    expect(report.mobile.evidence.length).toBeGreaterThan(0);
  });

  it('rejects a report with points outside the schema', () => {
    const snap = sampleSnapshot();
    const { results, scores } = scoreSnapshot(snap);
    const report = buildReport(snap, results, scores);
    expect(() => ReportSchema.parse({ ...report, scores: { ...report.scores, total: 21 } })).toThrow();
  });

  it('publishes a JSON Schema', () => {
    const schema = reportJsonSchema();
    expect(schema['type']).toBe('object');
    expect(Object.keys(schema['properties'] as object)).toEqual(
      expect.arrayContaining(['schemaVersion', 'tool', 'site', 'auditedAt', 'crawl', 'indicators', 'scores', 'formula', 'interpretations']),
    );
  });
});

/** A report from a fixed set of rules, so the summary's numbers do not move as rules are added. */
function fixedReport() {
  const snap = sampleSnapshot();
  const results = runRules(snap, [navigationDepthRule, siteMapRule, homePageAccessRule, rssRule, annex5NotDecidedRule]);
  const mobile = mobileCoefficient(snap);
  return buildReport(snap, results, score(results, { k: mobile.k, linkPenalty: mobile.linkPenalty }), { mobile });
}

describe('terminalSummary', () => {
  it('prints A/5, C/10, M/5, total/20 and the indicators losing most points, without colours', () => {
    const text = terminalSummary(fixedReport(), { color: false });
    expect(text).not.toMatch(/\u001b\[/);
    expect(text).toMatch(/A {2}Accessibility\s+0\.4 \/ 5/);
    expect(text).toMatch(/C {2}Completeness and currency\s+0 \/ 10/);
    expect(text).toMatch(/M {2}Mobile version\s+0 \/ 5/);
    expect(text).toMatch(/Total\s+0\.4 \/ 20/);
    expect(text).toMatch(/A4-4\.2\s+0\/0\.3\s+fail\s+RSS channel/);
    expect(text).toMatch(/not decided/);
  });

  it('ranks decided indicators by points lost', () => {
    const worst = worstIndicators(fixedReport());
    expect(worst.map((i) => i.id)).toEqual(['A4-4.2']);
  });

  it('uses colours when asked', () => {
    expect(terminalSummary(fixedReport(), { color: true })).toMatch(/\u001b\[1m/);
  });
});
