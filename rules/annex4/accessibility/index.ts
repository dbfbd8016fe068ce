/** Annex 4 group 3 rules (persons with disabilities: 3.1–3.8), each a pure function of the snapshot. */
import type { Rule } from '../../types.ts';

export const ACCESSIBILITY_RULES: readonly Rule[] = [];
