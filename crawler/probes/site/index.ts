/** Site-level probes for Annex 4 groups 2 and 4: search, language switch, links, files, other browsers. */
import type { Probe } from '../probeTypes.ts';

export const SITE_PROBES: readonly Probe[] = [];
