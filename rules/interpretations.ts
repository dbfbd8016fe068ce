/**
 * The project's interpretations of the methodology where the original is silent or ambiguous.
 * They are decisions, not facts, and every report shows them to its readers.
 */
import { HOME_PAGE_INTERPRETATION } from './annex4/homePageAccessRule.ts';
import { NAVIGATION_DEPTH_INTERPRETATION } from './annex4/navigationDepthRule.ts';
import { RSS_INTERPRETATION } from './annex4/rssRule.ts';
import { SEARCH_ENGINE_INTERPRETATION } from './annex4/searchEngineRankRule.ts';
import { SITE_MAP_INTERPRETATION } from './annex4/siteMapRule.ts';
import { ACCESSIBILITY_INTERPRETATIONS } from './annex4/accessibility/index.ts';
import { STRUCTURE_INTERPRETATIONS } from './annex4/structure/index.ts';
import { CONTENT_INTERPRETATIONS } from './contentDetection/interpretations.ts';
import { MOBILE_INTERPRETATION } from './mobile/mobileCoefficient.ts';

export interface Interpretation {
  /** What it is about: an indicator id, or 'M', 'C', 'A'. */
  about: string;
  text: string;
}

const strip = (text: string) => text.replace(/^Interpretation:\s*/, '');

export const INTERPRETATIONS: readonly Interpretation[] = [
  { about: 'M', text: strip(MOBILE_INTERPRETATION) },
  {
    about: 'M',
    text: 'A separate mobile version that has no link back to the full version costs 1 point of M (para 28); the penalty is taken after the deficiency deductions, and M never goes below 0.',
  },
  {
    about: 'M',
    text: 'In the Annex 6 public-services section the memo on obtaining a service is split into its six parts (3.1–3.6), each counted as an item of the section.',
  },
  { about: 'A4-1.1', text: strip(SEARCH_ENGINE_INTERPRETATION) },
  { about: 'A4-2.2', text: strip(NAVIGATION_DEPTH_INTERPRETATION) },
  { about: 'A4-2.5', text: `${strip(SITE_MAP_INTERPRETATION)} A site map in at least one language version counts as present; the links counted are those in the site map's main content.` },
  { about: 'A4-2.12', text: strip(HOME_PAGE_INTERPRETATION) },
  { about: 'A4-4.2', text: strip(RSS_INTERPRETATION) },
  ...STRUCTURE_INTERPRETATIONS,
  ...CONTENT_INTERPRETATIONS,
  ...ACCESSIBILITY_INTERPRETATIONS,
  { about: 'A4', text: '"Every page" indicators are judged over the crawled pages; the share of pages that pass and examples of pages that fail are evidence.' },
  {
    about: 'C',
    text: 'A section\'s points are shared equally among its items (items marked "if any" drop out where they do not apply); items marked * must be in machine-readable text (not a scanned image).',
  },
  {
    about: 'A',
    text: 'Annex 4 is judged once for the site (its indicators carry no language); Annex 5 and Annex 6 sections are judged once per language version (kk and ru).',
  },
];

/** The interpretations as lines for a report: "A4-2.5: …". */
export function interpretationLines(): string[] {
  return INTERPRETATIONS.map((i) => `${i.about}: ${i.text}`);
}
