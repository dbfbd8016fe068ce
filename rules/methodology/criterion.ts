/**
 * The criterion "Интернет-ресурстың тиімділігі" (internet-resource effectiveness), chapter 2 and
 * Annex 3 of the methodology: the constants of the three formulas (METHODOLOGY.md §1).
 *   A = (sum of Annex 4 points) / 10 × 5
 *   C = (kk + ru Annex 5 points) / 100 × 10 − min(0.1 × n, 50 % of that value)
 *   M = (kk + ru Annex 6 points) / 50 × k − min(0.1 × n, 50 % of that value) − link penalty
 */
import type { LocalizedText } from './localizedText.ts';
import { ANNEX4_TOTAL } from './annex4.ts';
import { ANNEX5_TOTAL_PER_LANG } from './annex5.ts';
import { ANNEX6_TOTAL_PER_LANG } from './annex6.ts';

export type MobileCoefficient = 5 | 3 | 0;

export const CRITERION = {
  title: {
    kk: 'Интернет-ресурстың тиімділігі',
    ru: 'Эффективность интернет-ресурса',
    en: 'Internet-resource effectiveness',
  } satisfies LocalizedText,
  /** A: accessibility (Annex 4, para 19). */
  accessibility: {
    title: { kk: 'Интернет-ресурстың қолжетімділігі', ru: 'Доступность интернет-ресурса', en: 'Accessibility' } satisfies LocalizedText,
    /** The Annex 4 sum is divided by this … */
    annexTotal: ANNEX4_TOTAL,
    /** … and multiplied by this, which is also the indicator's maximum. */
    max: 5,
  },
  /** C: completeness and currency (Annex 5, para 22). */
  completeness: {
    title: {
      kk: 'Ақпараттың толықтығы мен өзектілігі',
      ru: 'Полнота и актуальность информации',
      en: 'Completeness and currency',
    } satisfies LocalizedText,
    /** kk + ru Annex 5 points are divided by this (50 + 50) … */
    annexTotal: 2 * ANNEX5_TOTAL_PER_LANG,
    /** … and multiplied by this, which is also the indicator's maximum. */
    max: 10,
  },
  /** M: the mobile version (Annex 6, paras 24, 27, 28). */
  mobile: {
    title: { kk: 'Интернет-ресурстың мобилді нұсқасы', ru: 'Мобильная версия интернет-ресурса', en: 'Mobile version' } satisfies LocalizedText,
    /** kk + ru Annex 6 points are divided by this (25 + 25) and multiplied by k. */
    annexTotal: 2 * ANNEX6_TOTAL_PER_LANG,
    /** The indicator's maximum (k = 5). */
    max: 5,
  },
  /** Deficiencies found under the Annex 5 and Annex 6 tables (paras 22, 27). */
  deficiency: {
    /** Points taken off per deficiency. */
    points: 0.1,
    /** The deductions never take more than this share of the weighted value. */
    capShare: 0.5,
  },
  /** Para 28: a separate mobile version without a link back to the full version costs this much of M. */
  linkPenalty: 1,
  /** Para 24: the mobile coefficient k. */
  mobileCoefficient: {
    /** The mobile version loads automatically (or the site is responsive — interpretation). */
    automatic: 5,
    /** The main version loads and a link leads to the mobile version. */
    link: 3,
    /** The main version loads and there is no mobile version: M = 0, no evaluation. */
    none: 0,
  },
  /** A + C + M at most. */
  total: 20,
} as const;
