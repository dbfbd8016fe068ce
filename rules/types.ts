/**
 * The result types that cross from the rules to scoring and the reports. A rule is a pure
 * function of the snapshot (crawler/snapshot/schema.ts): it never opens a page, a socket or a file.
 */
import type { Snapshot } from '../crawler/snapshot/schema.ts';

export type Status = 'pass' | 'partial' | 'fail' | 'manual' | 'not-checked' | 'error';

export interface Evidence {
  kind: 'page' | 'element' | 'value' | 'screenshot' | 'note';
  label: string;
  url?: string;
  selector?: string;
  html?: string;
  value?: string | number | boolean | null;
}

/** One fact that took points off; `points` is positive: what was taken off. */
export interface Deduction {
  reason: string;
  points: number;
}

export type ResultLang = 'kk' | 'ru';
export type ResultDevice = 'desktop' | 'mobile';

export interface IndicatorResult {
  /** 'A4-2.2', 'A5-1.3', 'A6-1.1' */
  id: string;
  lang: ResultLang | null;
  device: ResultDevice | null;
  max: number;
  points: number;
  status: Status;
  deductions: Deduction[];
  evidence: Evidence[];
  /** One line in English for the terminal. */
  summary: string;
}

export interface Rule {
  /** The indicator id the rule decides ('A4-2.2'). */
  id: string;
  run(snapshot: Snapshot): IndicatorResult[];
}
