/**
 * Probes: measurements the crawler makes in the browser beyond reading a page — axe-core, the
 * 200 % zoom, the keyboard walk, autoplay and motion, form errors, the search box, another
 * browser engine… Each probe picks its targets from what the crawl found, measures, and returns
 * data in its own shape (validated by the schema it exports); the runner stores one ProbeRecord
 * per target in probes.jsonl. A probe decides no points: rules read its data.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright';
import type { RenderResult } from '../browser/renderPage.ts';
import type { HttpClient } from '../http/httpClient.ts';
import type { Device, Lang, PageRecord, Snapshot } from '../snapshot/schema.ts';

export interface ProbeTarget {
  url: string;
  lang: Lang | null;
  /** The crawled record of the page, when the target is a crawled page. */
  page: PageRecord | null;
}

export interface ProbeContext {
  browser: Browser;
  /** A context of the same browser with the audit's safety guards (non-GET blocked); closed by the runner. */
  newContext(options: BrowserContextOptions): Promise<BrowserContext>;
  http: HttpClient;
  /** What the crawl found (pages, checks, site facts). */
  snapshot: Snapshot;
  /** Navigates and waits until the page has rendered, as the crawler does (within the host cap). */
  render(page: Page, url: string): Promise<RenderResult>;
  /**
   * Runs a task that loads the audited site by itself (not through render, e.g. Lighthouse)
   * holding one of the audit's host slots, ahead of queued page loads. Never call render inside.
   */
  hostSlot<T>(task: () => Promise<T>): Promise<T>;
  /** Saves a screenshot into the snapshot and returns its snapshot-relative path (null if screenshots are off or it failed). */
  screenshot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<string | null>;
  signal?: AbortSignal;
  /**
   * The remote debugging port on 127.0.0.1 of a Chromium apart from the crawl's, for a tool that
   * drives a browser itself (Lighthouse): the same executable, flags, host mapping and request
   * guard, launched on the first call (later calls get the same one) and closed by the runner when
   * its lanes are done. Apart, because Chromium traces every process of a browser while Lighthouse
   * records: the crawl's pages beside it would cost half again as much CPU, and Lighthouse would
   * parse their events too.
   */
  debuggingBrowser(): Promise<number>;
}

export interface Probe<T = unknown> {
  /** Stable id, the key of its records in probes.jsonl (e.g. 'axe', 'zoom'). */
  id: string;
  device: Device;
  /** The pages (or, for a site-level probe, the home pages) to measure. */
  targets(snapshot: Snapshot): ProbeTarget[];
  /**
   * false: the page handed to run() is not navigated to the target (it may still show an earlier
   * run's page); the probe opens what it needs itself. Default true.
   */
  navigate?: boolean;
  /** Longest a run may take before it is recorded as an error (default 60 s). */
  timeoutMs?: number;
  /**
   * Where its runs queue (runProbes.ts): 'pages' (default; the page is a background tab, not
   * painted), 'watch' for a probe that mostly waits while it watches a page (shown, in a window
   * of its own: animations and video run as a visitor sees them), 'solo' for one run at a time beside the others (Lighthouse),
   * 'serial' for one run at a time after the others (another browser engine).
   */
  lane?: 'pages' | 'watch' | 'solo' | 'serial';
  /**
   * Set on probes that may measure a page another probe has just measured, without loading it
   * again (a load costs more CPU than most measurements): on the same target, in the same lane
   * and device, such probes run one after another on one load of the page, in ascending order of
   * this number; between them the runner takes the focus away and scrolls to the top. Each must
   * leave the document as a visitor could find it, except the last, which may change it.
   */
  sharedRender?: number;
  /**
   * true: its targets are known once the start page and the language versions are (the home
   * pages), so it runs beside the crawl instead of after it.
   */
  early?: boolean;
  /** Frees what its runs kept for the next one (a worker process); called once all lanes but 'serial' are done. */
  release?(): Promise<void>;
  run(page: Page, target: ProbeTarget, ctx: ProbeContext): Promise<T>;
}
