/**
 * Opens one URL in a (reused) Playwright page as a person would: navigates, waits until a
 * script-rendered page has rendered (network quiet and no DOM nodes added for a moment, capped),
 * backs off on 429/503, and reads the page's facts with the in-page extraction script.
 */
import { readFileSync } from 'node:fs';
import type { Page, Response } from 'playwright';
import type { RedirectHop } from '../snapshot/schema.ts';

const EXTRACT_SOURCE = readFileSync(new URL('../inpage/extractPage.js', import.meta.url), 'utf8');

/**
 * Installed in every document before its scripts run: counts DOM nodes added or removed, and
 * short timers (≤ 1 s) still pending, so the crawler can tell when a script-rendered page has
 * finished rendering without waiting a fixed time.
 */
export const RENDER_STATE_SCRIPT = `(() => {
  if (window.__tekserState) return;
  let mutations = 0;
  const timers = new Set();
  new MutationObserver((ms) => {
    for (const m of ms) mutations += m.addedNodes.length + m.removedNodes.length;
  }).observe(document, { childList: true, subtree: true });
  const setT = window.setTimeout;
  const clearT = window.clearTimeout;
  window.setTimeout = function (fn, ms, ...args) {
    if (typeof fn !== 'function' || Number(ms) > 1000) return setT.call(this, fn, ms, ...args);
    const id = setT.call(this, function (...a) { timers.delete(id); return fn.apply(this, a); }, ms, ...args);
    timers.add(id);
    return id;
  };
  window.clearTimeout = function (id) { timers.delete(id); return clearT.call(this, id); };
  const textLength = () => (document.body ? document.body.textContent.length : 0);
  Object.defineProperty(window, '__tekserState', { value: () => [mutations, timers.size, textLength()] });
})();`;

export interface RawLink {
  href: string;
  rawHref: string;
  text: string;
  imgAlt: string | null;
  title: string | null;
  ariaLabel: string | null;
  target: string | null;
  rel: string | null;
  hreflang: string | null;
  regions: string[];
  langSwitcher: boolean;
  selector: string;
}

export interface RawFacts {
  title: string;
  htmlLang: string | null;
  canonical: string | null;
  metaRefresh: string | null;
  viewport: string | null;
  headings: { level: number; text: string }[];
  text: string;
  textLength: number;
  links: RawLink[];
  hreflangs: { lang: string; url: string }[];
  feedLinks: { url: string; type: string | null; title: string | null }[];
  forms: {
    action: string | null;
    method: string;
    role: string | null;
    text: string;
    fields: {
      tag: string; type: string | null; name: string | null; id: string | null; label: string | null;
      placeholder: string | null; maxLength: number | null; required: boolean; selector: string;
    }[];
    selector: string;
  }[];
  images: { src: string | null; alt: string | null; role: string | null; inLink: boolean; width: number; height: number; selector: string }[];
  media: { kind: 'audio' | 'video' | 'iframe' | 'embed' | 'object'; src: string | null; autoplay: boolean; muted: boolean; controls: boolean; loop: boolean; selector: string }[];
  layout: { viewportWidth: number; scrollWidth: number; bodyFontSizePx: number | null };
}

export interface RenderResult {
  requestedUrl: string;
  finalUrl: string;
  status: number | null;
  redirectChain: RedirectHop[];
  contentType: string | null;
  clientRedirects: string[];
  facts: RawFacts | null;
  consoleErrors: string[];
  failedRequests: { url: string; error: string }[];
  loadMs: number;
  error: string | null;
}

export interface RenderOptions {
  /** Longest wait for a script-rendered page to settle after `load`. */
  settleCapMs: number;
  /** How long the network and the DOM must stay quiet to call the page rendered. */
  quietMs: number;
  navigationTimeoutMs: number;
  maxRetries: number;
  retryAfterCapMs: number;
}

