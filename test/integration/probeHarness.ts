/**
 * What the probe tests share: a ProbeContext over a test browser (guarded extra contexts,
 * the crawler's render, no host cap, no screenshots), and opening one page rendered as the
 * crawler renders it before measuring it.
 */
import type { Browser, BrowserContext, Page } from 'playwright';
import { guardContext } from '../../crawler/audit/contextGuards.ts';
import { renderPage } from '../../crawler/browser/renderPage.ts';
import { createHttpClient } from '../../crawler/http/httpClient.ts';
import type { ProbeContext } from '../../crawler/probes/probeTypes.ts';
import { snapshot } from '../unit/snapshotBuilder.ts';

/** A probe context on `browser`; the contexts it opens are pushed to `opened` for the test to close. */
export function probeContext(browser: Browser, opened: BrowserContext[]): ProbeContext {
  return {
    browser,
    http: createHttpClient({ userAgent: 'Tekser-test' }),
    snapshot: snapshot(),
    async newContext(options) {
      const c = await browser.newContext(options);
      await guardContext(c);
      opened.push(c);
      return c;
    },
    render: (page, url) => renderPage(page, url),
    hostSlot: (task) => task(),
    screenshot: async () => null,
    debuggingBrowser: () => Promise.reject(new Error('the probe tests have no browser apart')),
  };
}

/** Renders url in a new page of context, measures it, and closes the page. */
export async function openRendered<T>(context: BrowserContext, url: string, measure: (page: Page, url: string) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    const r = await renderPage(page, url);
    if (r.error) throw new Error(r.error);
    return await measure(page, url);
  } finally {
    await page.close();
  }
}
