/**
 * Safety and instrumentation for every browser context of an audit: any request that is not
 * GET or HEAD is aborted before it leaves the browser (the crawler never submits a form or
 * sends a POST to an audited site), and each page reports its rendering state (DOM mutations,
 * pending short timers) so rendering can be awaited.
 */
import type { BrowserContext, Page } from 'playwright';
import { RENDER_STATE_SCRIPT } from '../browser/renderPage.ts';

export interface BlockedRequest {
  url: string;
  method: string;
}

export async function guardContext(context: BrowserContext): Promise<(page: Page) => BlockedRequest[]> {
  const blocked = new WeakMap<Page, BlockedRequest[]>();
  await context.addInitScript(RENDER_STATE_SCRIPT);
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
    // A form submitted by script is a navigation: answering 204 keeps the page where it was
    // (an aborted navigation would replace it with an error page). Nothing reaches the site.
    if (req.isNavigationRequest()) await route.fulfill({ status: 204, body: '' });
    else await route.abort('blockedbyclient');
  });
  /** Takes (and clears) what was blocked on a page since the last call. */
  return (page: Page) => {
    const list = blocked.get(page) ?? [];
    blocked.set(page, []);
    return list;
  };
}
