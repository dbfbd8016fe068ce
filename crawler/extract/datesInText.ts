/**
 * Finds the dates a page shows in its text: 12.11.2026, 2026-11-12, «12 ноября 2026 г.»,
 * «2026 жылғы 12 қараша», «12 қараша 2026», «November 12, 2026». Pure; used for indicator 2.9
 * and for currency checks.
 */
import { MONTH_NAMES } from '../../lexicon/months.ts';

export interface DateMention {
  text: string;
  iso: string | null;
  context: string;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

const monthIndex = new Map<string, number>();
for (const names of Object.values(MONTH_NAMES)) names.forEach((forms, i) => forms.forEach((f) => monthIndex.set(f, i + 1)));
const monthAlt = [...monthIndex.keys()].sort((a, b) => b.length - a.length).join('|');
// Kazakh month stems take case endings; the other forms are whole words.
const MONTH = `(${monthAlt})[а-яәғқңөұүһі]*\\.?`;

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  { re: /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g, read: (m) => iso(+m[3]!, +m[2]!, +m[1]!) },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  // «2026 жылғы 12 қараша», «2026 ж. 12 қарашада»
  { re: new RegExp(`(\\d{4})\\s*(?:жылғы|жылы|ж\\.)\\s*(\\d{1,2})\\s+${MONTH}`, 'giu'), read: (m) => iso(+m[1]!, monthIndex.get(m[3]!.toLowerCase()) ?? 0, +m[2]!) },
  // «12 ноября 2026», «12 қараша 2026», «12 November 2026»
  { re: new RegExp(`(?<![\\d.])(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})`, 'giu'), read: (m) => iso(+m[3]!, monthIndex.get(m[2]!.toLowerCase()) ?? 0, +m[1]!) },
  // «November 12, 2026»
  { re: new RegExp(`${MONTH}\\s+(\\d{1,2}),\\s*(\\d{4})`, 'giu'), read: (m) => iso(+m[3]!, monthIndex.get(m[1]!.toLowerCase()) ?? 0, +m[2]!) },
];

export function findDates(text: string, max = 50): DateMention[] {
  const found: { index: number; mention: DateMention }[] = [];
  const taken: [number, number][] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const value = read(m);
      if (!value) continue;
      taken.push([start, end]);
      const context = text.slice(Math.max(0, start - 60), Math.min(text.length, end + 60)).replace(/\s+/g, ' ').trim();
      found.push({ index: start, mention: { text: m[0].trim(), iso: value, context } });
    }
  }
  return found.sort((a, b) => a.index - b.index).slice(0, max).map((f) => f.mention);
}
