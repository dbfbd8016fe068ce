/**
 * The report's Lighthouse section: the four category scores per language and device, the viewport
 * and console-error findings, and the top failing audits — labelled as diagnostics that are not
 * part of the methodology's points. Empty when the audit ran without Lighthouse.
 */
import type { LighthouseRun } from '../../rules/diagnostics/lighthouseDiagnostics.ts';
import type { Report } from '../reportSchema.ts';
import { fmt, type Catalogue } from '../i18n/catalogue.ts';
import { esc, linkOrText } from './escapeHtml.ts';

/** How many failing audits the HTML lists per run (report.json keeps up to 15). */
const SHOWN_FAILING = 8;

const pct = (score: number | null) => (score === null ? '—' : String(Math.round(score * 100)));
const yesNo = (t: Catalogue, v: boolean | null) => (v === null ? '—' : v ? t.lhYes : t.lhNo);

function runRow(run: LighthouseRun, t: Catalogue): string {
  const device = run.device === 'mobile' ? t.phone : t.desktop;
  const head = `<td>${esc(run.lang ?? '')}</td><td>${esc(device)}</td>`;
  if (run.state === 'error' && run.categories.performance === null) {
    return `<tr>${head}<td colspan="6">${esc(fmt(t.lhRunError, { error: run.error ?? '' }))}</td><td>${linkOrText(run.url)}</td></tr>`;
  }
  const c = run.categories;
  const scores = [c.performance, c.accessibility, c['best-practices'], c.seo].map((s) => `<td class="num">${esc(pct(s))}</td>`).join('');
  const consoleCell = run.consoleErrors.passed === null ? '—' : String(run.consoleErrors.count);
  return `<tr>${head}${scores}<td>${esc(yesNo(t, run.viewport.passed))}</td><td>${esc(consoleCell)}</td><td>${linkOrText(run.url)}</td></tr>`;
}

function failingList(run: LighthouseRun, t: Catalogue): string {
  const device = run.device === 'mobile' ? t.phone : t.desktop;
  const items = run.failing.slice(0, SHOWN_FAILING).map((a) =>
    `<li><code>${esc(a.id)}</code> ${esc(a.title)}${a.displayValue ? ` — ${esc(a.displayValue)}` : ''} (${esc(pct(a.score))})</li>`);
  const body = items.length ? `<ul>${items.join('')}</ul>` : `<p>${esc(t.lhNoFailing)}</p>`;
  return `<h4>${esc(`${t.lhFailing}: ${run.lang ?? ''}, ${device}`)}</h4>${body}`;
}

export function diagnosticsBlock(report: Report, t: Catalogue): string {
  const lh = report.diagnostics?.lighthouse;
  if (!lh || lh.runs.length === 0) return '';
  const version = lh.runs.find((r) => r.lighthouseVersion)?.lighthouseVersion ?? '';
  const head = [t.colLang, t.colDevice, t.lhPerformance, t.lhAccessibility, t.lhBestPractices, t.lhSeo, t.lhViewport, t.lhConsoleErrors, t.colUrl]
    .map((h) => `<th>${esc(h)}</th>`).join('');
  return (
    `<section id="diagnostics" class="diagnostics"><h2>${esc(t.lhTitle)}</h2>` +
    `<p class="meta">${esc(fmt(t.lhNote, { version }))}</p>` +
    `<table><thead><tr>${head}</tr></thead><tbody>${lh.runs.map((r) => runRow(r, t)).join('')}</tbody></table>` +
    lh.runs.filter((r) => r.state === 'ok').map((r) => failingList(r, t)).join('') +
    `</section>`
  );
}
