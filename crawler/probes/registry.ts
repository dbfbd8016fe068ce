/** Every probe the audit runs, in order, and the choice of probes for `--probes`. */
import { ACCESSIBILITY_PROBES } from './accessibility/index.ts';
import { CONTENT_PROBES } from './content/index.ts';
import { LIGHTHOUSE_PROBES } from './lighthouse/index.ts';
import type { Probe } from './probeTypes.ts';
import { SITE_PROBES } from './site/index.ts';

export const PROBES: readonly Probe[] = [...SITE_PROBES, ...ACCESSIBILITY_PROBES, ...CONTENT_PROBES, ...LIGHTHOUSE_PROBES];

/**
 * 'all' (every probe), 'none' (crawl only: the indicators that need a probe stay not checked),
 * or a comma list of probe ids. Throws with the known ids when one is unknown.
 */
export function selectProbes(spec: string, probes: readonly Probe[] = PROBES): Probe[] {
  const wanted = spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (wanted.length === 1 && wanted[0] === 'all') return [...probes];
  if (wanted.length === 1 && wanted[0] === 'none') return [];
  const ids = [...new Set(probes.map((p) => p.id))];
  const unknown = wanted.filter((w) => !ids.includes(w));
  if (unknown.length > 0 || wanted.length === 0) {
    throw new Error(`--probes takes all, none or a comma list of: ${ids.join(', ')}; unknown: ${unknown.join(', ') || '(empty)'}`);
  }
  return probes.filter((p) => wanted.includes(p.id));
}
