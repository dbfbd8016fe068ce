/** The report languages and their string catalogues; `fmt` fills {placeholders}. */
import { EN, type Catalogue } from './en.ts';
import { KK } from './kk.ts';
import { RU } from './ru.ts';
import type { Status } from '../../rules/types.ts';

export type ReportLang = 'kk' | 'ru' | 'en';
export const REPORT_LANGS: readonly ReportLang[] = ['kk', 'ru', 'en'];
export const DEFAULT_REPORT_LANG: ReportLang = 'ru';

export const CATALOGUES: Readonly<Record<ReportLang, Catalogue>> = { kk: KK, ru: RU, en: EN };

export function catalogue(lang: ReportLang): Catalogue {
  return CATALOGUES[lang];
}

/** "{a} of {b}" with values filled in; unknown placeholders stay as they are. */
export function fmt(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export function statusText(t: Catalogue, status: Status): string {
  const map: Record<Status, string> = {
    pass: t.statusPass,
    partial: t.statusPartial,
    fail: t.statusFail,
    manual: t.statusManual,
    'not-checked': t.statusNotChecked,
    error: t.statusError,
  };
  return map[status];
}

export function kindText(t: Catalogue, kind: 'auto' | 'heuristic' | 'manual'): string {
  return kind === 'auto' ? t.kindAuto : kind === 'heuristic' ? t.kindHeuristic : t.kindManual;
}

export type { Catalogue };
