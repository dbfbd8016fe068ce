/** Probes for Annex 4 group 3 (persons with disabilities): axe-core, zoom, keyboard, motion, forms. */
import type { Probe } from '../probeTypes.ts';

export const ACCESSIBILITY_PROBES: readonly Probe[] = [];
