/** Every probe the audit runs, in order. */
import { ACCESSIBILITY_PROBES } from './accessibility/index.ts';
import { CONTENT_PROBES } from './content/index.ts';
import type { Probe } from './probeTypes.ts';
import { SITE_PROBES } from './site/index.ts';

export const PROBES: readonly Probe[] = [...SITE_PROBES, ...ACCESSIBILITY_PROBES, ...CONTENT_PROBES];
