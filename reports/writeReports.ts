/**
 * Writes the chosen formats of one report into a folder: report.json, report.html and
 * report-conclusion.html, report.xlsx, report.csv. The HTML links screenshots in snapshot/ beside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from './reportSchema.ts';
import type { ReportLang } from './i18n/catalogue.ts';
import { renderHtml } from './html/renderHtml.ts';
import { renderConclusion } from './conclusion/renderConclusion.ts';
import { renderCsv } from './tables/renderCsv.ts';
import { renderXlsx } from './tables/renderXlsx.ts';

export type ReportFormat = 'json' | 'html' | 'xlsx' | 'csv';
export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'html', 'xlsx', 'csv'];

/** "html,csv" → ['html', 'csv']; throws on an unknown name. */
export function parseFormats(value: string): ReportFormat[] {
  const list = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = list.filter((f) => !(REPORT_FORMATS as readonly string[]).includes(f));
  if (bad.length > 0 || list.length === 0) throw new Error(`--format takes a comma-separated list of ${REPORT_FORMATS.join(', ')}; got "${value}".`);
  return [...new Set(list)] as ReportFormat[];
}

export interface WriteReportsOptions {
  formats?: readonly ReportFormat[];
  lang?: ReportLang;
}

/** Writes the files; returns their paths in the order written. */
export async function writeReports(report: Report, outDir: string, options: WriteReportsOptions = {}): Promise<string[]> {
  const formats = options.formats ?? REPORT_FORMATS;
  const lang = options.lang ?? 'ru';
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, data: string | Buffer) => {
    const path = join(outDir, name);
    writeFileSync(path, data);
    written.push(path);
  };
  if (formats.includes('json')) write('report.json', `${JSON.stringify(report, null, 2)}\n`);
  if (formats.includes('html')) {
    write('report.html', renderHtml(report, { lang }));
    write('report-conclusion.html', renderConclusion(report, { lang }));
  }
  if (formats.includes('xlsx')) write('report.xlsx', await renderXlsx(report, { lang }));
  if (formats.includes('csv')) write('report.csv', renderCsv(report, { lang }));
  return written;
}
