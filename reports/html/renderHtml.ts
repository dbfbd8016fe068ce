/**
 * report.html: one self-contained page (inline style and script only, allowed by CSP hashes;
 * screenshots linked relative to the report) in Kazakh, Russian or English. It renders
 * report.json as it is; every value from the audited site is escaped.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Report, ReportIndicator } from '../reportSchema.ts';
import { catalogue, fmt, statusText, type Catalogue, type ReportLang } from '../i18n/catalogue.ts';
import { dateText } from './dateText.ts';
import { depthChart } from './depthChart.ts';
import { diagnosticsBlock } from './diagnosticsBlock.ts';
import { esc, linkOrText } from './escapeHtml.ts';
import { formulaLines } from './formulaLines.ts';
import { annexOf, indicatorCard, rowAnchor } from './indicatorCard.ts';
import { REPORT_CSS } from './reportStyles.ts';

export const REPORT_SCRIPT = readFileSync(new URL('./reportScript.js', import.meta.url), 'utf8');

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The Content-Security-Policy of a report page: nothing but its own inline style and script, and local images. */
export function reportCsp(css: string, script: string | null): string {
  return [
    "default-src 'none'",
    "img-src 'self' data: file:",
    `style-src ${sha256(css)}`,
    `script-src ${script === null ? "'none'" : sha256(script)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export { dateText };

export function bodyName(report: Report): string {
  return report.site.name?.trim() || report.site.host || report.site.url;
}

export function facts(report: Report, t: Catalogue): [string, string][] {
  const pages = report.crawl.pages.map((p) => `${p.lang ?? '—'} ${p.device === 'mobile' ? t.phone : t.desktop}: ${p.count}`).join(', ');
  return [
    [t.body, esc(bodyName(report))],
    [t.site, linkOrText(report.site.url)],
    [t.auditedAt, esc(`${dateText(report.auditedAt)} (${dateText(report.crawl.startedAt)} — ${dateText(report.crawl.finishedAt)})`)],
    [t.period, esc(report.period ?? t.periodNone)],
    [t.type, esc(report.site.type === 'omo' ? t.typeOmo : t.typeZhao)],
    [t.platform, esc(report.site.platform)],
    [t.crawlStatus, esc(`${report.crawl.status}, ${report.crawl.pageTotal} ${t.pagesCrawled}${pages ? ` (${pages})` : ''}`)],
    [t.toolVersion, esc(`${report.tool.name} ${report.tool.version}`)],
  ];
}

function scoreCard(cls: string, label: string, value: number, max: number, lines: string[]): string {
  return (
    `<div class="score ${cls}" data-score="${cls}"><div>${esc(label)}</div><div class="value"><span class="num">${value}</span> / ${max}</div>` +
    `<ul class="formula">${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></div>`
  );
}

function scoresBlock(report: Report, t: Catalogue): string {
  const f = formulaLines(report, t);
  const s = report.scores;
  return (
    `<section class="scores" aria-label="${esc(t.scores)}">` +
    scoreCard('accessibility', t.accessibility, s.accessibility, 5, f.accessibility) +
    scoreCard('completeness', t.completeness, s.completeness, 10, f.completeness) +
    scoreCard('mobile', t.mobile, s.mobile, 5, [...f.mobile, `${t.kValue} = ${s.mobileCoefficient}`]) +
    scoreCard('total', t.total, s.total, 20, [f.total]) +
    `</section>`
  );
}

function needsReviewer(report: Report, t: Catalogue, lang: ReportLang): string {
  const item = (i: ReportIndicator) =>
    `<li><a href="#${esc(rowAnchor(i))}">${esc(rowAnchor(i))}</a> ${esc(i.title[lang])} — ${esc(statusText(t, i.status))}, ${i.points} / ${i.max}</li>`;
  const open = report.indicators.filter((i) => !i.verdict);
  // First what only a person can decide, then what the tool decided from signals that can be wrong.
  const manual = open.filter((i) => i.status === 'manual' || i.kind === 'manual');
  const heuristic = open.filter((i) => !manual.includes(i) && i.kind === 'heuristic' && i.status !== 'pass');
  if (manual.length + heuristic.length === 0) return `<section id="needs-reviewer"><h2>${esc(t.needsReviewer)}</h2><p>${esc(t.noneNeedReviewer)}</p></section>`;
  return (
    `<section id="needs-reviewer"><h2>${esc(t.needsReviewer)}</h2>` +
    (manual.length ? `<ul class="manual">${manual.map(item).join('')}</ul>` : '') +
    (heuristic.length ? `<details class="heuristic"><summary>${esc(t.kindHeuristic)}: ${heuristic.length}</summary><ul>${heuristic.map(item).join('')}</ul></details>` : '') +
    `</section>`
  );
}

function depthBlock(report: Report, t: Catalogue): string {
  const summaries = report.depthSummary ?? [];
  const charts = summaries.map((s) => depthChart(s, t)).join('');
  return `<section id="depth"><h2>${esc(t.depthTitle)}</h2>${charts || `<p>${esc(t.noDepth)}</p>`}</section>`;
}

function filters(t: Catalogue): string {
  return (
    `<div class="filters" role="search"><strong>${esc(t.filters)}</strong>` +
    `<label><input type="checkbox" id="f-failed"> ${esc(t.failedOnly)}</label>` +
    `<label>${esc(t.annex)} <select id="f-annex"><option value="">${esc(t.all)}</option><option value="4">4</option><option value="5">5</option><option value="6">6</option></select></label>` +
    `<label>${esc(t.language)} <select id="f-lang"><option value="">${esc(t.all)}</option><option value="kk">kk</option><option value="ru">ru</option><option value="site">${esc(t.siteWide)}</option></select></label>` +
    `<label>${esc(t.search)} <input type="search" id="f-search" placeholder="${esc(t.searchPlaceholder)}"></label>` +
    `<span class="meta">${esc(t.shown)}: <span id="f-count"></span></span></div>`
  );
}

function annexSection(report: Report, annex: '4' | '5' | '6', t: Catalogue, lang: ReportLang): string {
  const title = annex === '4' ? t.annex4 : annex === '5' ? t.annex5 : t.annex6;
  const rows = report.indicators.filter((i) => annexOf(i.id) === annex);
  if (rows.length === 0) return '';
  let body: string;
  if (annex === '4') body = rows.map((i) => indicatorCard(i, t, lang)).join('');
  else {
    const ids = [...new Set(rows.map((r) => r.id))];
    body = ids
      .map((id) => {
        const group = rows.filter((r) => r.id === id);
        const first = group[0] as ReportIndicator;
        const cell = (l: 'kk' | 'ru') => {
          const row = group.find((r) => r.lang === l);
          return row ? indicatorCard(row, t, lang) : `<div class="meta">${esc(l)}: ${esc(t.missingRow)}</div>`;
        };
        const others = group.filter((r) => r.lang !== 'kk' && r.lang !== 'ru').map((r) => indicatorCard(r, t, lang)).join('');
        return `<section class="pair" id="${esc(id)}"><h3><a href="#${esc(id)}">${esc(id)}</a> ${esc(first.title[lang])}</h3><div class="cols">${cell('kk')}${cell('ru')}</div>${others}</section>`;
      })
      .join('');
  }
  return `<section class="annex" id="annex-${annex}"><h2>${esc(title)}</h2>${body}</section>`;
}

function deficienciesBlock(report: Report, t: Catalogue): string {
  if (report.deficiencies.length === 0) return `<section id="deficiencies"><h2>${esc(t.deficiencies)}</h2><p>${esc(t.noDeficiencies)}</p></section>`;
  const rows = report.deficiencies.map(
    (d) =>
      `<tr><td>${esc(d.indicator)}</td><td>${esc(d.section ?? '')}</td><td>${esc(d.lang ?? '')}</td><td>${esc(d.type ?? '')}</td><td>${esc(d.reason)}` +
      `${(d.evidence ?? []).map((e) => (e.url ? `<br>${linkOrText(e.url, e.label)}` : `<br>${esc(e.label)}`)).join('')}</td></tr>`,
  );
  return (
    `<section id="deficiencies"><h2>${esc(t.deficiencies)}</h2><table><thead><tr><th>${esc(t.colIndicator)}</th><th>${esc(t.colSection)}</th><th>${esc(t.colLang)}</th><th>${esc(t.colType)}</th><th>${esc(t.colReason)}</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}

function verdictPanel(t: Catalogue): string {
  return (
    `<section class="panel verdicts" id="verdicts"><h2>${esc(t.verdictPanel)}</h2><p class="meta">${esc(t.verdictHelp)}</p>` +
    `<label>${esc(t.reviewerName)} <input type="text" id="v-reviewer"></label> ` +
    `<button type="button" id="v-export">${esc(t.exportVerdicts)}</button> <span class="meta"><span id="v-count">0</span> ${esc(t.verdictsCount)}</span>` +
    `<p class="error" id="v-error" hidden>${esc(t.verdictExportError)}</p></section>`
  );
}

export interface RenderHtmlOptions {
  lang?: ReportLang;
}

export function renderHtml(report: Report, options: RenderHtmlOptions = {}): string {
  const lang = options.lang ?? 'ru';
  const t = catalogue(lang);
  const css = REPORT_CSS;
  const script = REPORT_SCRIPT;
  const review = report.review
    ? `<p class="verdict">${esc(fmt(t.reviewed, { count: report.review.verdicts, reviewers: report.review.reviewers.join(', '), date: dateText(report.review.rescoredAt) }))}</p>`
    : '';
  const crawl =
    `<section id="crawl"><h2>${esc(t.crawlFacts)}</h2>` +
    (report.crawl.warnings.length ? `<h4>${esc(t.warnings)}</h4><ul>${report.crawl.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : '') +
    `<h4>${esc(t.interpretations)}</h4><ul>${report.interpretations.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></section>`;
  return `<!DOCTYPE html>
<html lang="${esc(t.htmlLang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(reportCsp(css, script))}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${t.reportTitle} — ${report.site.host || report.site.url}`)}</title>
<style>${css}</style>
</head>
<body data-url="${esc(report.site.url)}" data-audited="${esc(report.auditedAt)}" data-host="${esc(report.site.host.replace(/[^A-Za-z0-9.-]/g, '_'))}" data-lang="${esc(lang)}">
<header class="top">
<h1>${esc(t.reportTitle)}</h1>
<p class="meta">${esc(t.criterion)}</p>
<dl class="facts">${facts(report, t).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>
${review}
${scoresBlock(report, t)}
</header>
<main>
${needsReviewer(report, t, lang)}
${depthBlock(report, t)}
${verdictPanel(t)}
${filters(t)}
${annexSection(report, '4', t, lang)}
${annexSection(report, '5', t, lang)}
${annexSection(report, '6', t, lang)}
${deficienciesBlock(report, t)}
${diagnosticsBlock(report, t)}
${crawl}
</main>
<div id="lightbox" hidden><img alt=""></div>
<footer class="meta">${esc(fmt(t.generatedBy, { tool: report.tool.name, version: report.tool.version }))}</footer>
<script>${script}</script>
</body>
</html>
`;
}
