/**
 * The zoom probe (A4-3.8): the page in a 1280 px window at 200 % (a 640 CSS px viewport at
 * device scale 2, in a new context), and the page at 1366 px with only the text enlarged to
 * 200 % (every computed font size doubled). Each view records horizontal scrolling, text cut by
 * an overflow-hidden box and overlapping text; the same measurement at 100 % is kept as the
 * baseline (for the evidence: a defect already there at 100 % is still a loss at 200 %). The
 * viewport meta is read for user-scalable=no / maximum-scale < 2.
 */
import { z } from 'zod';
import type { Page } from 'playwright';
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

async function layoutIssues(page: Page): Promise<LayoutIssues> {
  return LayoutIssuesSchema.parse(await page.evaluate(LAYOUT_ISSUES_JS));
}

const message = (err: unknown) => ((err as Error).message ?? String(err)).split('\n')[0] ?? 'failed';

export const zoomProbe: Probe<ZoomData> = {
  id: 'zoom',
  device: 'desktop',
  timeoutMs: 90_000,
  targets: (snapshot) => sampleTargets(snapshot, { perLang: 6 }),
  async run(page, target, ctx) {
    const viewportMeta = await page.evaluate(`(document.querySelector('meta[name="viewport" i]') || { getAttribute: () => null }).getAttribute('content')`) as string | null;
    const baseline = await layoutIssues(page);

    let zoom: ZoomView;
    try {
      const context = await ctx.newContext({ viewport: ZOOM_VIEWPORT, deviceScaleFactor: 2 });
      const zoomed = await context.newPage();
      try {
        const r = await ctx.render(zoomed, target.url);
        if (r.error) throw new Error(`the page did not load at 200 %: ${r.error}`);
        const issues = await layoutIssues(zoomed);
        zoom = { issues, screenshot: await ctx.screenshot(zoomed, 'zoom-200'), error: null };
      } finally {
        await zoomed.close().catch(() => undefined);
        await context.close().catch(() => undefined);
      }
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
