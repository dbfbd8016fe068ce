/**
 * The audit's "never anything but GET or HEAD" rule for a whole Chromium browser, enforced by one
 * browser-level DevTools session (Fetch domain). Browser-level interception sees every request of
 * every context, page, popup, out-of-process frame, worker and service worker, including those of
 * tabs opened by Lighthouse over the debugging port, with no attach race for new targets.
 *
 * Only request types that can carry another method are paused (documents, fetch/XHR, beacons and
 * pings, event streams, CSP reports, "other"); stylesheets, scripts, images, fonts and media are
 * always GET and go straight through — unlike Playwright's context.route, which pauses every
 * request in Node and turns the HTTP cache off (300 pages: 23.1 s with it, 18.0 s without).
 */
import type { Browser, CDPSession, Page } from 'playwright';

export interface BlockedRequest {
  url: string;
  method: string;
}

/** Resource types a request with a body or another method can have (the names Fetch.enable accepts). */
const GUARDED_TYPES = ['Document', 'XHR', 'Fetch', 'EventSource', 'Ping', 'CSPViolationReport', 'Other'] as const;
/** Blocked requests kept for pages that never ask for them (closed popups, Lighthouse's tab). */
const MAX_KEPT = 500;

interface RequestPaused {
  requestId: string;
  request: { url: string; method: string };
  frameId?: string;
  resourceType: string;
}

export interface ChromiumRequestGuard {
  /** Takes (and clears) what was blocked in page's frames since the last call. */
  take(page: Page): Promise<BlockedRequest[]>;
}

const guards = new WeakMap<Browser, Promise<ChromiumRequestGuard>>();

/** The browser's guard, installed on first use (launchBrowser installs it before any context). */
export function chromiumRequestGuard(browser: Browser): Promise<ChromiumRequestGuard> {
  let guard = guards.get(browser);
  if (!guard) {
    guard = installGuard(browser);
    guards.set(browser, guard);
  }
  return guard;
}

async function installGuard(browser: Browser): Promise<ChromiumRequestGuard> {
  const session = await browser.newBrowserCDPSession();
  const byFrame = new Map<string, BlockedRequest[]>();
  let kept = 0;
  const ignoreGone = () => undefined; // the request or the browser went away meanwhile
  session.on('Fetch.requestPaused', (e: RequestPaused) => {
    const { method, url } = e.request;
    if (method === 'GET' || method === 'HEAD') {
      void session.send('Fetch.continueRequest', { requestId: e.requestId }).catch(ignoreGone);
      return;
    }
    if (kept < MAX_KEPT) {
      const frame = e.frameId ?? '';
      byFrame.set(frame, [...(byFrame.get(frame) ?? []), { url, method }]);
      kept++;
    }
    // A form submitted by script is a navigation: answering 204 keeps the page where it was
    // (an aborted navigation would replace it with an error page). Nothing reaches the site.
    if (e.resourceType === 'Document') {
      void session.send('Fetch.fulfillRequest', { requestId: e.requestId, responseCode: 204, body: '' }).catch(ignoreGone);
    } else {
      void session.send('Fetch.failRequest', { requestId: e.requestId, errorReason: 'BlockedByClient' }).catch(ignoreGone);
    }
  });
  await session.send('Fetch.enable', { patterns: GUARDED_TYPES.map((resourceType) => ({ urlPattern: '*', resourceType })) });

  const pageSessions = new WeakMap<Page, Promise<CDPSession>>();
  const frameIds = async (page: Page): Promise<string[]> => {
    let s = pageSessions.get(page);
    if (!s) {
      s = page.context().newCDPSession(page);
      pageSessions.set(page, s);
    }
    type Tree = { frame: { id: string }; childFrames?: Tree[] };
    const { frameTree } = (await (await s).send('Page.getFrameTree')) as { frameTree: Tree };
    const ids: string[] = [];
    const walk = (t: Tree) => {
      ids.push(t.frame.id);
      for (const c of t.childFrames ?? []) walk(c);
    };
    walk(frameTree);
    return ids;
  };

  return {
    async take(page) {
      if (byFrame.size === 0 || page.isClosed()) return []; // the common case costs nothing
      const taken: BlockedRequest[] = [];
      for (const id of await frameIds(page).catch(() => [])) {
        const list = byFrame.get(id);
        if (!list) continue;
        taken.push(...list);
        kept -= list.length;
        byFrame.delete(id);
      }
      return taken.slice(0, 100);
    },
  };
}
