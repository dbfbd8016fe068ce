/**
 * A page in a browser window of its own. Playwright opens a context's pages as tabs of one
 * window, and headless Chromium gives only the window's active tab animation frames at the
 * display's rate: a background tab gets about one a second (measured: 5 frames in 4.7 s against
 * 80 ms in a window of its own). The crawl reads documents and needs no frames (a background tab
 * is not painted, which saves CPU), but a probe that takes screenshots, moves focus, zooms or
 * watches animations and video needs its page shown — several at once. Other engines: a new page.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright';

const contextIds = new WeakMap<BrowserContext, Promise<string>>();
const browserSessions = new WeakMap<Browser, Promise<CDPSession>>();
const targetIds = new WeakMap<Page, Promise<string | null>>();

function targetIdOf(page: Page): Promise<string | null> {
  let id = targetIds.get(page);
  if (!id) {
    id = (async () => {
      const s = await page.context().newCDPSession(page);
      try {
        const { targetInfo } = (await s.send('Target.getTargetInfo')) as { targetInfo: { targetId: string; browserContextId?: string } };
        return `${targetInfo.targetId} ${targetInfo.browserContextId ?? ''}`;
      } finally {
        await s.detach().catch(() => undefined);
      }
    })().catch(() => null);
    targetIds.set(page, id);
  }
  return id;
}

/** The DevTools id of the context (read from a page of it; a blank one is opened and closed when it has none). */
function contextIdOf(context: BrowserContext): Promise<string> {
  let id = contextIds.get(context);
  if (!id) {
    id = (async () => {
      const existing = context.pages()[0];
      const page = existing ?? (await context.newPage());
      try {
        const ids = await targetIdOf(page);
        const contextId = ids?.split(' ')[1];
        if (!contextId) throw new Error('the browser did not tell the context of its page');
        return contextId;
      } finally {
        if (!existing) await page.close().catch(() => undefined);
      }
    })();
    contextIds.set(context, id);
  }
  return id;
}

function browserSessionOf(browser: Browser): Promise<CDPSession> {
  let s = browserSessions.get(browser);
  if (!s) {
    s = browser.newBrowserCDPSession();
    browserSessions.set(browser, s);
  }
  return s;
}

export async function newWindowPage(context: BrowserContext, timeoutMs = 10_000): Promise<Page> {
  const browser = context.browser();
  if (!browser || browser.browserType().name() !== 'chromium') return context.newPage();
  const [contextId, session] = await Promise.all([contextIdOf(context), browserSessionOf(browser)]);
  const before = new Set(context.pages());
  const { targetId } = (await session.send('Target.createTarget', { url: 'about:blank', browserContextId: contextId, newWindow: true })) as { targetId: string };
  // Playwright attaches to the new target and announces its page; find the one with this id.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const p of context.pages()) {
      if (before.has(p)) continue;
      before.add(p);
      if ((await targetIdOf(p))?.startsWith(`${targetId} `)) return p;
    }
    if (Date.now() > deadline) {
      await session.send('Target.closeTarget', { targetId }).catch(() => undefined);
      throw new Error(`the browser did not open a window for a page within ${timeoutMs / 1000} s`);
    }
    await context.waitForEvent('page', { timeout: 250 }).catch(() => undefined);
  }
}

const shownTurns = new WeakMap<BrowserContext, Promise<void>>();

/**
 * Runs task with page shown: the active tab of its window. A context's pages are tabs of one
 * window and only its active tab is drawn; the others get no animation frames, and a screenshot
 * of one after a resize waited about a second for a frame (measured on the bench: 5 of 12 zoom
 * runs took 2 s instead of 0.4). One page of a context at a time is shown this way; the others queue.
 */
export async function whileShown<T>(page: Page, task: () => Promise<T>): Promise<T> {
  const context = page.context();
  const before = shownTurns.get(context) ?? Promise.resolve();
  let done!: () => void;
  const turn = new Promise<void>((resolve) => { done = resolve; });
  shownTurns.set(context, before.then(() => turn));
  await before;
  try {
    await page.bringToFront();
    return await task();
  } finally {
    done();
  }
}
