/**
 * The shape of the section lexicon: for each topic (a section or an item of Annexes 5 and 6) the
 * words a gov.kz site uses for it in Kazakh and in Russian. A term is one or more word stems
 * separated by spaces; each stem matches the start of a word, so «бос орын» matches «Бос
 * орындар», «бос орындары» and the Latin-script «Bos oryndar» (rules/contentDetection/fold.ts).
 */
export interface Topic {
  /** Kazakh stems (Cyrillic; Latin-script Kazakh is matched through the fold). */
  kk: readonly string[];
  /** Russian stems. */
  ru: readonly string[];
  /** URL path words that name the page (e.g. 'vacanc', 'symbol'), any language. */
  slugs?: readonly string[];
  /** Hosts a link to which counts as the item (e.g. 'egov.kz'). */
  hosts?: readonly string[];
  /** A pattern detector that counts as the item (postal address, e-mail, phone…). */
  detector?: Detector;
  /** Stems looked for in image alt texts and file names (flag, emblem). */
  image?: readonly string[];
  /** Stems looked for in audio/video sources and link targets (the anthem's mp3). */
  media?: readonly string[];
  /** Phrases of a neighbouring, more specific item: text matching only inside them does not count. */
  unless?: { kk: readonly string[]; ru: readonly string[] };
}

/** A topic with a detector is found by the detector only (its words are too common on their own). */
export type Detector = 'email' | 'phone' | 'postalAddress';

export const topic = (kk: readonly string[], ru: readonly string[], extra: Omit<Topic, 'kk' | 'ru'> = {}): Topic => ({ kk, ru, ...extra });
