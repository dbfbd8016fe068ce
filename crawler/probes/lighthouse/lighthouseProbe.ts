/**
 * The Lighthouse probes: Lighthouse run on each language's home page (kk, ru), once with the
 * desktop config and once with Lighthouse's phone emulation (lighthouseRun.ts), in a child
 * process (lighthouseWorkerClient.ts), against the crawler's Chromium launched a second time for
 * it (ProbeContext.debuggingBrowser: same executable, flags, host mapping and request guard, a
 * remote debugging port; closed after the last run). Not the crawl's own browser: Chromium traces
 * every process of a browser while Lighthouse records, so the crawl's pages beside it cost half
 * again as much CPU and Lighthouse parsed their events too (measured on the bench, crawl with
 * Lighthouse only: 66.5 → 59.6 s, 122 → 109 CPU-s, the four runs 58 → 32 s; memory peak about
 * 50 MiB higher). The runs are in the solo lane (one at a time, so two audits never share the
 * CPU) and start beside the crawl (the home pages are known early), each holding one of the host
 * slots. Beside the crawl the audit ends no later than with the runs beside the page probes, and
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
    lane: 'solo',
    early: true,
    // Includes waiting for a host slot; a run's own waits are bounded by maxWaitForLoad.
    timeoutMs: 240_000,
    targets: lighthouseTargets,
    release: stopLighthouseWorker,
    async run(_page, target, ctx) {
      const port = await ctx.debuggingBrowser();
      return ctx.hostSlot(() => runLighthouse(target.url, port, formFactor, ctx.signal));
    },
  };
}

export const lighthouseProbe = makeProbe(LIGHTHOUSE_PROBE_ID, 'desktop');
export const lighthouseMobileProbe = makeProbe(LIGHTHOUSE_MOBILE_PROBE_ID, 'mobile');
