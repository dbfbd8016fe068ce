/**
 * Opens one URL in a (reused) Playwright page as a person would: navigates, waits until a
 * script-rendered page has rendered (network quiet and no DOM nodes added for a moment, capped),
 * backs off on 429/503, and reads the page's facts with the in-page extraction script.
 */
import { readFileSync } from 'node:fs';
import type { Page, Response } from 'playwright';
import type { RedirectHop } from '../snapshot/schema.ts';
import { evaluateJson } from './evaluateJson.ts';

const EXTRACT_SOURCE = readFileSync(new URL('../inpage/extractPage.js', import.meta.url), 'utf8');

/**
 * The common case in one round trip: a page nothing touched after DOMContentLoaded (no node
 * added or removed, no fetch/XHR, no short timer pending) is checked again after the tasks it
 * has queued (a timer of 0 ms, then a posted message: a framework scheduler's turn) and, still
 * untouched, read at once. Anything else answers null and the page is settled by polling.
 * (Each round trip to the page costs the browser and Node more CPU than reading the page, and
 * a page kept waiting gets painted again; the crawl reads most pages this way.)
 */
const SETTLED_READ_SOURCE = `(async () => {
  const untouched = () => {
    const s = window.__tekserState ? window.__tekserState() : null;
    return s !== null && s.dcl && s.afterDcl === 0 && s.fetches === 0 && s.pendingFetches === 0 && s.timers === 0;
  };
  if (!untouched()) return null;
  await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => { c.port1.close(); r(); }; c.port2.postMessage(0); });
  if (!untouched()) return null;
  return (
${EXTRACT_SOURCE.trim().replace(/;$/, '')}
  );
})()`;

/**
 * Installed in every document before its scripts run: counts DOM nodes added or removed (and
 * when the last was, and how many after DOMContentLoaded), fetch/XHR calls started and still
 * pending, and short timers (≤ 1 s) still pending, so the crawler can tell when a
 * script-rendered page has finished rendering without waiting a fixed time. Also counts what
 * the page's scripts have scheduled at all (timers due within 10 s, intervals, animation
 * frames): with none of it and nothing in flight, nothing on the page changes until a visitor
 * acts (the motion probe's test for a page that cannot move).
 */
export const RENDER_STATE_SCRIPT = `(() => {
  if (window.__tekserState) return;
  let mutations = 0;
  let afterDcl = 0;
  let lastMutation = performance.now();
  let dcl = false;
  let fetches = 0;
  let pendingFetches = 0;
  const timers = new Set();
  const scheduled = new Set();
  document.addEventListener('DOMContentLoaded', () => { dcl = true; }, { once: true });
  new MutationObserver((ms) => {
    let n = 0;
    for (const m of ms) n += m.addedNodes.length + m.removedNodes.length;
    if (n === 0) return;
    mutations += n;
    if (dcl) afterDcl += n;
    lastMutation = performance.now();
  }).observe(document, { childList: true, subtree: true });
  const setT = window.setTimeout;
  const clearT = window.clearTimeout;
  window.setTimeout = function (fn, ms, ...args) {
    const delay = Number(ms) || 0;
    if (typeof fn !== 'function' || delay > 10000) return setT.call(this, fn, ms, ...args);
    const id = setT.call(this, function (...a) { timers.delete(id); scheduled.delete('t' + id); return fn.apply(this, a); }, ms, ...args);
    if (delay <= 1000) timers.add(id);
    scheduled.add('t' + id);
    return id;
  };
  // Either clear function clears a timeout or an interval.
  const cleared = (id) => { timers.delete(id); scheduled.delete('t' + id); scheduled.delete('i' + id); };
  window.clearTimeout = function (id) { cleared(id); return clearT.call(this, id); };
  const setI = window.setInterval;
  const clearI = window.clearInterval;
  window.setInterval = function (...args) { const id = setI.apply(this, args); scheduled.add('i' + id); return id; };
  window.clearInterval = function (id) { cleared(id); return clearI.call(this, id); };
  if (window.requestAnimationFrame) {
    const raf = window.requestAnimationFrame;
    const cancelRaf = window.cancelAnimationFrame;
    window.requestAnimationFrame = function (fn) {
      const id = raf.call(this, function (...a) { scheduled.delete('f' + id); return fn.apply(this, a); });
      scheduled.add('f' + id);
      return id;
    };
    window.cancelAnimationFrame = function (id) { scheduled.delete('f' + id); return cancelRaf.call(this, id); };
  }
  const started = () => { fetches++; pendingFetches++; let done = false; return () => { if (!done) { done = true; pendingFetches--; } }; };
  if (window.fetch) {
    const f = window.fetch;
    window.fetch = function (...args) {
      const end = started();
      try { const p = f.apply(this, args); p.then(end, end); return p; } catch (e) { end(); throw e; }
    };
  }
  if (window.XMLHttpRequest) {
    const send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (...args) {
      const end = started();
      this.addEventListener('loadend', end);
      try { return send.apply(this, args); } catch (e) { end(); throw e; }
    };
  }
  const textLength = () => (document.body ? document.body.textContent.length : 0);
  Object.defineProperty(window, '__tekserState', {
    value: () => ({ mutations, afterDcl, sinceMutation: performance.now() - lastMutation, dcl, fetches, pendingFetches, timers: timers.size, scheduled: scheduled.size, textLength: textLength() }),
  });
})();`;

