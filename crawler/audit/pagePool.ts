/**
 * Playwright pages reused across navigations (a new page per URL costs more than the render)
 * and recycled every `recycleEvery` uses so a leaky site cannot grow one page without bound.
 */
import type { BrowserContext, Page } from 'playwright';

export class PagePool {
  private readonly idle: Page[] = [];
  private readonly uses = new WeakMap<Page, number>();
  private readonly context: BrowserContext;
  private readonly recycleEvery: number;
  constructor(context: BrowserContext, recycleEvery = 20) {
    this.context = context;
    this.recycleEvery = recycleEvery;
  }

  async acquire(): Promise<Page> {
    const page = this.idle.pop() ?? (await this.context.newPage());
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
