/**
 * The interpretations the Annex 5/6 content rules and deficiency finders make (shown to users).
 * Same shape as rules/interpretations.ts (about, text); the lead adds them to INTERPRETATIONS.
 */
import { MIN_CONTENT_CHARS } from '../deficiencies/insufficient.ts';
import { SHORTER_SHARE } from '../deficiencies/languagesDiffer.ts';
import { DEFAULT_MAX_AGE_DAYS } from '../deficiencies/notUpdated.ts';

export const CONTENT_INTERPRETATIONS: readonly { about: string; text: string }[] = [
  {
    about: 'C',
    text: "A section is found in a language by its pages' heading, title or URL (the words gov.kz sites use, lexicon/sections); its items are looked for in those pages' main content (menus, header and footer labels left out): words, patterns (e-mail, phone, postal address with index), links to the sites named (egov.kz, eotinish.kz, goszakup.gov.kz, adilet.zan.kz, legalacts.egov.kz, the eGov app), images (flag, emblem) and media (anthem). The home page is searched for the general-information and information-support sections.",
  },
  { about: 'C', text: "A section's points are shared equally among its items; the points of a language are those of the items found in it." },
  {
    about: 'C',
    text: 'An "if any" item drops out when the site says there are none; when it is neither found nor said to be absent, it counts as missing and the row is marked manual for a reviewer.',
  },
  {
    about: 'C',
    text: 'Language check: an item counts for kk only on a page whose own text is Kazakh (and for ru only on Russian text); Russian text under the Kazakh interface does not count for kk. The language is told by sentences: a Kazakh sentence of five words or more contains a Kazakh-only letter (ә ғ қ ң ө ұ ү һ і).',
  },
  {
    about: 'C',
    text: 'Items marked * count only as machine-readable text: the page text, or a linked PDF whose text layer was read (up to 8 MB); an image, or a PDF without a text layer, does not count.',
  },
  {
    about: 'C',
    text: `Deficiencies (0.1 each): not updated — the newest news is older than ${DEFAULT_MAX_AGE_DAYS} days at the audit date (per language); kk and ru not identical — a section found in one language and not at all in the other, or a page whose counterpart answers an error or has less than ${SHORTER_SHARE * 100} % of its text; cited act without a link — a page citing a law, code, decree or order with no link to a legal-acts site or a document; outdated act — a link to a page or PDF the crawl read that is marked «күші жойылды» / «утратил силу»; insufficient information — a section page with a heading and fewer than ${MIN_CONTENT_CHARS} characters and no link under it.`,
  },
  {
    about: 'M',
    text: 'Annex 6 sections are judged on what the phone shows: the phone crawl (home page and pages one click from it) and the section pages found on the desktop opened again in the phone context (up to 10 per language); content hidden on the phone does not count. Deficiencies of M: not updated, kk/ru not identical, insufficient information, judged on the phone pages.',
  },
];
