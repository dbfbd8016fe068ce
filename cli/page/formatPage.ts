/**
 * Output of `tekser page`: per URL, the page-level indicators with status, points/max and
 * evidence — as text for a person (default) or as a JSON array, one entry per URL in the order given.
 */
import type { Evidence, IndicatorResult } from '../../rules/types.ts';

export interface PageIndicator {
  id: string;
  status: IndicatorResult['status'];
  points: number;
  max: number;
  summary: string;
  deductions: IndicatorResult['deductions'];
  evidence: Evidence[];
}

export interface PageEntry {
  url: string;
  /** Where the page ended up, its HTTP status and language (null when it could not be opened). */
  finalUrl: string | null;
  httpStatus: number | null;
  lang: string | null;
  /** Why the page could not be measured (null when it was). */
  error: string | null;
  indicators: PageIndicator[];
}

export function toIndicator(r: IndicatorResult): PageIndicator {
  return { id: r.id, status: r.status, points: r.points, max: r.max, summary: r.summary, deductions: r.deductions, evidence: r.evidence };
}

export function pagesJson(entries: readonly PageEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** Evidence rows printed per indicator in the text view (--json has them all). */
export const TEXT_EVIDENCE_ROWS = 6;

const num = (n: number) => String(Math.round(n * 100) / 100);

function evidenceLine(e: Evidence): string {
  const parts = [e.label];
  if (e.value !== undefined && e.value !== null && e.kind !== 'page') parts.push(`= ${String(e.value)}`);
  if (e.selector) parts.push(`[${e.selector}]`);
  if (e.url && e.kind !== 'note') parts.push(`<${e.url}>`);
  return parts.join(' ');
}

export function pagesText(entries: readonly PageEntry[]): string {
  const out: string[] = [];
  for (const entry of entries) {
    const head = entry.error
      ? `${entry.url}\n  could not be measured: ${entry.error}`
      : `${entry.url}${entry.finalUrl && entry.finalUrl !== entry.url ? ` → ${entry.finalUrl}` : ''}  (HTTP ${entry.httpStatus ?? '?'}, language ${entry.lang ?? 'unknown'})`;
    out.push(head);
    for (const ind of entry.indicators) {
      out.push(`  ${ind.id.padEnd(8)} ${ind.status.padEnd(11)} ${`${num(ind.points)}/${num(ind.max)}`.padEnd(10)} ${ind.summary}`);
      if (entry.error) continue;
      for (const d of ind.deductions) out.push(`      − ${num(d.points)}: ${d.reason}`);
      const rows = ind.evidence.filter((e) => !(e.kind === 'note' && e.label.startsWith('Interpretation')));
      for (const e of rows.slice(0, TEXT_EVIDENCE_ROWS)) out.push(`      · ${evidenceLine(e)}`);
      if (rows.length > TEXT_EVIDENCE_ROWS) out.push(`      · … ${rows.length - TEXT_EVIDENCE_ROWS} more (see --json)`);
    }
    const points = entry.indicators.reduce((s, i) => s + i.points, 0);
    const max = entry.indicators.reduce((s, i) => s + i.max, 0);
    if (!entry.error) out.push(`  Page-level points: ${num(points)} of ${num(max)}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
