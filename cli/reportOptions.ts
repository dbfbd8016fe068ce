/** The report flags shared by `tekser audit` and `tekser rescore`: formats, language, period and the CI gate. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { REPORT_LANGS, type ReportLang } from '../reports/i18n/catalogue.ts';
import { parseFormats, type ReportFormat } from '../reports/writeReports.ts';
import type { ScoreThresholds } from '../reports/scoreGate.ts';

export interface ReportCliOptions {
  format: ReportFormat[];
  reportLang: ReportLang;
  period?: string;
  failUnder?: number;
  failUnderAccessibility?: number;
  failUnderCompleteness?: number;
  failUnderMobile?: number;
}

function formats(value: string): ReportFormat[] {
  try {
    return parseFormats(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

function score(name: string, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > max) throw new InvalidArgumentError(`${name} takes a score from 0 to ${max}, got "${value}".`);
    return n;
  };
}

export function addReportOptions(command: Command, { withPeriod }: { withPeriod: boolean }): Command {
  command
    .option('--format <list>', 'outputs to write: json, html, xlsx, csv (comma list)', formats, ['json', 'html', 'xlsx', 'csv'] as ReportFormat[])
    .addOption(new Option('--report-lang <lang>', 'language of the HTML, conclusion and spreadsheet reports').choices([...REPORT_LANGS]).default('ru'));
  if (withPeriod) command.option('--period <name>', 'the reporting period shown in the reports, e.g. 2025-H2');
  return command
    .option('--fail-under <total>', 'exit with code 3 when the total is below this (0–20)', score('--fail-under', 20))
    .option('--fail-under-accessibility <a>', 'exit with code 3 when A is below this (0–5)', score('--fail-under-accessibility', 5))
    .option('--fail-under-completeness <c>', 'exit with code 3 when C is below this (0–10)', score('--fail-under-completeness', 10))
    .option('--fail-under-mobile <m>', 'exit with code 3 when M is below this (0–5)', score('--fail-under-mobile', 5));
}

export function thresholdsOf(o: ReportCliOptions): ScoreThresholds {
  const t: ScoreThresholds = {};
  if (o.failUnder !== undefined) t.total = o.failUnder;
  if (o.failUnderAccessibility !== undefined) t.accessibility = o.failUnderAccessibility;
  if (o.failUnderCompleteness !== undefined) t.completeness = o.failUnderCompleteness;
  if (o.failUnderMobile !== undefined) t.mobile = o.failUnderMobile;
  return t;
}
