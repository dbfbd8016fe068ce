/**
 * Runs every probe on its targets, each run bounded in time; one ProbeRecord per run, appended to
 * the snapshot as it finishes. With resume, runs already on disk are not repeated. Pages are
 * reused between runs (a page's first render costs several times a later one's: measured, a zoom
 * run on a new page 1.1 CPU-s, on a reused one 0.37): each run navigates its page anew — but
 * probes marked `sharedRender` (axe, the keyboard walk, the zoom) measure a target one after
 * another on one load of it, the first run's time counting the load — the runner drops what a
 * run routed, and a page whose run failed is closed instead. A probe that
 * changes more than the document (viewport, device metrics) puts it back before it returns.
 *
 * Lanes: 'pages' (most probes, `concurrency` at once), 'watch' (probes that mostly wait while
 * they watch a page, half as many: their pages are shown, each in a window of its own, which
 * costs memory; most motion runs end at once, on pages where nothing can move) and 'solo' (one run at a time: Lighthouse, whose runs must not share the
 * CPU with each other) run side by side; 'serial' runs
 * (another browser engine, a few hundred MB of its own) go one at a time once the others are
 * done and their pages closed, so they never add to their memory. Every navigation to the
 * audited site, in any lane, passes the host gate, so the per-host cap holds across lanes and
 * beside a crawl still running.
 */
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { Browser, BrowserContext, Page } from 'playwright';
import { launchBrowser, type BrowserLaunch, type LaunchedBrowser } from '../browser/launchBrowser.ts';
import { renderPage } from '../browser/renderPage.ts';
import { guardContext } from '../audit/contextGuards.ts';
import type { HttpClient } from '../http/httpClient.ts';
import type { ProbeRecord, Snapshot } from '../snapshot/schema.ts';
import type { SnapshotStore } from '../snapshot/snapshotStore.ts';
import { hostGate, type HostGate } from '../audit/hostGate.ts';
import { PagePool } from '../audit/pagePool.ts';
import type { Probe, ProbeContext, ProbeTarget } from './probeTypes.ts';

export interface RunProbesOptions {
  probes: readonly Probe[];
  browser: Browser;
  contexts: { desktop: BrowserContext; mobile: BrowserContext };
  http: HttpClient;
  snapshot: Snapshot;
  /** Where records and screenshots go; without one (`tekser page`), nothing is written and no screenshot is taken. */
  store?: SnapshotStore;
  /** Records already on disk (resume), by probeKey(). */
  previous?: ReadonlyMap<string, ProbeRecord>;
  /** The targets of a probe (default: probe.targets(snapshot)); `tekser page` measures exactly the pages it was given. */
  targetsOf?: (probe: Probe, snapshot: Snapshot) => ProbeTarget[];
  concurrency: number;
  /** The per-host cap on navigations (the crawl's own, when probes run beside it); default: `concurrency` slots. */
  gate?: HostGate;
  /** The serial lane also waits for this (the Lighthouse runs started beside the crawl). */
  serialAfter?: Promise<unknown>;
  screenshots: boolean;
  signal?: AbortSignal;
  /** How to launch the browser a probe may ask for apart from the crawl's (ProbeContext.debuggingBrowser). */
  launch?: BrowserLaunch;
  onRecord?: (r: ProbeRecord) => void;
}

type Lane = NonNullable<Probe['lane']>;

/** Between probes that share one load of a page: nothing focused, scrolled to the top. */
const RESET_VIEW = `(() => {
  if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
  window.scrollTo(0, 0);
})()`;

export const probeKey = (r: Pick<ProbeRecord, 'probe' | 'device' | 'url'>) => `${r.probe} ${r.device} ${r.url}`;

