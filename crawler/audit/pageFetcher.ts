/**
 * Fetches one page for the crawl: reuses the record of an earlier run (resume), else renders it,
 * screenshots it when asked, turns it into a PageRecord and records it. Honours Crawl-delay.
 */
import { join } from 'node:path';
import type { Page } from 'playwright';
import { renderPage } from '../browser/renderPage.ts';
import { toPageRecord } from '../extract/toPageRecord.ts';
import type { Device, PageRecord } from '../snapshot/schema.ts';
import type { TakeBlocked } from './contextGuards.ts';
import type { Candidate, CrawlSession } from './crawlSession.ts';

export type FetchPage = (page: Page, c: Candidate, level: number, shotName: string | null) => Promise<PageRecord>;

export function pageFetcher(session: CrawlSession, device: Device, takeBlocked: TakeBlocked, delayMs = 0): FetchPage {
  return async (page, c, level, shotName) => {
    const done = session.reused(device, c.url);
    if (done) {
      session.record(done, false);
      return done;
    }
    const r = await renderPage(page, c.url);
    let screenshot: string | null = null;
    if (shotName && session.config.screenshots && r.facts) {
      const rel = `screenshots/${shotName}.png`;
      await page.screenshot({ path: join(session.store.dir, rel) }).then(() => { screenshot = rel; }, () => undefined);
    }
    const rec = toPageRecord(r, {
      device, discoveredVia: c.via, crawlLevel: level, inheritedLang: c.lang, screenshot,
      blockedRequests: await takeBlocked(page), fetchedAt: new Date().toISOString(),
    });
    session.record(rec, true);
    if (delayMs > 0) await new Promise((res) => setTimeout(res, delayMs));
    return rec;
  };
}
