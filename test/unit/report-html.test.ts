/** The HTML renderers at string level: escaping and link safety, the CSP hash, formula lines, the conclusion's order. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../reports/buildReport.ts';
import { recommendations, renderConclusion } from '../../reports/conclusion/renderConclusion.ts';
import { catalogue, CATALOGUES, fmt } from '../../reports/i18n/catalogue.ts';
import { esc, safeHref, screenshotHref } from '../../reports/html/escapeHtml.ts';
import { formulaLines } from '../../reports/html/formulaLines.ts';
import { REPORT_SCRIPT, renderHtml } from '../../reports/html/renderHtml.ts';
import type { Report } from '../../reports/reportSchema.ts';
import { gateFailures } from '../../reports/scoreGate.ts';
import { scoreSnapshot } from '../../rules/scoreSnapshot.ts';
import { hostileSnapshot, ordinarySnapshot, XSS } from '../e2e/reportInputs.ts';

function reportOf(snap = ordinarySnapshot()): Report {
  const { results, scores, mobile, deficiencies } = scoreSnapshot(snap);
  return buildReport(snap, results, scores, { mobile, deficiencies });
}

describe('escaping and links', () => {
  it('escapes text and attribute values', () => {
    expect(esc('<a href="x">\'&')).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  });

  it('makes only http(s) URLs live', () => {
    expect(safeHref('https://gov.kz/a?b=1')).toBe('https://gov.kz/a?b=1');
    expect(safeHref(XSS.jsUrl)).toBeNull();
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('java\tscript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
  });

  it('links only snapshot screenshots, relative to the report', () => {
    expect(screenshotHref('screenshots/start.png')).toBe('snapshot/screenshots/start.png');
    expect(screenshotHref('snapshot/screenshots/a-b.jpg')).toBe('snapshot/screenshots/a-b.jpg');
    expect(screenshotHref('screenshots/../../etc/passwd.png')).toBeNull();
    expect(screenshotHref('https://evil.example/x.png')).toBeNull();
    expect(screenshotHref('/abs/screenshots/x.png')).toBeNull();
  });

  it('renders a hostile site with no markup of its own', () => {
    const html = renderHtml(reportOf(hostileSnapshot()));
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain(esc(XSS.script));
    const conclusion = renderConclusion(reportOf(hostileSnapshot()));
    expect(conclusion).not.toMatch(/<script/);
    expect(conclusion).toContain(esc(XSS.closeScript));
  });

  it('allows exactly its own script and style by hash', () => {
    const html = renderHtml(reportOf());
    const hash = createHash('sha256').update(REPORT_SCRIPT).digest('base64');
    expect(html).toContain(`script-src &#39;sha256-${hash}&#39;`);
    expect(html).toContain(`<script>${REPORT_SCRIPT}</script>`);
    expect(html).toContain('default-src &#39;none&#39;');
  });
});

describe('catalogues', () => {
  it('have the same keys in kk, ru and en, none empty', () => {
    const keys = Object.keys(CATALOGUES.en).sort();
    for (const lang of ['kk', 'ru'] as const) {
      expect(Object.keys(CATALOGUES[lang]).sort()).toEqual(keys);
      for (const [key, value] of Object.entries(CATALOGUES[lang])) expect(value, `${lang}.${key}`).not.toBe('');
    }
    expect(fmt('{a} of {b} {c}', { a: 1, b: '{a}' })).toBe('1 of {a} {c}');
  });
});

describe('formula lines', () => {
  it('show the numbers of report.formula, deductions with their cap and the link penalty', () => {
    const r = reportOf();
    const capped: Report = {
      ...r,
      formula: {
        ...r.formula,
        mobile: { ...r.formula.mobile, k: 3, weighted: 0.6, deficiencies: { count: 5, reasons: [], requested: 0.5, cap: 0.3, applied: 0.3, capped: true }, linkPenalty: 1, flooredAtZero: true, value: 0 },
      },
    };
    const lines = formulaLines(capped, catalogue('en'));
    expect(lines.mobile).toEqual([
      `(kk ${r.formula.mobile.sums.kk} + ru ${r.formula.mobile.sums.ru}) ÷ 50 × k 3 = 0.6`,
      'deficiencies: 5 × 0.1 = 0.5, cap 50 % = 0.3, taken off 0.3 (capped)',
      'link penalty: 1',
      'floored at 0',
      'M = 0',
    ]);
    expect(formulaLines({ ...r, formula: { ...r.formula, mobile: { ...r.formula.mobile, k: 0 } } }, catalogue('en')).mobile).toEqual(['k = 0 (no mobile version): M = 0']);
    expect(lines.accessibility[0]).toBe(`Annex 4 sum ${r.formula.accessibility.annexSum} ÷ 10 × 5 = ${r.scores.accessibility}`);
  });
});

describe('conclusion', () => {
  it('orders recommendations by points at stake and lists only decided rows that lost points', () => {
    const r = reportOf();
    const recs = recommendations(r);
    const lost = recs.map((i) => i.max - i.points);
    expect(lost.length).toBeGreaterThan(1);
    expect([...lost].sort((a, b) => b - a)).toEqual(lost);
    expect(recs.every((i) => ['fail', 'partial'].includes(i.status))).toBe(true);
    const html = renderConclusion(r, { lang: 'kk' });
    expect(html).toContain('«Интернет-ресурстың тиімділігі» өлшемі бойынша қорытынды');
    expect(html).toContain(`<span class="total">${r.scores.total}</span> / 20`);
    const first = html.indexOf(`Түзету: ${recs[0]!.id}`);
    const last = html.indexOf(`Түзету: ${recs[recs.length - 1]!.id}`);
    expect(first).toBeGreaterThan(0);
    expect(last).toBeGreaterThan(first);
  });
});

describe('score gate', () => {
  it('names each score below its threshold, and nothing when all are met', () => {
    const r = reportOf();
    expect(gateFailures(r, {})).toEqual([]);
    expect(gateFailures(r, { total: r.scores.total, accessibility: r.scores.accessibility })).toEqual([]);
    expect(gateFailures(r, { total: r.scores.total + 0.001, mobile: r.scores.mobile + 1 })).toEqual([
      `total ${r.scores.total} is below ${r.scores.total + 0.001}`,
      `mobile ${r.scores.mobile} is below ${r.scores.mobile + 1}`,
    ]);
  });
});