const slug = (s: string) => s.replace(/^https?:\/\//, '').replace(/[^a-z0-9]+/gi, '-').slice(0, 80);

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

export async function runProbes(opts: RunProbesOptions): Promise<ProbeRecord[]> {
  const concurrency = Math.max(1, opts.concurrency);
  const lanes = { pages: pLimit(concurrency), watch: pLimit(Math.max(1, Math.ceil(concurrency / 2))), solo: pLimit(1) };
  const gate = opts.gate ?? hostGate(concurrency);
  const render = (page: Page, url: string) => gate(() => renderPage(page, url));
  const extraContexts: BrowserContext[] = [];
  const pools = { desktop: new PagePool(opts.contexts.desktop), mobile: new PagePool(opts.contexts.mobile) };
  // The watch lane's pages are shown, each in a window of its own: a context's background tabs get
  // about one animation frame a second once another tab draws, so what moves or plays there would
  // stall. Other probes read and measure; as background tabs they are not painted (measured: 12
  // zoom runs 4.6 CPU-s as tabs, 6.9 shown; 16 keyboard walks 7.5 against 10.8).
  const shownPools = { desktop: new PagePool(opts.contexts.desktop, { ownWindows: true }), mobile: new PagePool(opts.contexts.mobile, { ownWindows: true }) };
  const records: ProbeRecord[] = [];
  let debugging: Promise<LaunchedBrowser> | null = null;
  const debuggingBrowser = async () => {
    debugging ??= launchBrowser({ ...opts.launch, debuggingPort: true });
    const { debuggingPort } = await debugging;
    if (debuggingPort === null) throw new Error('the browser launched apart from the crawl\'s (for Lighthouse) does not answer on its remote debugging port; check that nothing on this machine blocks 127.0.0.1 ports');
    return debuggingPort;
  };
  const closeDebuggingBrowser = async () => {
    const launched = debugging;
    debugging = null;
    await launched?.then((l) => l.browser.close()).catch(() => undefined);
  };
  const freePages = async () => {
    await Promise.all([pools.desktop.close(), pools.mobile.close(), shownPools.desktop.close(), shownPools.mobile.close(), ...opts.probes.map((p) => p.release?.())]);
    await closeDebuggingBrowser(); // after release: the probes that used it are done with it
  };
  const poolOf = (probe: Probe) => (probe.lane === 'watch' ? shownPools : pools)[probe.device];
  /**
   * One probe on target in page, navigated there first unless `loaded` (then only the focus and
   * the scroll are reset), recorded. Answers whether the page is fit for the next run.
   */
  const runOn = async (page: Page, probe: Probe, target: ProbeTarget, loaded: boolean): Promise<boolean> => {
    const started = Date.now();
    const shots: string[] = [];
    const ctx: ProbeContext = {
      browser: opts.browser,
      http: opts.http,
      snapshot: opts.snapshot,
      signal: opts.signal,
      debuggingBrowser,
      async newContext(options) {
        const context = await opts.browser.newContext({ serviceWorkers: 'block', acceptDownloads: false, ...options });
        await guardContext(context);
        extraContexts.push(context);
        return context;
      },
      render,
      hostSlot: (task) => gate.urgent(task),
      async screenshot(page: Page, name: string, options = {}) {
        if (!opts.screenshots || !opts.store) return null;
        const rel = `screenshots/${probe.id}-${probe.device}-${slug(target.url)}-${slug(name)}.png`;
        try {
          await page.screenshot({ path: join(opts.store.dir, rel), fullPage: options.fullPage ?? false });
          shots.push(rel);
          return rel;
        } catch {
          return null;
        }
      },
    };
    let data: unknown = null;
    let error: string | null = null;
    try {
      data = await withTimeout(
        (async () => {
          if (loaded) await page.evaluate(RESET_VIEW);
          else if (probe.navigate !== false) {
            const r = await render(page, target.url);
            if (r.error) throw new Error(`the page did not load: ${r.error}`);
          }
          return probe.run(page, target, ctx);
        })(),
        probe.timeoutMs ?? 60_000,
        `probe ${probe.id} on ${target.url}`,
      );
    } catch (err) {
      error = (err as Error).message.split('\n')[0] ?? 'probe failed';
    }
    const fit = error === null && (await page.unrouteAll({ behavior: 'ignoreErrors' }).then(() => true, () => false));
    // A run cut short because the audit stopped is not a finding about the site: not recorded (resume runs it again).
    if (error !== null && opts.signal?.aborted) return false;
    const record: ProbeRecord = { probe: probe.id, url: target.url, device: probe.device, lang: target.lang, data, screenshots: shots, error, ms: Date.now() - started };
    records.push(record);
    opts.store?.appendProbe(record);
    opts.onRecord?.(record);
    return fit;
  };
  /**
   * The probes of a run, one after another on one page of the pool: a page that loaded the target
   * for one serves the next (sharedRender), a page a run left unfit is closed and another taken.
   */
  const runGroup = async (probes: readonly Probe[], target: ProbeTarget): Promise<void> => {
    const todo = probes.filter((probe) => {
      const done = opts.previous?.get(probeKey({ probe: probe.id, device: probe.device, url: target.url }));
      if (done) records.push(done);
      return !done;
    });
    if (todo.length === 0 || opts.signal?.aborted) return;
    const pool = poolOf(todo[0]!);
    let page: Page | null = null;
    let loaded = false;
    try {
      for (const probe of todo) {
        if (opts.signal?.aborted) break;
        page ??= await pool.acquire();
        if (await runOn(page, probe, target, loaded)) {
          loaded = probe.navigate !== false;
        } else {
          await page.close().catch(() => undefined);
          page = null;
          loaded = false;
        }
      }
    } finally {
      if (page) await pool.release(page);
    }
  };
  try {
    const targetsOf = opts.targetsOf ?? ((p: Probe, s: Snapshot) => p.targets(s));
    const runs: { probes: Probe[]; t: ProbeTarget; lane: Lane }[] = [];
    const shared = new Map<string, { probes: Probe[] }>();
    for (const probe of opts.probes) {
      for (const t of targetsOf(probe, opts.snapshot)) {
        const lane = probe.lane ?? 'pages';
        const key = `${lane} ${probe.device} ${t.url}`;
        const shares = probe.sharedRender !== undefined && lane !== 'serial';
        const group = shares ? shared.get(key) : undefined;
        if (group) {
          group.probes.push(probe);
          continue;
        }
        const run = { probes: [probe], t, lane };
        runs.push(run);
        if (shares) shared.set(key, run);
      }
    }
    for (const run of shared.values()) run.probes.sort((a, b) => (a.sharedRender ?? 0) - (b.sharedRender ?? 0));
    await Promise.all(runs.map((r) => (r.lane === 'serial' ? undefined : lanes[r.lane](() => runGroup(r.probes, r.t)))));
    // Serial runs bring their own memory-hungry browser: they start when the other lanes are done.
    await freePages();
    await opts.serialAfter;
    for (const r of runs.filter((x) => x.lane === 'serial')) await runGroup(r.probes, r.t);
  } finally {
    await freePages(); // again when a lane failed; closing and releasing twice is harmless
    for (const c of extraContexts) await c.close().catch(() => undefined);
  }
  return records.sort((a, b) => probeKey(a).localeCompare(probeKey(b)));
}
