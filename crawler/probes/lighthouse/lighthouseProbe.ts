/**
 * The Lighthouse probes: Lighthouse run on each language's home page (kk, ru) against the
 * crawler's own Chromium through its remote debugging port (ProbeContext.debuggingPort), once
 * with the desktop config and once with Lighthouse's phone emulation. Closed-network safe: only
 * the four categories (no audit that fetches anything beyond the audited site), simulated
 * throttling (computed, no waiting), no full-page screenshot, no storage reset, bounded waits.
 * Lighthouse's tab is opened by us over the same port (puppeteer-core, Lighthouse's own
 * dependency) with the audit's guard: a request other than GET or HEAD is aborted before it leaves
 * the browser (a navigation answered 204), as in the crawl's contexts. Runs are serialized so that
 * two audits never share the CPU. Diagnostics: no points.
 */
import type { Config, Flags } from 'lighthouse';
import type { Snapshot } from '../../snapshot/schema.ts';
import type { Probe, ProbeTarget } from '../probeTypes.ts';
import { homeTargets } from '../sampleTargets.ts';
import { lighthouseData, type LighthouseResultLike } from './lighthouseData.ts';
import { LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_MOBILE_PROBE_ID, LIGHTHOUSE_PROBE_ID, type LighthouseData } from './lighthouseSchema.ts';

/** Longest Lighthouse waits for the page to load / to paint. */
const MAX_WAIT_FOR_LOAD_MS = 25_000;
const MAX_WAIT_FOR_FCP_MS = 15_000;

const SETTINGS = {
  onlyCategories: [...LIGHTHOUSE_CATEGORIES],
  // Screenshots are not needed for the diagnostics and cost time.
  skipAudits: ['screenshot-thumbnails', 'final-screenshot', 'full-page-screenshot'],
  disableFullPageScreenshot: true,
  // The crawl's own contexts keep their storage; Lighthouse's tab lives in the default context.
  disableStorageReset: true,
  throttlingMethod: 'simulate' as const,
  maxWaitForLoad: MAX_WAIT_FOR_LOAD_MS,
  maxWaitForFcp: MAX_WAIT_FOR_FCP_MS,
  locale: 'en-US' as const,
};

/** Lighthouse is loaded on first use (it is large), so that audits without it start fast. */
const loadLighthouse = () => import('lighthouse');

export async function lighthouseConfig(formFactor: 'desktop' | 'mobile'): Promise<Config> {
  const { desktopConfig } = await loadLighthouse();
  if (formFactor === 'desktop') return { ...desktopConfig, settings: { ...desktopConfig.settings, ...SETTINGS } };
  return { extends: 'lighthouse:default', settings: SETTINGS };
}

/** One Lighthouse run at a time in the whole process. */
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/** A new tab of the browser on 127.0.0.1:port whose requests other than GET/HEAD never leave it. */
async function guardedTab(port: number) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const method = req.method();
    if (method === 'GET' || method === 'HEAD') void req.continue().catch(() => undefined);
    else if (req.isNavigationRequest()) void req.respond({ status: 204, body: '' }).catch(() => undefined);
    else void req.abort('blockedbyclient').catch(() => undefined);
  });
  return {
    page,
    async close() {
      await page.close().catch(() => undefined);
      await browser.disconnect().catch(() => undefined);
    },
  };
}

/** Runs Lighthouse on url in a guarded tab of the browser listening on 127.0.0.1:port. */
export function runLighthouse(url: string, port: number, formFactor: 'desktop' | 'mobile'): Promise<LighthouseData> {
  return serialized(async () => {
    const flags: Flags = { logLevel: 'error', output: 'json' };
    const { default: lighthouse } = await loadLighthouse();
    const started = Date.now();
    const tab = await guardedTab(port);
    try {
      const result = await lighthouse(url, flags, await lighthouseConfig(formFactor), tab.page as unknown as Parameters<typeof lighthouse>[3]);
      if (!result) throw new Error('Lighthouse returned no result');
      return lighthouseData(result.lhr as unknown as LighthouseResultLike, formFactor, Date.now() - started);
    } finally {
      await tab.close();
    }
  });
}

export const lighthouseTargets = (snapshot: Snapshot): ProbeTarget[] => homeTargets(snapshot, ['kk', 'ru']);

function makeProbe(id: string, formFactor: 'desktop' | 'mobile'): Probe<LighthouseData> {
  return {
    id,
    device: formFactor,
    navigate: false,
    needsDebuggingPort: true,
    // Includes waiting in the queue: up to four runs (kk, ru × desktop, phone) of ≈ 7–10 s each,
    // 25 s at worst each on a loaded machine; a run's own waits are bounded by maxWaitForLoad.
    timeoutMs: 240_000,
    targets: lighthouseTargets,
    async run(_page, target, ctx) {
      const port = ctx.debuggingPort;
      if (!port) throw new Error('the browser has no remote debugging port for Lighthouse');
      return runLighthouse(target.url, port, formFactor);
    },
  };
}

export const lighthouseProbe = makeProbe(LIGHTHOUSE_PROBE_ID, 'desktop');
export const lighthouseMobileProbe = makeProbe(LIGHTHOUSE_MOBILE_PROBE_ID, 'mobile');
