/** Annex 5 (completeness and currency) rules: one result per section and language. */
import type { Rule } from '../types.ts';
import { annex5Rule } from './annex5Rule.ts';

export const ANNEX5_RULES: readonly Rule[] = [annex5Rule];
