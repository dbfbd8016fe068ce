/**
 * report-conclusion.html — the conclusion in the form of Annex 2: the body, the period, the
 * criterion score with its three indicators (A, C, M), the analysis by indicator and the
 * recommendations ordered by the points at stake. Printable, self-contained, no script.
 */
import type { Report, ReportIndicator } from '../reportSchema.ts';
import { round3 } from '../../rules/points.ts';
import { catalogue, fmt, statusText, type ReportLang } from '../i18n/catalogue.ts';
import { esc, linkOrText } from '../html/escapeHtml.ts';
import { formulaLines } from '../html/formulaLines.ts';
import { bodyName, dateText, reportCsp } from '../html/renderHtml.ts';
import { rowAnchor } from '../html/indicatorCard.ts';

const DECIDED = new Set(['pass', 'partial', 'fail']);

/** Decided rows that lost points, most points at stake first (methodology order on ties). */
export function recommendations(report: Report): ReportIndicator[] {
  return report.indicators
    .map((indicator, order) => ({ indicator, order, lost: round3(indicator.max - indicator.points) }))
    .filter((e) => DECIDED.has(e.indicator.status) && e.lost > 0)
    .sort((a, b) => b.lost - a.lost || a.order - b.order)
    .map((e) => e.indicator);
}

const CONCLUSION_CSS = `
body { font: 13px/1.45 "Times New Roman", Georgia, serif; max-width: 900px; margin: 20px auto; padding: 0 20px; color: #000; }
h1 { font-size: 18px; text-align: center; } h2 { font-size: 15px; margin-top: 18px; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #444; padding: 3px 6px; vertical-align: top; text-align: left; }
.num, td:first-child { white-space: nowrap; } .num { text-align: right; } .meta { color: #444; font-size: 12px; }
@media print { body { margin: 0; } a { color: inherit; text-decoration: none; } tr { break-inside: avoid; } }
`;

export function renderConclusion(report: Report, options: { lang?: ReportLang } = {}): string {
  const lang = options.lang ?? 'ru';
  const t = catalogue(lang);
  const f = formulaLines(report, t);
  const s = report.scores;
  const annexOfScore: [string, number, number, string[], string][] = [
    [t.accessibility, s.accessibility, 5, f.accessibility, '4'],
    [t.completeness, s.completeness, 10, f.completeness, '5'],
    [t.mobile, s.mobile, 5, f.mobile, '6'],
  ];
  const scoreRows = annexOfScore
    .map(([label, value, max, lines]) => `<tr><td>${esc(label)}</td><td class="num">${value} / ${max}</td><td class="meta">${lines.map(esc).join('<br>')}</td></tr>`)
    .join('');
  const analysis = annexOfScore
    .map(([label, , , , annex]) => {
      const rows = report.indicators.filter((i) => i.id.startsWith(`A${annex}-`));
      const items = rows.map((i) => {
        const decided = i.verdict ? ` (${t.personDecided}: ${i.verdict.reviewer})` : '';
        const facts = i.deductions.map((d) => `−${d.points}: ${d.reason}`).join('; ');
        return (
          `<tr><td>${esc(rowAnchor(i))}</td><td>${esc(i.title[lang])}</td><td class="num">${i.points} / ${i.max}</td>` +
          `<td>${esc(statusText(t, i.status) + decided)}${facts ? `<br><span class="meta">${esc(facts)}</span>` : ''}</td></tr>`
        );
      });
      return `<h3>${esc(label)}</h3><table><thead><tr><th>${esc(t.colId)}</th><th>${esc(t.colTitle)}</th><th>${esc(t.colPoints)}</th><th>${esc(t.analysis)}</th></tr></thead><tbody>${items.join('')}</tbody></table>`;
    })
    .join('');
  const recs = recommendations(report);
  const recList = recs.length
    ? `<ol>${recs
        .map((i) => {
          const lost = round3(i.max - i.points);
          const why = i.deductions.filter((d) => d.points > 0).map((d) => d.reason);
          return `<li>${esc(fmt(t.fixThis, { title: `${rowAnchor(i)} ${i.title[lang]}` }))} — <b>${lost}</b> ${esc(t.pointsAtStake)}${why.length ? `<br><span class="meta">${why.map(esc).join('; ')}</span>` : `<br><span class="meta">${esc(i.summary)}</span>`}</li>`;
        })
        .join('')}</ol>`
    : `<p>${esc(t.noRecommendations)}</p>`;
  const undecided = report.indicators.filter((i) => !DECIDED.has(i.status));
  const undecidedNote = undecided.length
    ? `<p class="meta">${esc(fmt(t.notDecidedNote, { count: undecided.length, points: round3(undecided.reduce((a, i) => a + i.max, 0)) }))}</p>`
    : '';
  return `<!DOCTYPE html>
<html lang="${esc(t.htmlLang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(reportCsp(CONCLUSION_CSS, null))}">
<title>${esc(`${t.conclusionTitle} — ${report.site.host}`)}</title>
<style>${CONCLUSION_CSS}</style>
</head>
<body>
<h1>${esc(t.conclusionTitle)}</h1>
<table>
<tr><th>${esc(t.body)}</th><td>${esc(bodyName(report))}</td></tr>
<tr><th>${esc(t.site)}</th><td>${linkOrText(report.site.url)}</td></tr>
<tr><th>${esc(t.type)}</th><td>${esc(report.site.type === 'omo' ? t.typeOmo : t.typeZhao)}</td></tr>
<tr><th>${esc(t.period)}</th><td>${esc(report.period ?? t.periodNone)}</td></tr>
<tr><th>${esc(t.auditedAt)}</th><td>${esc(dateText(report.auditedAt))}</td></tr>
</table>
<h2>${esc(t.conclusionScore)}: <span class="total">${s.total}</span> / 20</h2>
<table><tbody>${scoreRows}<tr><th>${esc(t.total)}</th><th class="num">${s.total} / 20</th><td class="meta">${esc(f.total)}</td></tr></tbody></table>
<h2>${esc(t.analysis)}</h2>
${analysis}
${undecidedNote}
<h2>${esc(t.recommendations)}</h2>
${recList}
<p class="meta">${esc(fmt(t.generatedBy, { tool: report.tool.name, version: report.tool.version }))}</p>
</body>
</html>
`;
}
