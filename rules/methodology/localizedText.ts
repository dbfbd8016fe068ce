/** A user-facing string in the three languages of the tool: Kazakh (from the original), Russian, English. */
export interface LocalizedText {
  kk: string;
  ru: string;
  en: string;
}
