/** The flat rows of the spreadsheet formats (CSV, XLSX): one per indicator, deficiency and failing element. */
import type { Report } from '../reportSchema.ts';
import { catalogue, statusText, type ReportLang } from '../i18n/catalogue.ts';

export type Cell = string | number;

export function indicatorHeader(lang: ReportLang): string[] {
  const t = catalogue(lang);
  return [t.colId, t.colTitle, t.colLang, t.colDevice, t.colMax, t.colPoints, t.colStatus, t.colKind, t.colDeductions, t.colEvidenceUrl, t.colVerdict];
}

export function indicatorRows(report: Report, lang: ReportLang): Cell[][] {
  const t = catalogue(lang);
  return report.indicators.map((i) => [
    i.id,
    i.title[lang],
    i.lang ?? '',
    i.device ?? '',
    i.max,
    i.points,
    statusText(t, i.status),
    i.kind,
    i.deductions.map((d) => `−${d.points}: ${d.reason}`).join('\n'),
    i.evidence.find((e) => e.url)?.url ?? '',
    i.verdict ? `${i.verdict.reviewer} (${i.verdict.decidedAt}): ${i.verdict.reason}` : '',
  ]);
}

export function deficiencyHeader(lang: ReportLang): string[] {
  const t = catalogue(lang);
  return [t.colIndicator, t.colSection, t.colLang, t.colType, t.colReason, t.colUrl];
}

export function deficiencyRows(report: Report): Cell[][] {
  return report.deficiencies.map((d) => [d.indicator, d.section ?? '', d.lang ?? '', d.type ?? '', d.reason, d.evidence?.find((e) => e.url)?.url ?? '']);
}

export function elementHeader(lang: ReportLang): string[] {
  const t = catalogue(lang);
  return [t.colId, t.colLang, t.colStatus, t.colLabel, t.colUrl, t.colSelector, t.colHtml, t.colValue];
}

/** Evidence of kind 'element' of the rows that lost points: the exact nodes to fix. */
export function elementRows(report: Report, lang: ReportLang): Cell[][] {
  const t = catalogue(lang);
  return report.indicators
    .filter((i) => i.status === 'fail' || i.status === 'partial')
    .flatMap((i) =>
      i.evidence
        .filter((e) => e.kind === 'element')
        .map((e): Cell[] => [i.id, i.lang ?? '', statusText(t, i.status), e.label, e.url ?? '', e.selector ?? '', e.html ?? '', e.value === undefined || e.value === null ? '' : typeof e.value === 'boolean' ? String(e.value) : e.value]),
    );
}