export const DEFAULT_RENDER_OPTIONS: RenderOptions = {
  settleCapMs: 5000,
  quietMs: 150,
  navigationTimeoutMs: 30_000,
  maxRetries: 2,
  retryAfterCapMs: 30_000,
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function redirectChainOf(response: Response): Promise<RedirectHop[]> {
  const chain: RedirectHop[] = [];
  for (let req = response.request().redirectedFrom(); req; req = req.redirectedFrom()) {
    const r = await req.response();
    chain.unshift({ url: req.url(), status: r?.status() ?? 0 });
  }
  return chain;
}

export function retryAfterMs(header: string | undefined, attempt: number, capMs: number): number {
  if (header) {
    const secs = Number(header);
    if (Number.isFinite(secs)) return Math.min(capMs, Math.max(0, secs * 1000));
    const at = Date.parse(header);
    if (!Number.isNaN(at)) return Math.min(capMs, Math.max(0, at - Date.now()));
  }
  return Math.min(capMs, 1000 * 2 ** attempt);
}

/**
 * Waits until the page has rendered: no request in flight and no DOM node added for `quietMs`,
 * and no short timer pending (during the first second only, so a page that ticks forever still
 * settles — unless the page is still an empty shell, as a script-rendered page is before its
 * data arrives on a slow machine), at most `settleCapMs`.
 */
async function settle(page: Page, inflight: () => number, opts: RenderOptions): Promise<void> {
  const start = Date.now();
  let last = -1;
  let quietSince = Date.now();
  while (Date.now() - start < opts.settleCapMs) {
    const state = (await page.evaluate('window.__tekserState ? window.__tekserState() : [-1, 0, 0]').catch(() => [-2, 0, 0])) as [number, number, number];
    const [count, timers, textLength] = state;
    const waitingForTimers = timers > 0 && (Date.now() - start < 1000 || textLength < 100);
    if (count !== last || inflight() > 0 || waitingForTimers) {
      last = count;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= opts.quietMs) {
      return;
    }
    await sleep(25);
  }
}

export async function renderPage(page: Page, url: string, opts: RenderOptions = DEFAULT_RENDER_OPTIONS): Promise<RenderResult> {
  const started = Date.now();
  const consoleErrors: string[] = [];
  const failedRequests: { url: string; error: string }[] = [];
  const clientRedirects: string[] = [];
  const pending = new Set<unknown>();
  const onConsole = (msg: { type(): string; text(): string }) => {
    if (msg.type() === 'error' && consoleErrors.length < 50) consoleErrors.push(msg.text().slice(0, 500));
  };
  const onPageError = (err: Error) => {
    if (consoleErrors.length < 50) consoleErrors.push(`Uncaught: ${err.message}`.slice(0, 500));
  };
  const onRequest = (req: unknown) => pending.add(req);
  const onDone = (req: unknown) => pending.delete(req);
  const onFailed = (req: { url(): string; failure(): { errorText: string } | null }) => {
    pending.delete(req);
    const error = req.failure()?.errorText ?? 'failed';
    if (!/ERR_BLOCKED_BY_CLIENT|ERR_ABORTED/.test(error) && failedRequests.length < 100) failedRequests.push({ url: req.url(), error });
  };
  let navigated = false;
  const onFrameNavigated = (frame: { url(): string; parentFrame(): unknown }) => {
    if (navigated && frame.parentFrame() === null && frame.url() !== 'about:blank') clientRedirects.push(frame.url());
  };
  // Playwright types each event separately; the listeners are attached and detached as a set.
  type Listener = (arg: never) => void;
  const emitter = page as unknown as { on(event: string, l: Listener): void; off(event: string, l: Listener): void };
  const listeners: [string, Listener][] = [
    ['console', onConsole], ['pageerror', onPageError], ['request', onRequest],
    ['requestfinished', onDone], ['requestfailed', onFailed], ['framenavigated', onFrameNavigated],
  ];
  for (const [event, l] of listeners) emitter.on(event, l);
  const base: Omit<RenderResult, 'finalUrl' | 'status' | 'redirectChain' | 'contentType' | 'facts' | 'error' | 'loadMs'> = {
    requestedUrl: url,
    clientRedirects,
    consoleErrors,
    failedRequests,
  };
  try {
    let response: Response | null = null;
    for (let attempt = 0; ; attempt++) {
      navigated = false;
      try {
        response = await page.goto(url, { waitUntil: 'load', timeout: opts.navigationTimeoutMs });
      } catch (err) {
        const message = (err as Error).message.split('\n')[0] ?? 'navigation failed';
        return { ...base, finalUrl: url, status: null, redirectChain: [], contentType: null, facts: null, loadMs: Date.now() - started, error: message };
      }
      const status = response?.status() ?? null;
      if ((status === 429 || status === 503) && attempt < opts.maxRetries) {
        await sleep(retryAfterMs(response?.headers()['retry-after'], attempt, opts.retryAfterCapMs));
        continue;
      }
      break;
    }
    navigated = true;
    const redirectChain = response ? await redirectChainOf(response) : [];
    const contentType = response?.headers()['content-type'] ?? null;
    const status = response?.status() ?? null;
    if (contentType && !/html|xml/i.test(contentType)) {
      return { ...base, finalUrl: page.url(), status, redirectChain, contentType, facts: null, loadMs: Date.now() - started, error: null };
    }
    await settle(page, () => pending.size, opts);
    let facts: RawFacts | null = null;
    for (let tries = 0; tries < 3 && !facts; tries++) {
      try {
        facts = (await page.evaluate(EXTRACT_SOURCE)) as RawFacts;
      } catch {
        // A client-side redirect destroyed the context: let the new document load, then read it.
        await page.waitForLoadState('load', { timeout: opts.navigationTimeoutMs }).catch(() => undefined);
        await settle(page, () => pending.size, opts);
      }
    }
    // The document's URL after any client redirect; the response's when the page wandered off the web.
    const current = page.url();
    return {
      ...base,
      finalUrl: /^https?:/i.test(current) ? current : (response?.url() ?? url),
      status,
      redirectChain,
      contentType,
      facts,
      loadMs: Date.now() - started,
      error: facts ? null : 'could not read the page after it rendered',
    };
  } finally {
    for (const [event, l] of listeners) emitter.off(event, l);
  }
}
