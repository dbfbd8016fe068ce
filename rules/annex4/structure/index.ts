/** Annex 4 structure, navigation and interaction rules (2.1, 2.3, 2.4, 2.6–2.11, 4.1, 4.3, 4.4), and their interpretations. */
import type { Interpretation } from '../../interpretations.ts';
import type { Rule } from '../../types.ts';
import { breadcrumbsRule, BREADCRUMBS_INTERPRETATION } from './breadcrumbsRule.ts';
import { browsersRule, BROWSERS_INTERPRETATION } from './browsersRule.ts';
import { datesRule, DATES_INTERPRETATION } from './datesRule.ts';
import { englishVersionRule, ENGLISH_INTERPRETATION } from './englishVersionRule.ts';
import { everyPageElementsRule, EVERY_PAGE_INTERPRETATION } from './everyPageElementsRule.ts';
import { faqRule, FAQ_INTERPRETATION } from './faqRule.ts';
import { feedbackRule, FEEDBACK_INTERPRETATION } from './feedbackRule.ts';
import { formatsRule, FORMATS_INTERPRETATION } from './formatsRule.ts';
import { hyperlinksRule, HYPERLINKS_INTERPRETATION } from './hyperlinksRule.ts';
import { largeDocumentsRule, LARGE_DOCS_INTERPRETATION } from './largeDocumentsRule.ts';
import { searchRule, SEARCH_INTERPRETATION } from './searchRule.ts';
import { siteNameRule, SITE_NAME_INTERPRETATION } from './siteNameRule.ts';

export const STRUCTURE_RULES: readonly Rule[] = [
  browsersRule,
  everyPageElementsRule,
  breadcrumbsRule,
  searchRule,
  formatsRule,
  largeDocumentsRule,
  datesRule,
  hyperlinksRule,
  siteNameRule,
  feedbackRule,
  faqRule,
  englishVersionRule,
];

const strip = (text: string) => text.replace(/^Interpretation(\s*\(heuristic\))?:\s*/, '');

/** The interpretations these rules apply, for rules/interpretations.ts (shown in every report). */
export const STRUCTURE_INTERPRETATIONS: readonly Interpretation[] = [
  { about: 'A4-2.1', text: strip(BROWSERS_INTERPRETATION) },
  { about: 'A4-2.3', text: strip(EVERY_PAGE_INTERPRETATION) },
  { about: 'A4-2.4', text: strip(BREADCRUMBS_INTERPRETATION) },
  { about: 'A4-2.6', text: strip(SEARCH_INTERPRETATION) },
  { about: 'A4-2.7', text: strip(FORMATS_INTERPRETATION) },
  { about: 'A4-2.8', text: strip(LARGE_DOCS_INTERPRETATION) },
  { about: 'A4-2.9', text: strip(DATES_INTERPRETATION) },
  { about: 'A4-2.10', text: strip(HYPERLINKS_INTERPRETATION) },
  { about: 'A4-2.11', text: strip(SITE_NAME_INTERPRETATION) },
  { about: 'A4-4.1', text: strip(FEEDBACK_INTERPRETATION) },
  { about: 'A4-4.3', text: strip(FAQ_INTERPRETATION) },
  { about: 'A4-4.4', text: strip(ENGLISH_INTERPRETATION) },
];
