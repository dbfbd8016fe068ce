/** Annex 4 structure, navigation and interaction rules (2.1, 2.3, 2.4, 2.6–2.11, 4.1, 4.3, 4.4). */
import type { Rule } from '../../types.ts';

export const STRUCTURE_RULES: readonly Rule[] = [];
