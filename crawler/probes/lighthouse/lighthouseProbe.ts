/**
 * The Lighthouse probes: Lighthouse run on each language's home page (kk, ru) against the
 * crawler's own Chromium through its remote debugging port (ProbeContext.debuggingPort), once
 * with the desktop config and once with Lighthouse's phone emulation (lighthouseRun.ts), in a
 * child process (lighthouseWorkerClient.ts). The runs are in the solo lane (one at a time, so
 * two audits never share the CPU) and start beside the crawl (the home pages are known early),
 * each holding one of the host slots. Measured on the bench: beside the crawl each run costs the
 * crawl about 3 s, yet the audit ends no later than with the runs beside the page probes, and
 * its memory peaks 0.2 GB lower (the probes' pages are many; the crawl's are few).
 * Diagnostics: no points.
 */
import type { Snapshot } from '../../snapshot/schema.ts';
import type { Probe, ProbeTarget } from '../probeTypes.ts';
import { homeTargets } from '../sampleTargets.ts';
import { LIGHTHOUSE_MOBILE_PROBE_ID, LIGHTHOUSE_PROBE_ID, type LighthouseData } from './lighthouseSchema.ts';
import { runLighthouse, stopLighthouseWorker } from './lighthouseWorkerClient.ts';

export const lighthouseTargets = (snapshot: Snapshot): ProbeTarget[] => homeTargets(snapshot, ['kk', 'ru']);

function makeProbe(id: string, formFactor: 'desktop' | 'mobile'): Probe<LighthouseData> {
  return {
    id,
    device: formFactor,
    navigate: false,
    needsDebuggingPort: true,
    lane: 'solo',
    early: true,
    // Includes waiting for a host slot; a run's own waits are bounded by maxWaitForLoad.
    timeoutMs: 240_000,
    targets: lighthouseTargets,
    release: stopLighthouseWorker,
    async run(_page, target, ctx) {
      const port = ctx.debuggingPort;
      if (!port) throw new Error('the browser has no remote debugging port for Lighthouse');
      return ctx.hostSlot(() => runLighthouse(target.url, port, formFactor, ctx.signal));
    },
  };
}

export const lighthouseProbe = makeProbe(LIGHTHOUSE_PROBE_ID, 'desktop');
export const lighthouseMobileProbe = makeProbe(LIGHTHOUSE_MOBILE_PROBE_ID, 'mobile');
