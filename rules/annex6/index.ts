/** Annex 6 (mobile version) rules: one result per section and language, judged on the phone. */
import type { Rule } from '../types.ts';
import { annex6Rule } from './annex6Rule.ts';

export const ANNEX6_RULES: readonly Rule[] = [annex6Rule];
