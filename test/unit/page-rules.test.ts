/**
 * `tekser page` without a browser: the A4-3.7 contrast standard (methodology vs WCAG view), the
 * one-page snapshot's validity, the page-level rule set, error rows, probe targets and output.
 */
import { describe, expect, it } from 'vitest';
import type { AxeData, AxeNode, AxeRuleOutcome } from '../../crawler/probes/accessibility/axeProbe.ts';
import { axeProbe, formErrorsProbe } from '../../crawler/probes/accessibility/index.ts';
import { SiteSnapshotSchema } from '../../crawler/snapshot/schema.ts';
import { contrastRuleFor, runContrast } from '../../rules/annex4/accessibility/contrastRule.ts';
import { pagesJson, pagesText, toIndicator, type PageEntry } from '../../cli/page/formatPage.ts';
import { errorRows, PAGE_INDICATORS, runPageRules } from '../../cli/page/pageRules.ts';
import { pageSite, pageSnapshot } from '../../cli/page/pageSnapshot.ts';
import { pageTargets } from '../../cli/pageCommand.ts';
import { HOME, link, page, probeRecord, snapshot } from './snapshotBuilder.ts';

const URL_A = `${HOME}/ru/about`;
const contrastNode = (ratio: number, large: boolean): AxeNode => ({
  target: large ? 'h1' : 'p', html: large ? '<h1>Title</h1>' : '<p>Text</p>', summary: 'low contrast',
  contrast: { ratio, fgColor: '#8a8a8a', bgColor: '#ffffff', fontSize: large ? '18.0pt (24px)' : '12.0pt (16px)', fontWeight: 'normal', large, wcagFail: ratio < (large ? 3 : 4.5) },
});
const contrastRule = (over: Partial<AxeRuleOutcome>): AxeRuleOutcome => ({ id: 'color-contrast', impact: 'serious', violations: 0, passes: 5, incomplete: 0, nodes: [], ...over });
const axe = (rule: AxeRuleOutcome): AxeData => ({ axeVersion: '4.x', rules: [rule], inapplicable: [], screenshot: null });
const snapWith = (rule: AxeRuleOutcome) => snapshot({ probes: [probeRecord({ probe: 'axe', url: URL_A, lang: 'ru', data: axe(rule) })] });

describe('A4-3.7 with --contrast', () => {
  it('large text at 3.5:1 fails the methodology (4.5:1 for all) but passes the WCAG view', () => {
    const snap = snapWith(contrastRule({ violations: 1, nodes: [contrastNode(3.5, true)] }));
    expect(runContrast(snap)[0]).toMatchObject({ status: 'fail', points: 0 });
    expect(runContrast(snap, { standard: 'wcag' })[0]).toMatchObject({ status: 'pass', points: 0.2 });
    expect(contrastRuleFor('wcag').run(snap)[0]?.evidence[0]?.label).toMatch(/WCAG 1\.4\.3/);
  });
  it('normal text at 2.8:1 fails both ways; large text under 3:1 fails the WCAG view', () => {
    const normal = snapWith(contrastRule({ violations: 2, nodes: [contrastNode(2.8, false), contrastNode(3.5, true)] }));
    const wcag = runContrast(normal, { standard: 'wcag' })[0];
    expect(wcag).toMatchObject({ status: 'fail', points: 0 });
    expect(wcag?.deductions[0]?.reason).toMatch(/1 text element below the WCAG 1\.4\.3 threshold/);
    expect(runContrast(snapWith(contrastRule({ violations: 1, nodes: [contrastNode(2.5, true)] })), { standard: 'wcag' })[0]?.status).toBe('fail');
  });
  it('violations beyond the nodes kept in detail count as WCAG failures', () => {
    const snap = snapWith(contrastRule({ violations: 3, nodes: [contrastNode(3.5, true)] }));
    expect(runContrast(snap, { standard: 'wcag' })[0]?.deductions[0]?.reason).toMatch(/^1 of 1 .*2 text elements/);
  });
  it('the methodology rule is the default rule', () => {
    expect(contrastRuleFor('methodology').run(snapWith(contrastRule({ violations: 1, nodes: [contrastNode(3.5, true)] })))[0]?.status).toBe('fail');
  });
});

