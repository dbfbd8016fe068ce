/** Probes for Annexes 5 and 6: document text layers, phone pages of the sections Annex 6 needs. */
import type { Probe } from '../probeTypes.ts';
import { documentTextProbe } from './documentTextProbe.ts';
import { mobileSectionsProbe } from './mobileSectionsProbe.ts';

export const CONTENT_PROBES: readonly Probe[] = [documentTextProbe as Probe, mobileSectionsProbe as Probe];
