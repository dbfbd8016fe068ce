/**
 * The Lighthouse probes: Lighthouse run on each language's home page (kk, ru) against the
 * crawler's own Chromium through its remote debugging port (ProbeContext.debuggingPort), once
 * with the desktop config and once with Lighthouse's phone emulation (lighthouseRun.ts). Each run
 * is a child process (lighthouseWorker.ts): Lighthouse allocates a few hundred MB per run, which
 * a child gives back when it exits, and a crash stays there. The runs are in the serial lane
 * (one at a time, so two audits never share the CPU) and start beside the crawl (the home pages
 * are known early), each holding one of its host slots. Diagnostics: no points.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Snapshot } from '../../snapshot/schema.ts';
import type { Probe, ProbeTarget } from '../probeTypes.ts';
import { homeTargets } from '../sampleTargets.ts';
import { LIGHTHOUSE_MOBILE_PROBE_ID, LIGHTHOUSE_PROBE_ID, LighthouseDataSchema, type LighthouseData } from './lighthouseSchema.ts';

const WORKER = fileURLToPath(new URL('./lighthouseWorker.ts', import.meta.url));

/** Runs Lighthouse on url in a child process, against the browser listening on 127.0.0.1:port. */
export function runLighthouse(url: string, port: number, formFactor: 'desktop' | 'mobile', signal?: AbortSignal): Promise<LighthouseData> {
  return new Promise<LighthouseData>((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, url, String(port), formFactor], { stdio: ['ignore', 'pipe', 'pipe'], signal });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code !== 0) {
        reject(new Error(`Lighthouse ended with exit code ${code}${stderr ? `: ${stderr.split('\n').at(-1)}` : ''}`));
        return;
      }
      try {
        resolve(LighthouseDataSchema.parse(JSON.parse(Buffer.concat(out).toString('utf8'))));
      } catch (e) {
        reject(new Error(`Lighthouse gave no readable result: ${(e as Error).message.split('\n')[0]}`));
      }
    });
  });
}

export const lighthouseTargets = (snapshot: Snapshot): ProbeTarget[] => homeTargets(snapshot, ['kk', 'ru']);

function makeProbe(id: string, formFactor: 'desktop' | 'mobile'): Probe<LighthouseData> {
  return {
    id,
    device: formFactor,
    navigate: false,
    needsDebuggingPort: true,
    lane: 'serial',
    early: true,
    // Includes waiting for a host slot beside the crawl; a run's own waits are bounded by maxWaitForLoad.
    timeoutMs: 240_000,
    targets: lighthouseTargets,
    async run(_page, target, ctx) {
      const port = ctx.debuggingPort;
      if (!port) throw new Error('the browser has no remote debugging port for Lighthouse');
      return ctx.hostSlot(() => runLighthouse(target.url, port, formFactor, ctx.signal));
    },
  };
}

export const lighthouseProbe = makeProbe(LIGHTHOUSE_PROBE_ID, 'desktop');
export const lighthouseMobileProbe = makeProbe(LIGHTHOUSE_MOBILE_PROBE_ID, 'mobile');
