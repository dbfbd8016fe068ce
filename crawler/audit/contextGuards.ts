/**
 * Safety and instrumentation for every browser context of an audit: any request that is not
 * GET or HEAD is stopped before it leaves the browser (the crawler never submits a form or
 * sends a POST to an audited site), and each page reports its rendering state (DOM mutations,
 * pending short timers) so rendering can be awaited.
 *
 * Chromium: one browser-level guard (chromiumRequestGuard.ts) for every context. Other engines
 * (Firefox over WebDriver BiDi): Playwright's context.route.
 */
import type { BrowserContext, Page } from 'playwright';
import { RENDER_STATE_SCRIPT } from '../browser/renderPage.ts';
import { chromiumRequestGuard, type BlockedRequest } from '../browser/chromiumRequestGuard.ts';

/** Takes (and clears) what was blocked on a page since the last call. */
export type TakeBlocked = (page: Page) => Promise<BlockedRequest[]>;

export async function guardContext(context: BrowserContext): Promise<TakeBlocked> {
  await context.addInitScript(RENDER_STATE_SCRIPT);
  const browser = context.browser();
  if (browser && browser.browserType().name() === 'chromium') {
    const guard = await chromiumRequestGuard(browser);
    return (page) => guard.take(page);
  }
  return routeGuard(context);
}

async function routeGuard(context: BrowserContext): Promise<TakeBlocked> {
  const blocked = new WeakMap<Page, BlockedRequest[]>();
  await context.route('**/*', async (route) => {
    const req = route.request();
    const method = req.method();
    if (method === 'GET' || method === 'HEAD') return route.fallback();
    let page: Page | null = null;
    try {
      page = req.frame().page();
    } catch {
      page = null; // service-worker or detached frame request
    }
    if (page) {
      const list = blocked.get(page) ?? [];
      if (list.length < 100) list.push({ url: req.url(), method });
      blocked.set(page, list);
    }
    // As in the Chromium guard: a script-submitted form (a navigation) is answered 204 in place.
    if (req.isNavigationRequest()) await route.fulfill({ status: 204, body: '' });
    else await route.abort('blockedbyclient');
  });
  return async (page) => {
    const list = blocked.get(page) ?? [];
    blocked.set(page, []);
    return list;
  };
}
