/** report.xlsx for evaluators: Summary (scores and formula), Indicators, Deficiencies, Failing elements. */
import ExcelJS from 'exceljs';
import type { Report } from '../reportSchema.ts';
import { catalogue, type ReportLang } from '../i18n/catalogue.ts';
import { formulaLines } from '../html/formulaLines.ts';
import { bodyName } from '../html/renderHtml.ts';
import { deficiencyHeader, deficiencyRows, elementHeader, elementRows, indicatorHeader, indicatorRows, type Cell } from './indicatorRows.ts';

function addTable(book: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][], widths: number[]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  // Cells are typed: a string is a string cell, never a formula, so site text such as "=HYPERLINK(…)" stays text.
  for (const row of rows) sheet.addRow(row);
  widths.forEach((w, i) => { sheet.getColumn(i + 1).width = w; });
  if (rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

export function buildWorkbook(report: Report, options: { lang?: ReportLang } = {}): ExcelJS.Workbook {
  const lang = options.lang ?? 'ru';
  const t = catalogue(lang);
  const f = formulaLines(report, t);
  const book = new ExcelJS.Workbook();
  book.creator = `${report.tool.name} ${report.tool.version}`;
  const summary = book.addWorksheet(t.sheetSummary);
  summary.getColumn(1).width = 36;
  summary.getColumn(2).width = 14;
  summary.getColumn(3).width = 90;
  const facts: Cell[][] = [
    [t.body, bodyName(report)],
    [t.site, report.site.url],
    [t.type, report.site.type === 'omo' ? t.typeOmo : t.typeZhao],
    [t.auditedAt, report.auditedAt],
    [t.period, report.period ?? t.periodNone],
    [t.toolVersion, `${report.tool.name} ${report.tool.version}`],
    [],
  ];
  for (const row of facts) summary.addRow(row);
  summary.addRow([t.scores, t.colPoints, t.formula]).font = { bold: true };
  summary.addRow([t.accessibility, report.scores.accessibility, f.accessibility.join('; ')]);
  summary.addRow([t.completeness, report.scores.completeness, f.completeness.join('; ')]);
  summary.addRow([t.mobile, report.scores.mobile, f.mobile.join('; ')]);
  summary.addRow([t.total, report.scores.total, f.total]).font = { bold: true };
  summary.addRow([t.kValue, report.scores.mobileCoefficient, '']);
  addTable(book, t.sheetIndicators, indicatorHeader(lang), indicatorRows(report, lang), [10, 50, 8, 10, 8, 8, 14, 10, 60, 50, 40]);
  addTable(book, t.sheetDeficiencies, deficiencyHeader(lang), deficiencyRows(report), [10, 10, 8, 16, 80, 50]);
  addTable(book, t.sheetElements, elementHeader(lang), elementRows(report, lang), [10, 8, 14, 40, 50, 40, 60, 20]);
  return book;
}

export async function renderXlsx(report: Report, options: { lang?: ReportLang } = {}): Promise<Buffer> {
  const data = await buildWorkbook(report, options).xlsx.writeBuffer();
  return Buffer.from(data);
}
