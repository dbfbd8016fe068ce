/** Site-level probes for Annex 4 groups 2 and 4: search, links, other browsers. */
import type { Probe } from '../probeTypes.ts';
import { browsersProbe, firefoxBrowsersProbe } from './browsersProbe.ts';
import { linkCheckProbe } from './linkCheckProbe.ts';
import { searchProbe } from './searchProbe.ts';

export const SITE_PROBES: readonly Probe[] = [searchProbe as Probe, linkCheckProbe as Probe, browsersProbe as Probe, firefoxBrowsersProbe as Probe];
