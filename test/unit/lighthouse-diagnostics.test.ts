/**
 * Lighthouse diagnostics without a browser: the probe's reading of a Lighthouse result (hand-made
 * lhr), the diagnostics block built from probe records, report.json's optional field (points
 * unchanged) and the HTML section.
 */
import { describe, expect, it } from 'vitest';
import { lighthouseData } from '../../crawler/probes/lighthouse/lighthouseData.ts';
import { LighthouseDataSchema } from '../../crawler/probes/lighthouse/lighthouseSchema.ts';
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { buildReport } from '../../reports/buildReport.ts';
import { catalogue } from '../../reports/i18n/catalogue.ts';
import { diagnosticsBlock } from '../../reports/html/diagnosticsBlock.ts';
import { renderHtml } from '../../reports/html/renderHtml.ts';
import { ReportSchema } from '../../reports/reportSchema.ts';
import { lighthouseDiagnostics } from '../../rules/diagnostics/lighthouseDiagnostics.ts';
import { scoreSnapshot } from '../../rules/scoreSnapshot.ts';
import { ordinarySnapshot } from '../e2e/reportInputs.ts';
import { data, lhr } from './lighthouseLhr.ts';
import { probeRecord } from './snapshotBuilder.ts';

describe('reading a Lighthouse result', () => {
  it('keeps the category scores and the failing audits, weighted first and worst first', () => {
    const d = LighthouseDataSchema.parse(lighthouseData(lhr(), 'desktop', 6000));
    expect(d.categories).toEqual({ performance: 0.55, accessibility: 0.81, 'best-practices': 0.9, seo: 0.7 });
    expect(d.failing.map((a) => a.id)).toEqual(['color-contrast', 'meta-description', 'largest-contentful-paint', 'unused-weightless']);
    expect(d.failing[2]).toMatchObject({ displayValue: '4.1 s', categories: ['performance'], score: 0.4 });
    expect(d.failingTotal).toBe(4);
  });

  it('caps the failing audits at 15 and counts them all', () => {
    const d = lighthouseData(lhr({ extraFailing: 20 }), 'mobile', 1);
    expect(d.failing).toHaveLength(15);
    expect(d.failingTotal).toBe(24);
  });

  it('reads the viewport finding both ways', () => {
    expect(lighthouseData(lhr(), 'mobile', 1).viewport).toMatchObject({ id: 'viewport-insight', passed: true, score: 1 });
    const bad = lighthouseData(lhr({ viewport: 0.5 }), 'mobile', 1);
    expect(bad.viewport).toMatchObject({ passed: false, score: 0.5 });
    expect(bad.failing.map((a) => a.id)).toContain('viewport-insight');
  });

  it('reads the console errors both ways', () => {
    expect(lighthouseData(lhr(), 'desktop', 1).consoleErrors).toMatchObject({ passed: true, count: 0, items: [] });
    const bad = lighthouseData(lhr({ consoleItems: 12 }), 'desktop', 1).consoleErrors;
    expect(bad).toMatchObject({ passed: false, count: 12 });
    expect(bad.items).toHaveLength(10);
    expect(bad.items[0]).toEqual({ source: 'exception', description: 'Error 0', url: 'http://x/app.js' });
  });

  it('marks an audit that did not run as undecided', () => {
    const r = lhr();
    delete r.audits['viewport-insight'];
    expect(lighthouseData(r, 'mobile', 1).viewport).toMatchObject({ passed: null, score: null });
  });
});


function withLighthouse(base: Snapshot): Snapshot {
  return {
    ...base,
    probes: [
      ...base.probes,
      probeRecord({ probe: 'lighthouse-mobile', url: 'http://site/ru/', lang: 'ru', device: 'mobile', data: data({ viewport: 0.5 }, 'mobile') }),
      probeRecord({ probe: 'lighthouse', url: 'http://site/kz/', lang: 'kk', device: 'desktop', data: data({ consoleItems: 2 }) }),
      probeRecord({ probe: 'lighthouse', url: 'http://site/ru/', lang: 'ru', device: 'desktop', data: null, error: 'probe lighthouse on http://site/ru/ took longer than 120 s' }),
    ],
  };
}

describe('the diagnostics block', () => {
  it('is null without Lighthouse records', () => {
    expect(lighthouseDiagnostics({ probes: [probeRecord({ probe: 'axe', url: 'http://site/' })] })).toBeNull();
  });

  it('lists every run by language and device, with failed runs as errors', () => {
    const d = lighthouseDiagnostics(withLighthouse(ordinarySnapshot()));
    expect(d?.lighthouse.partOfPoints).toBe(false);
    expect(d?.lighthouse.runs.map((r) => `${r.lang} ${r.device} ${r.state}`)).toEqual(['kk desktop ok', 'ru desktop error', 'ru mobile ok']);
    const [kk, ruDesktop, ruMobile] = d?.lighthouse.runs ?? [];
    expect(kk?.consoleErrors).toEqual({ passed: false, count: 2, first: ['Error 0', 'Error 1'] });
    expect(ruDesktop).toMatchObject({ error: expect.stringContaining('took longer'), categories: { performance: null } });
    expect(ruMobile?.viewport).toEqual({ passed: false, score: 0.5 });
  });

  it('treats data that does not parse as an error', () => {
    const d = lighthouseDiagnostics({ probes: [probeRecord({ probe: 'lighthouse', url: 'http://site/kz/', lang: 'kk', data: { nonsense: true } })] });
    expect(d?.lighthouse.runs[0]?.state).toBe('error');
  });
});

describe('report.json and report.html', () => {
  const plain = ordinarySnapshot();
  const lit = withLighthouse(plain);
  const reportOf = (snap: Snapshot) => {
    const { results, scores, mobile, deficiencies } = scoreSnapshot(snap);
    return buildReport(snap, results, scores, { mobile, deficiencies });
  };

  it('carries the diagnostics only when Lighthouse ran, and the points do not change', () => {
    const without = reportOf(plain);
    const withLh = reportOf(lit);
    expect(without.diagnostics).toBeUndefined();
    expect(withLh.diagnostics?.lighthouse.runs).toHaveLength(3);
    expect(withLh.scores).toEqual(without.scores);
    expect(ReportSchema.parse(withLh).diagnostics?.lighthouse.partOfPoints).toBe(false);
  });

  it('shows a labelled section with the scores in percent and the failing audits, escaped', () => {
    const report = reportOf(lit);
    const run = report.diagnostics?.lighthouse.runs[0];
    if (run) run.failing[0] = { ...run.failing[0]!, title: '<script>alert(1)</script>' };
    const html = renderHtml(report, { lang: 'en' });
    expect(html).toContain("Lighthouse diagnostics — not part of the methodology&#39;s points");
    expect(html).toContain('<td class="num">55</td><td class="num">81</td><td class="num">90</td><td class="num">70</td>');
    expect(html).toContain('Lighthouse did not finish: probe lighthouse on http://site/ru/ took longer than 120 s');
    expect(html).toContain('<code>color-contrast</code>');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(renderHtml(report, { lang: 'ru' })).toContain('Диагностика Lighthouse — не входит в баллы методики');
    expect(renderHtml(report, { lang: 'kk' })).toContain('Lighthouse диагностикасы');
  });

  it('has no section without Lighthouse', () => {
    expect(diagnosticsBlock(reportOf(plain), catalogue('en'))).toBe('');
    expect(renderHtml(reportOf(plain), { lang: 'en' })).not.toContain('id="diagnostics"');
  });
});
