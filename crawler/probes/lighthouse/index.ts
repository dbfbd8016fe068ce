/** The Lighthouse probes (diagnostics beside the methodology's points): desktop and phone. */
import type { Probe } from '../probeTypes.ts';
import { lighthouseMobileProbe, lighthouseProbe } from './lighthouseProbe.ts';

export const LIGHTHOUSE_PROBES: readonly Probe[] = [lighthouseProbe as Probe, lighthouseMobileProbe as Probe];
