/**
 * Interface vocabulary the crawler looks for on gov.kz sites, in Kazakh (Cyrillic and Latin),
 * Russian and English. Data, in one place: matching is case-insensitive on normalised text.
 */
export const INTERFACE_TERMS = {
  /** A link from the full site to its mobile version. */
  mobileVersion: ['мобильді нұсқа', 'мобильдік нұсқа', 'мобильная версия', 'mobile version', 'mobildi nusqa', 'мобильный сайт'],
  /** A link from a mobile version back to the full version. */
  fullVersion: ['толық нұсқа', 'сайттың толық нұсқасы', 'полная версия', 'full version', 'desktop version', 'толық нұсқасы', 'toliq nusqa', 'tolyq nusqa'],
} as const;

export type InterfaceTerm = keyof typeof INTERFACE_TERMS;

export function matchesTerm(text: string | null | undefined, term: InterfaceTerm): boolean {
  const t = (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  return t.length > 0 && t.length < 120 && INTERFACE_TERMS[term].some((w) => t.includes(w));
}