describe('one-page snapshot', () => {
  const rec = page({ url: `${HOME}/ru/about`, lang: 'ru', links: [link({ url: `${HOME}/ru/`, text: 'Главная', regions: ['nav'] })] });
  const site = pageSite({ url: rec.url, page: rec, resolve: [], userAgent: 'UA', browser: { name: 'chromium', version: '1', executablePath: null }, startedAt: '2026-01-01T00:00:00.000Z' });
  it('is valid per the snapshot schema, with the page language and the site root as home', () => {
    expect(SiteSnapshotSchema.parse(site)).toBeTruthy();
    expect(site.languages).toEqual([{ lang: 'ru', homeUrl: `${HOME}/`, source: 'start' }]);
    expect(pageSite({ url: 'http://127.0.0.1:1/x', page: null, resolve: [], userAgent: 'UA', browser: site.browser, startedAt: site.startedAt }).languages).toEqual([]);
  });
  it('keeps only the probe records of its page and reports every page-level indicator in order', () => {
    const other = probeRecord({ probe: 'axe', url: `${HOME}/ru/other`, data: axe(contrastRule({ violations: 1, nodes: [contrastNode(2, false)] })) });
    const mine = probeRecord({ probe: 'axe', url: rec.finalUrl, data: axe(contrastRule({})) });
    const snap = pageSnapshot(site, rec, [other, mine]);
    expect(snap.probes).toEqual([mine]);
    const results = runPageRules(snap, 'methodology');
    expect(results.map((r) => r.id)).toEqual([...PAGE_INDICATORS]);
    expect(results.find((r) => r.id === 'A4-3.7')?.status).toBe('pass');
    expect(results.find((r) => r.id === 'A4-3.4')?.status).toBe('not-checked');
  });
  it('error rows: every indicator, status error, the message in the evidence', () => {
    const rows = errorRows('http://x/404', 'HTTP 404');
    expect(rows.map((r) => [r.id, r.status, r.points])).toEqual(PAGE_INDICATORS.map((id) => [id, 'error', 0]));
    expect(rows[0]?.evidence[0]?.label).toContain('HTTP 404');
    expect(rows.find((r) => r.id === 'A4-2.4')?.max).toBe(1);
  });
  it('probe targets: the given pages; the form probe only where a form other than search is', () => {
    const withForm = page({ url: `${HOME}/ru/contact`, forms: [{ action: null, method: 'post', isSearch: false, selector: 'form', fields: [{ tag: 'input', type: 'text', name: 'n', id: null, label: 'Имя', placeholder: null, maxLength: null, required: true, selector: 'input' }] }] });
    expect(pageTargets(axeProbe, [rec, withForm]).map((t) => t.url)).toEqual([rec.finalUrl, withForm.finalUrl]);
    expect(pageTargets(formErrorsProbe, [rec, withForm]).map((t) => t.url)).toEqual([withForm.finalUrl]);
  });
  it('JSON: one entry per URL in order with id/status/points/max/evidence; text: status and points/max', () => {
    const entries: PageEntry[] = [
      { url: 'http://b/', finalUrl: 'http://b/', httpStatus: 200, lang: 'ru', error: null, indicators: runPageRules(pageSnapshot(site, rec, []), 'methodology').map(toIndicator) },
      { url: 'http://a/', finalUrl: null, httpStatus: 404, lang: null, error: 'HTTP 404', indicators: errorRows('http://a/', 'HTTP 404').map(toIndicator) },
    ];
    const json = JSON.parse(pagesJson(entries)) as { url: string; indicators: { id: string; status: string; points: number; max: number; evidence: unknown[] }[] }[];
    expect(json.map((e) => e.url)).toEqual(['http://b/', 'http://a/']);
    expect(Object.keys(json[0]!.indicators[0]!)).toEqual(expect.arrayContaining(['id', 'status', 'points', 'max', 'evidence']));
    const text = pagesText(entries);
    expect(text).toMatch(/A4-3\.7\s+not-checked\s+0\/0\.2/);
    expect(text).toMatch(/http:\/\/a\/\n {2}could not be measured: HTTP 404/);
  });
});