/** What RENDER_STATE_SCRIPT reports. */
export interface RenderState {
  mutations: number;
  afterDcl: number;
  sinceMutation: number;
  dcl: boolean;
  fetches: number;
  pendingFetches: number;
  timers: number;
  /** Timers due within 10 s, intervals and animation frames the page's scripts have pending. */
  scheduled: number;
  textLength: number;
}

/**
 * Requests whose answer can change the DOM: documents (frames), scripts, fetch/XHR. Images,
 * styles and fonts finishing after `load` do not add content, so they do not hold the settle.
 */
export const CONTENT_REQUEST_TYPES = new Set(['document', 'script', 'fetch', 'xhr']);

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
 * Waits until the page has rendered, at most `settleCapMs`: no content request (document,
 * script, fetch/XHR) in flight, no short timer pending (during the first second only, so a page
 * that ticks forever still settles — unless the page is still an empty shell, as a
 * script-rendered page is before its data arrives on a slow machine), and then either nothing
 * happened after DOMContentLoaded (no node added or removed, no fetch/XHR: a server-rendered
 * page is done at `load`), or the DOM and the content requests have been quiet for `quietMs`.
 */
async function settle(page: Page, net: { inflight(): number; quietFor(): number }, opts: RenderOptions): Promise<void> {
  const start = Date.now();
  // "Untouched" must be seen twice in a row, so work the page queued as a task (a framework's
  // scheduler posting a message) has had its turn.
  let untouchedBefore = false;
  while (Date.now() - start < opts.settleCapMs) {
    const state = (await page.evaluate('window.__tekserState ? window.__tekserState() : null').catch(() => null)) as RenderState | null;
    if (state) {
      const waitingForTimers = state.timers > 0 && (Date.now() - start < 1000 || state.textLength < 100);
      const busy = net.inflight() > 0 || state.pendingFetches > 0 || waitingForTimers;
      const untouched = !busy && state.dcl && state.afterDcl === 0 && state.fetches === 0;
      if (untouched && untouchedBefore) return;
      untouchedBefore = untouched;
      if (!busy && state.sinceMutation >= opts.quietMs && net.quietFor() >= opts.quietMs) return;
    } else if (Date.now() - start >= opts.quietMs) {
      // No state script in this document (a page opened outside a guarded context): a fixed wait.
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
  let lastContentRequest = Date.now();
  let contentRequests = 0;
  const net = { inflight: () => pending.size, quietFor: () => Date.now() - lastContentRequest, started: () => contentRequests };
  const onConsole = (msg: { type(): string; text(): string }) => {
    if (msg.type() === 'error' && consoleErrors.length < 50) consoleErrors.push(msg.text().slice(0, 500));
  };
  const onPageError = (err: Error) => {
    if (consoleErrors.length < 50) consoleErrors.push(`Uncaught: ${err.message}`.slice(0, 500));
  };
  type Req = { url(): string; resourceType(): string; failure(): { errorText: string } | null };
  const onRequest = (req: Req) => {
    if (!CONTENT_REQUEST_TYPES.has(req.resourceType())) return;
    pending.add(req);
    contentRequests++;
    lastContentRequest = Date.now();
  };
  const onDone = (req: Req) => {
    if (pending.delete(req)) lastContentRequest = Date.now();
  };
  const onFailed = (req: Req) => {
    onDone(req);
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
    let facts: RawFacts | null = null;
    if (net.inflight() === 0) {
      const before = net.started();
      const read = await evaluateJson<RawFacts | null>(page, SETTLED_READ_SOURCE).catch(() => null);
      // Kept only if no content request started meanwhile (the page's own count misses scripts and frames).
      if (read && net.started() === before) facts = read;
    }
    if (!facts) await settle(page, net, opts);
    for (let tries = 0; tries < 3 && !facts; tries++) {
      try {
        facts = await evaluateJson<RawFacts>(page, EXTRACT_SOURCE);
      } catch {
        // A client-side redirect destroyed the context: let the new document load, then read it.
        await page.waitForLoadState('load', { timeout: opts.navigationTimeoutMs }).catch(() => undefined);
        await settle(page, net, opts);
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
