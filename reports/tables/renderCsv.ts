/** report.csv: the indicator rows, RFC 4180 quoting, CRLF line ends, UTF-8 with a BOM (so Excel reads Cyrillic). */
import type { Report } from '../reportSchema.ts';
import type { ReportLang } from '../i18n/catalogue.ts';
import { indicatorHeader, indicatorRows, type Cell } from './indicatorRows.ts';

export function csvField(value: Cell): string {
  let text = String(value);
  // A cell starting with = + - @ is a formula to a spreadsheet; site text must not become one.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(report: Report, options: { lang?: ReportLang } = {}): string {
  const lang = options.lang ?? 'ru';
  const lines = [indicatorHeader(lang), ...indicatorRows(report, lang)].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
