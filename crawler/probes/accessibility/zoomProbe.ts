/**
 * The zoom probe (A4-3.8): the page in a 1280 px window at 200 % (a 640 CSS px viewport at
 * device scale 2), and the page at 1366 px with only the text enlarged to 200 % (every computed
 * font size doubled). Zooming is done as a visitor does it, on the loaded page: the viewport
 * shrinks and the device scale doubles under it (the page gets a resize, media queries apply),
 * with no reload — which also spares a second context and render per page — and then back (the
 * runner reuses the page: a new page's first render costs three times a reused one's). While
 * zoomed the page is its window's shown tab (windowPage.ts whileShown), as a visitor's page is. Each view records
 * horizontal scrolling, text cut by an overflow-hidden box and overlapping text; the same
 * measurement at 100 % is kept as the baseline (for the evidence: a defect already there at 100 % is still a loss at 200 %). The
 * viewport meta is read for user-scalable=no / maximum-scale < 2.
 */
import { z } from 'zod';
import type { CDPSession, Page } from 'playwright';
import { evaluateJson } from '../../browser/evaluateJson.ts';
import { whileShown } from '../../browser/windowPage.ts';
import type { Probe } from '../probeTypes.ts';
import { sampleTargets } from '../sampleTargets.ts';
import { ENLARGE_TEXT_JS, LAYOUT_ISSUES_JS } from './inpageScripts.ts';

export const ZOOM_VIEWPORT = { width: 640, height: 512 } as const;

const IssueSchema = z.object({ selector: z.string(), text: z.string() });
const OverlapSchema = z.object({ selector: z.string(), other: z.string(), text: z.string() });
export const LayoutIssuesSchema = z.object({
  scrollWidth: z.number(),
  clientWidth: z.number(),
  horizontalScroll: z.boolean(),
  clippedCount: z.number(),
  clipped: z.array(IssueSchema),
  overlapCount: z.number(),
  overlaps: z.array(OverlapSchema),
});
export type LayoutIssues = z.infer<typeof LayoutIssuesSchema>;

export const ZoomViewSchema = z.object({
  /** Issues in this view (null when it could not be measured). */
  issues: LayoutIssuesSchema.nullable(),
  screenshot: z.string().nullable(),
  error: z.string().nullable(),
});
export type ZoomView = z.infer<typeof ZoomViewSchema>;

export const ZoomDataSchema = z.object({
  viewportMeta: z.string().nullable(),
  baseline: LayoutIssuesSchema,
  /** Browser zoom 200 %: 640 CSS px at device scale 2. */
  zoom: ZoomViewSchema,
  /** Text-only enlargement to 200 % at the desktop width. */
  textOnly: ZoomViewSchema,
});
export type ZoomData = z.infer<typeof ZoomDataSchema>;

/** One DevTools session per page, kept while the page lives (see atZoom). */
const sessions = new WeakMap<Page, Promise<CDPSession | null>>();
function sessionOf(page: Page): Promise<CDPSession | null> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page).catch(() => null);
    sessions.set(page, s);
  }
  return s;
}

/**
 * Shows the loaded page at 200 % (ZOOM_VIEWPORT at device scale 2) while `measure` runs, then
 * as it was. Chromium: device metrics over DevTools; elsewhere only the viewport shrinks. The
 * session's metrics are set back to the page's own rather than cleared, and the session is not
 * detached: clearing or detaching drops Playwright's viewport too (the page would fall back to
 * the bare window until its next navigation), and Playwright does not send its unchanged
 * viewport again. The zoom probe runs on the desktop context (not a mobile one).
 */
async function atZoom<T>(page: Page, measure: () => Promise<T>): Promise<T> {
  const original = page.viewportSize();
  const cdp = original ? await sessionOf(page) : null;
  const scale = cdp ? Number(await page.evaluate('devicePixelRatio')) || 1 : 1;
  try {
    if (cdp) await cdp.send('Emulation.setDeviceMetricsOverride', { ...ZOOM_VIEWPORT, deviceScaleFactor: 2, mobile: false });
    else await page.setViewportSize(ZOOM_VIEWPORT);
    // Let the page's resize handlers and layout run.
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)))');
    return await measure();
  } finally {
    if (cdp && original) await cdp.send('Emulation.setDeviceMetricsOverride', { ...original, deviceScaleFactor: scale, mobile: false });
    else if (original) await page.setViewportSize(original);
  }
}

async function layoutIssues(page: Page): Promise<LayoutIssues> {
  return LayoutIssuesSchema.parse(await evaluateJson(page, LAYOUT_ISSUES_JS));
}

const message = (err: unknown) => ((err as Error).message ?? String(err)).split('\n')[0] ?? 'failed';

export const zoomProbe: Probe<ZoomData> = {
  id: 'zoom',
  // Last on a shared load: it enlarges the text of the page.
  sharedRender: 3,
  device: 'desktop',
  timeoutMs: 90_000,
  targets: (snapshot) => sampleTargets(snapshot, { perLang: 6 }),
  async run(page, _target, ctx) {
    const viewportMeta = await page.evaluate(`(document.querySelector('meta[name="viewport" i]') || { getAttribute: () => null }).getAttribute('content')`) as string | null;
    const baseline = await layoutIssues(page);

    let zoom: ZoomView;
    try {
      // Zoomed as a visitor's page is, shown: resize handlers, media-query listeners and animation
      // frames run as they would, and the screenshot need not wait for a frame of a hidden tab.
      zoom = await whileShown(page, () => atZoom(page, async () => ({ issues: await layoutIssues(page), screenshot: await ctx.screenshot(page, 'zoom-200'), error: null })));
    } catch (err) {
      zoom = { issues: null, screenshot: null, error: message(err) };
    }

    let textOnly: ZoomView;
    try {
      await page.evaluate(ENLARGE_TEXT_JS);
      await page.waitForTimeout(100);
      const issues = await layoutIssues(page);
      textOnly = { issues, screenshot: await ctx.screenshot(page, 'text-200'), error: null };
    } catch (err) {
      textOnly = { issues: null, screenshot: null, error: message(err) };
    }
    return { viewportMeta: typeof viewportMeta === 'string' ? viewportMeta : null, baseline, zoom, textOnly };
  },
};
