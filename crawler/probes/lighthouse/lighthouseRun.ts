/**
 * One Lighthouse run against a Chromium of the audit's through its remote debugging port (the
 * probes ask the runner for one apart from the crawl's: ProbeContext.debuggingBrowser).
 * Closed-network safe: only the four categories (no audit that fetches anything beyond the
 * audited site), simulated throttling (computed, no waiting), no full-page screenshot, no storage
 * reset, no back/forward-cache test (it navigates away and back; weight 0), bounded waits.
 *
 * Lighthouse's tab is opened by us over the same port and puppeteer-core (Lighthouse's own
 * dependency) attaches to that tab only: attached to every target, it would follow any other
 * page of that browser and Lighthouse's trace work would grow with them (in the crawl's browser,
 * a run beside a busy crawl took 13 s instead of 9.5). The tab is guarded as every page of the browser is: launchBrowser's
 * browser-level guard (chromiumRequestGuard.ts) stops any request other than GET or HEAD.
 * The audit calls this in a child process (lighthouseWorker.ts).
 */
import type { Config, Flags } from 'lighthouse';
import { lighthouseData, type LighthouseResultLike } from './lighthouseData.ts';
import { LIGHTHOUSE_CATEGORIES, type LighthouseData } from './lighthouseSchema.ts';

/** Longest Lighthouse waits for the page to load / to paint. */
const MAX_WAIT_FOR_LOAD_MS = 25_000;
const MAX_WAIT_FOR_FCP_MS = 15_000;

const SETTINGS = {
  onlyCategories: [...LIGHTHOUSE_CATEGORIES],
  // Screenshots are not needed for the diagnostics and cost time.
  skipAudits: ['screenshot-thumbnails', 'final-screenshot', 'full-page-screenshot', 'bf-cache'],
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

/** A new tab of the browser on 127.0.0.1:port, with puppeteer attached to it alone. */
async function lighthouseTab(port: number) {
  const { default: puppeteer } = await import('puppeteer-core');
  const created = await fetch(`http://127.0.0.1:${port}/json/new?about:blank`, { method: 'PUT', signal: AbortSignal.timeout(10_000) });
  if (!created.ok) throw new Error(`the browser did not open a tab for Lighthouse (HTTP ${created.status})`);
  const { id } = (await created.json()) as { id: string };
  const closeTab = () => fetch(`http://127.0.0.1:${port}/json/close/${id}`).then(() => undefined, () => undefined);
  const browser = await puppeteer.connect({
    browserURL: `http://127.0.0.1:${port}`,
    defaultViewport: null,
    // Target ids are not public API; the id is what /json/new answered.
    targetFilter: (t) => t.type() !== 'page' || (t as unknown as { _targetId: string })._targetId === id,
  }).catch(async (err: Error) => {
    await closeTab();
    throw err;
  });
  const page = (await browser.pages())[0];
  if (!page) {
    await browser.disconnect().catch(() => undefined);
    await closeTab();
    throw new Error('the tab opened for Lighthouse could not be attached');
  }
  return {
    page,
    async close() {
      await page.close().catch(() => undefined);
      await browser.disconnect().catch(() => undefined);
    },
  };
}

let benchmarkIndex: number | null = null;

/**
 * Lighthouse measures the machine (its BenchmarkIndex: about a second of busy loops in the page)
 * on every run. One process runs all of an audit's runs on one machine: the first run's figure
 * stands for the later ones instead of burning that second again beside the crawl.
 */
async function reuseBenchmarkIndex(lhr: LighthouseResultLike): Promise<void> {
  const measured = lhr.environment?.benchmarkIndex;
  if (benchmarkIndex !== null || typeof measured !== 'number' || !Number.isFinite(measured)) return;
  benchmarkIndex = measured;
  const { pageFunctions } = await import('lighthouse/core/lib/page-functions.js');
  (pageFunctions as { computeBenchmarkIndex: () => number }).computeBenchmarkIndex = new Function(`return ${measured};`) as () => number;
}

/** Runs Lighthouse in this process on url, in a tab of its own of the browser listening on 127.0.0.1:port. */
export async function runLighthouseHere(url: string, port: number, formFactor: 'desktop' | 'mobile'): Promise<LighthouseData> {
  const flags: Flags = { logLevel: 'error', output: 'json' };
  const { default: lighthouse } = await loadLighthouse();
  const started = Date.now();
  const tab = await lighthouseTab(port);
  try {
    const result = await lighthouse(url, flags, await lighthouseConfig(formFactor), tab.page as unknown as Parameters<typeof lighthouse>[3]);
    if (!result) throw new Error('Lighthouse returned no result');
    const lhr = result.lhr as unknown as LighthouseResultLike;
    await reuseBenchmarkIndex(lhr);
    return lighthouseData(lhr, formFactor, Date.now() - started);
  } finally {
    await tab.close();
  }
}
