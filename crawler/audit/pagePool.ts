/**
 * Playwright pages reused across navigations (a new page per URL costs more than the render)
 * and recycled every `recycleEvery` uses so a leaky site cannot grow one page without bound.
 * `ownWindows`: each page in a window of its own (windowPage.ts), for probes that need their
 * page shown; the crawl's pages are background tabs (never painted, which costs nothing).
 */
import type { BrowserContext, Page } from 'playwright';
import { newWindowPage } from '../browser/windowPage.ts';

export class PagePool {
  private readonly idle: Page[] = [];
  private readonly uses = new WeakMap<Page, number>();
  private readonly context: BrowserContext;
  private readonly recycleEvery: number;
  private readonly ownWindows: boolean;
  constructor(context: BrowserContext, options: { recycleEvery?: number; ownWindows?: boolean } = {}) {
    this.context = context;
    this.recycleEvery = options.recycleEvery ?? 20;
    this.ownWindows = options.ownWindows ?? false;
  }

  async acquire(): Promise<Page> {
    const page = this.idle.pop() ?? (await (this.ownWindows ? newWindowPage(this.context) : this.context.newPage()));
    this.uses.set(page, (this.uses.get(page) ?? 0) + 1);
    return page;
  }

  async release(page: Page): Promise<void> {
    if ((this.uses.get(page) ?? 0) >= this.recycleEvery || page.isClosed()) {
      await page.close().catch(() => undefined);
      return;
    }
    this.idle.push(page);
  }

  async use<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.acquire();
    try {
      return await fn(page);
    } finally {
      await this.release(page);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((p) => p.close().catch(() => undefined)));
  }
}
