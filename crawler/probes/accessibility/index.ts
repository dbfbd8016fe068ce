/** Probes for Annex 4 group 3 (persons with disabilities): axe-core, zoom, keyboard, motion, forms. */
import type { Probe } from '../probeTypes.ts';
import { axeProbe } from './axeProbe.ts';
import { formErrorsProbe } from './formErrorsProbe.ts';
import { keyboardProbe } from './keyboardProbe.ts';
import { motionProbe } from './motionProbe.ts';
import { zoomProbe } from './zoomProbe.ts';

export { axeProbe, formErrorsProbe, keyboardProbe, motionProbe, zoomProbe };

export const ACCESSIBILITY_PROBES: readonly Probe[] = [axeProbe, zoomProbe, keyboardProbe, motionProbe, formErrorsProbe] as readonly Probe[];
