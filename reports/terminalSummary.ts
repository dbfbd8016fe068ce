/**
 * A plain-text summary for the terminal: A/5, C/10, M/5, total/20, and the five decided indicators
 * that lost the most points. Colours only when asked (by default: when stdout is a TTY and
 * NO_COLOR is not set).
 */
import type { Report, ReportIndicator } from './reportSchema.ts';
import { round3 } from '../rules/points.ts';

export interface TerminalSummaryOptions {
  color?: boolean;
  /** How many indicators to list (default 5). */
  worst?: number;
}

const DECIDED = new Set(['pass', 'partial', 'fail']);

function defaultColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
}

function num(value: number): string {
  return String(round3(value));
}

function rowLabel(indicator: ReportIndicator): string {
  return indicator.lang ? `${indicator.id} ${indicator.lang}` : indicator.id;
}

/** The decided indicators that lost the most points, largest loss first, methodology order on ties. */
export function worstIndicators(report: Report, count = 5): ReportIndicator[] {
  return report.indicators
    .map((indicator, order) => ({ indicator, order, lost: round3(indicator.max - indicator.points) }))
    .filter((entry) => DECIDED.has(entry.indicator.status) && entry.lost > 0)
    .sort((a, b) => b.lost - a.lost || a.order - b.order)
    .slice(0, count)
    .map((entry) => entry.indicator);
}

export function terminalSummary(report: Report, options: TerminalSummaryOptions = {}): string {
  const color = options.color ?? defaultColor();
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const bold = (text: string) => paint('1', text);
  const s = report.scores;
  const scoreRows: [string, number, number][] = [
    ['A  Accessibility', s.accessibility, 5],
    ['C  Completeness and currency', s.completeness, 10],
    ['M  Mobile version', s.mobile, 5],
  ];
  const width = 30;
  const lines: string[] = [];
  lines.push(bold(`Tekser — ${report.site.url} (${report.site.type.toUpperCase()}, ${report.site.platform})`));
  lines.push(`Crawl: ${report.crawl.status}, ${report.crawl.pageTotal} pages, audited ${report.auditedAt}`);
  lines.push('');
  for (const [label, value, max] of scoreRows) lines.push(`${label.padEnd(width)} ${num(value).padStart(6)} / ${max}`);
  lines.push(`${'-'.repeat(width)} ${'-'.repeat(11)}`);
  lines.push(bold(`${'Total'.padEnd(width)} ${num(s.total).padStart(6)} / 20`));
  lines.push(`k = ${s.mobileCoefficient}${s.linkPenalty ? ', link penalty 1' : ''}`);
  const worst = worstIndicators(report, options.worst ?? 5);
  lines.push('');
  if (worst.length === 0) lines.push('No decided indicator lost points.');
  else {
    lines.push(bold('Indicators losing the most points:'));
    for (const indicator of worst) {
      const points = `${num(indicator.points)}/${num(indicator.max)}`;
      const mark = indicator.status === 'fail' ? paint('31', indicator.status) : paint('33', indicator.status);
      lines.push(`  ${rowLabel(indicator).padEnd(12)} ${points.padStart(11)}  ${mark.padEnd(color ? 16 : 7)} ${indicator.title.en}`);
    }
  }
  const undecided = report.indicators.filter((i) => !DECIDED.has(i.status));
  if (undecided.length > 0) {
    const points = round3(undecided.reduce((sum, i) => sum + i.max, 0));
    lines.push('');
    lines.push(`${undecided.length} indicator rows not decided (not checked, manual or error): ${points} annex points not awarded.`);
  }
  return `${lines.join('\n')}\n`;
}
