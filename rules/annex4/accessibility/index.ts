/** Annex 4 group 3 rules (persons with disabilities: 3.1–3.8), each a pure function of the snapshot, and their interpretations. */
import type { Interpretation } from '../../interpretations.ts';
import type { Rule } from '../../types.ts';
import { AUTOPLAY_INTERPRETATION, autoplayMediaRule } from './autoplayMediaRule.ts';
import { CONTRAST_INTERPRETATION, contrastRule } from './contrastRule.ts';
import { FORM_ERRORS_INTERPRETATION, formErrorsRule } from './formErrorsRule.ts';
import { KEYBOARD_INTERPRETATION, keyboardRule } from './keyboardRule.ts';
import { MOTION_INTERPRETATION, motionRule } from './motionRule.ts';
import { SKIP_LINKS_INTERPRETATION, skipLinksRule } from './skipLinksRule.ts';
import { TEXT_ALTERNATIVES_INTERPRETATION, textAlternativesRule } from './textAlternativesRule.ts';
import { ZOOM_INTERPRETATION, zoomRule } from './zoomRule.ts';

export const ACCESSIBILITY_RULES: readonly Rule[] = [textAlternativesRule, autoplayMediaRule, motionRule, keyboardRule, skipLinksRule, formErrorsRule, contrastRule, zoomRule];

const strip = (text: string) => text.replace(/^Interpretation(\s*\(heuristic\))?:\s*/, '');

/** What the reports show as the project's reading of 3.1–3.8 (to be listed in rules/interpretations.ts). */
export const ACCESSIBILITY_INTERPRETATIONS: readonly Interpretation[] = [
  { about: 'A4-3.1', text: strip(TEXT_ALTERNATIVES_INTERPRETATION) },
  { about: 'A4-3.2', text: strip(AUTOPLAY_INTERPRETATION) },
  { about: 'A4-3.3', text: `Heuristic. ${strip(MOTION_INTERPRETATION)}` },
  { about: 'A4-3.4', text: strip(KEYBOARD_INTERPRETATION) },
  { about: 'A4-3.5', text: strip(SKIP_LINKS_INTERPRETATION) },
  { about: 'A4-3.6', text: strip(FORM_ERRORS_INTERPRETATION) },
  { about: 'A4-3.7', text: strip(CONTRAST_INTERPRETATION) },
  { about: 'A4-3.8', text: strip(ZOOM_INTERPRETATION) },
];
