/**
 * One Lighthouse run against the crawler's own Chromium through its remote debugging port.
 * Closed-network safe: only the four categories (no audit that fetches anything beyond the
 * audited site), simulated throttling (computed, no waiting), no full-page screenshot, no storage
 * reset, bounded waits. Lighthouse's tab is opened by us over the same port (puppeteer-core,
 * Lighthouse's own dependency) with the audit's guard: a request other than GET or HEAD is
 * aborted before it leaves the browser (a navigation answered 204), as in the crawl's contexts.
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

/** Runs Lighthouse in this process on url, in a guarded tab of the browser listening on 127.0.0.1:port. */
export async function runLighthouseHere(url: string, port: number, formFactor: 'desktop' | 'mobile'): Promise<LighthouseData> {
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
}

