/**
 * Pages in windows of their own (the probes' watch lane) against a context's tabs: Playwright
 * opens a context's pages as tabs of one window, and a background tab gets about one animation
 * frame a second while another tab draws (measured on the fixture's home page: 5 frames in 4.7 s
 * against 80 ms). Pages of an `ownWindows` pool are each in a window and, several drawing at
 * once on the fixture's home page, each gets frames at the display's rate.
 */
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PagePool } from '../../crawler/audit/pagePool.ts';
import { launchBrowser } from '../../crawler/browser/launchBrowser.ts';
import { newWindowPage, whileShown } from '../../crawler/browser/windowPage.ts';
import { startFixtureSite, type FixtureSite } from '../fixtures/index.ts';

let browser: Browser;
let context: BrowserContext;
let site: FixtureSite;
let url = '';

beforeAll(async () => {
  // The fixture's home page (banner carousel, images): as tabs, all but the active one stall.
  site = await startFixtureSite({ style: 'classic', newsCount: 5 });
  url = site.homeUrl('ru');
  browser = (await launchBrowser({})).browser;
  context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Animation frames each page gets in one second while all ask at once. */
const framesInASecond = (pages: Page[]) => Promise.all(pages.map((p) => p.evaluate(`new Promise((resolve) => {
  let n = 0;
  const t0 = performance.now();
  const step = () => { n++; if (performance.now() - t0 < 1000) requestAnimationFrame(step); else resolve(n); };
  requestAnimationFrame(step);
})`) as Promise<number>));

/** The browser window a page is shown in. */
async function windowOf(page: Page): Promise<number> {
  const s = await page.context().newCDPSession(page);
  try {
    return ((await s.send('Browser.getWindowForTarget')) as { windowId: number }).windowId;
  } finally {
    await s.detach();
  }
}

describe('pages in windows of their own', () => {
  it('each in its own window, each getting animation frames while all draw at once', async () => {
    const tabs = new PagePool(context);
    const tabPages = await Promise.all([0, 1].map(() => tabs.acquire()));
    // Playwright's pages of one context are tabs of one window (only the active one is drawn at the display's rate).
    expect(new Set(await Promise.all(tabPages.map(windowOf))).size).toBe(1);
    await Promise.all(tabPages.map((p) => p.close()));

    const pool = new PagePool(context, { ownWindows: true });
    const shown = await Promise.all([0, 1, 2, 3].map(() => pool.acquire()));
    expect(new Set(shown).size).toBe(4);
    for (const p of shown) expect(p.context()).toBe(context);
    expect(new Set(await Promise.all(shown.map(windowOf))).size).toBe(4);
    for (const p of shown) await p.goto(url, { waitUntil: 'load' });
    // About 60 a second each (a background tab gets about one while another tab draws).
    for (const n of await framesInASecond(shown)) expect(n).toBeGreaterThan(20);
    for (const p of shown) await pool.release(p);
    await pool.close();
  }, 30_000);

  it('opens a page in the right context when the context has none yet', async () => {
    const other = await browser.newContext({ viewport: { width: 500, height: 400 } });
    try {
      const page = await newWindowPage(other);
      expect(page.context()).toBe(other);
      expect(await page.evaluate('innerWidth')).toBe(500);
      expect(other.pages()).toEqual([page]);
    } finally {
      await other.close();
    }
  }, 30_000);

  it('shows a tab while a task runs on it (frames at the display\'s rate), one tab of a context at a time', async () => {
    const tabs = new PagePool(context);
    const [a, b, c] = await Promise.all([0, 1, 2].map(() => tabs.acquire()));
    try {
      for (const p of [a!, b!, c!]) await p.goto(url, { waitUntil: 'load' });
      // The last tab opened is the active one; a draws in the background, so gets about one frame a second.
      const spans: { page: string; start: number; end: number; frames: number }[] = [];
      const shownRun = (p: Page, name: string) => whileShown(p, async () => {
        const start = Date.now();
        const [frames] = await framesInASecond([p]);
        spans.push({ page: name, start, end: Date.now(), frames: frames! });
      });
      await Promise.all([shownRun(a!, 'a'), shownRun(b!, 'b')]);
      expect(spans.map((s) => s.page)).toEqual(['a', 'b']);
      expect(spans[1]!.start).toBeGreaterThanOrEqual(spans[0]!.end);
      for (const s of spans) expect(s.frames).toBeGreaterThan(20);
    } finally {
      await tabs.close();
    }
  }, 30_000);
});
