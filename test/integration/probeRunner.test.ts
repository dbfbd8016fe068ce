/** The probe runner inside a crawl: targets from the crawl, lanes, errors recorded, records on disk. */
import { describe, expect, it } from 'vitest';
import { crawlSite } from '../../crawler/audit/crawlSite.ts';
import type { Probe } from '../../crawler/probes/probeTypes.ts';
import { homeTargets } from '../../crawler/probes/sampleTargets.ts';
import { SnapshotStore } from '../../crawler/snapshot/snapshotStore.ts';
import { startFixtureSite } from '../fixtures/index.ts';
import { fixtureConfig, tempDir } from './fixtureAudit.ts';

const titleProbe: Probe<{ title: string; width: number }> = {
  id: 'test-title',
  device: 'desktop',
  targets: (s) => homeTargets(s),
  async run(page, _target, ctx) {
    await ctx.screenshot(page, 'top');
    return { title: await page.title(), width: page.viewportSize()?.width ?? 0 };
  },
};
const failingProbe: Probe = {
  id: 'test-fails',
  device: 'mobile',
  targets: (s) => homeTargets(s, ['kk']),
  async run() {
    throw new Error('boom');
  },
};

describe('runProbes in a crawl', () => {
  it('runs each probe on its targets and keeps the records in the snapshot', async () => {
    const site = await startFixtureSite({ style: 'classic' });
    try {
      const out = tempDir();
      const snap = await crawlSite({ config: fixtureConfig(site, 'classic', { maxPages: 3, maxMobilePages: 0, screenshots: true }), outDir: out, resume: false, probes: [titleProbe, failingProbe] });
      const titles = snap.probes.filter((r) => r.probe === 'test-title');
      expect(titles.map((r) => r.lang).sort()).toEqual(['kk', 'ru']);
      expect(titles.every((r) => r.error === null && (r.data as { width: number }).width === 1366 && r.screenshots.length === 1)).toBe(true);
      const failed = snap.probes.find((r) => r.probe === 'test-fails');
      expect(failed).toMatchObject({ device: 'mobile', error: 'boom', data: null });
      expect(new SnapshotStore(out).readProbes()).toHaveLength(3);
    } finally {
      await site.close();
    }
  }, 120_000);

  it('reuses a page for the next run without what the last run routed on it', async () => {
    const site = await startFixtureSite({ style: 'classic' });
    try {
      // One page lane: the second probe's runs get the page the first probe's runs used.
      const blocking: Probe = {
        id: 'test-routes', device: 'desktop', targets: (s) => homeTargets(s),
        async run(page) {
          await page.route('**/*', (route) => route.abort());
          return null;
        },
      };
      const snap = await crawlSite({ config: fixtureConfig(site, 'classic', { maxPages: 3, maxMobilePages: 0, concurrency: 1, perHostConcurrency: 1 }), outDir: tempDir(), resume: false, probes: [blocking, titleProbe] });
      expect(snap.probes.filter((r) => r.probe === 'test-routes' && r.error === null)).toHaveLength(2);
      const titles = snap.probes.filter((r) => r.probe === 'test-title');
      expect(titles.map((r) => r.error)).toEqual([null, null]);
      expect(titles.every((r) => (r.data as { title: string }).title.length > 0)).toBe(true);
    } finally {
      await site.close();
    }
  }, 120_000);

  it('runs the probes that share a load of the page one after another on it, in their order, and loads it anew for the others', async () => {
    const site = await startFixtureSite({ style: 'classic' });
    try {
      // Each run reports what earlier runs left in the document, then leaves its own mark.
      const marking = (id: string, sharedRender?: number): Probe<string[]> => ({
        id, device: 'desktop', targets: (s) => homeTargets(s), ...(sharedRender === undefined ? {} : { sharedRender }),
        async run(page) {
          // A run that finds the page scrolled (the runner scrolls back to the top between shared runs) says so.
          return (await page.evaluate(`(() => {
            const seen = [...(window.__marks || [])];
            const scrolled = scrollY > 0;
            window.__marks = [...seen, ${JSON.stringify(id)}];
            window.scrollTo(0, 300);
            return scrolled ? ['scrolled', ...seen] : seen;
          })()`)) as string[];
        },
      });
      const probes = [marking('test-second', 2), marking('test-alone'), marking('test-first', 1), marking('test-third', 3)];
      const snap = await crawlSite({ config: fixtureConfig(site, 'classic', { maxPages: 3, maxMobilePages: 0 }), outDir: tempDir(), resume: false, probes });
      const seen = (id: string) => snap.probes.filter((r) => r.probe === id).map((r) => r.data);
      expect(seen('test-first')).toEqual([[], []]);
      expect(seen('test-second')).toEqual([['test-first'], ['test-first']]);
      expect(seen('test-third')).toEqual([['test-first', 'test-second'], ['test-first', 'test-second']]);
      expect(seen('test-alone')).toEqual([[], []]);
      expect(snap.probes.every((r) => r.error === null)).toBe(true);
    } finally {
      await site.close();
    }
  }, 120_000);

  it('stops the probes beside the crawl when the audit stops, and records no run cut short (resume runs it again)', async () => {
    const site = await startFixtureSite({ style: 'classic' });
    try {
      const out = tempDir();
      const stop = new AbortController();
      let started = 0;
      const cut: Probe = {
        id: 'test-cut', device: 'desktop', early: true, lane: 'solo', navigate: false, targets: (s) => homeTargets(s),
        async run(_page, _target, ctx) {
          started++;
          stop.abort();
          await new Promise((r) => setTimeout(r, 300));
          if (ctx.signal?.aborted) throw new Error('cut short');
          return null;
        },
      };
      await expect(crawlSite({ config: fixtureConfig(site, 'classic', { maxPages: 20, maxMobilePages: 0 }), outDir: out, resume: false, signal: stop.signal, probes: [cut] })).rejects.toThrow(/interrupted|stopped/i);
      expect(started).toBe(1);
      expect(new SnapshotStore(out).readProbes()).toEqual([]);
    } finally {
      await site.close();
    }
  }, 120_000);

  it('runs an early solo probe beside the crawl one run at a time, releases it, and runs serial probes one at a time after all other lanes', async () => {
    const site = await startFixtureSite({ style: 'classic' });
    try {
      const log: { id: string; start: number; end: number }[] = [];
      const timed = (id: string, over: Partial<Probe>): Probe => ({
        id, device: 'desktop', navigate: false, targets: (s) => homeTargets(s), ...over,
        async run() {
          const start = Date.now();
          await new Promise((r) => setTimeout(r, 150));
          log.push({ id, start, end: Date.now() });
          return null;
        },
      });
      let released = 0;
      const probes = [timed('test-early', { early: true, lane: 'solo', release: async () => { released = Date.now(); } }), timed('test-serial', { lane: 'serial' }), timed('test-page', {}), timed('test-watch', { lane: 'watch' })];
      const snap = await crawlSite({ config: fixtureConfig(site, 'classic', { maxPages: 6, maxMobilePages: 0 }), outDir: tempDir(), resume: false, probes });
      expect(snap.probes.map((r) => r.probe).sort()).toEqual(['test-early', 'test-early', 'test-page', 'test-page', 'test-serial', 'test-serial', 'test-watch', 'test-watch']);
      const of = (id: string) => log.filter((l) => l.id === id);
      // The early runs happened while pages were still being crawled.
      const lastPage = Math.max(...snap.pages.map((p) => Date.parse(p.fetchedAt)));
      expect(Math.min(...of('test-early').map((l) => l.start))).toBeLessThan(lastPage);
      // Solo runs never overlap each other, nor serial runs each other or any run of the other lanes.
      for (const runs of [of('test-early'), of('test-serial')]) {
        const sorted = [...runs].sort((a, b) => a.start - b.start);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
      }
      // The early probe was released once its runs were done, before any serial run.
      expect(released).toBeGreaterThanOrEqual(Math.max(...of('test-early').map((l) => l.end)));
      expect(released).toBeLessThanOrEqual(Math.min(...of('test-serial').map((l) => l.start)));
      const serial = [...of('test-early'), ...of('test-serial')].sort((a, b) => a.start - b.start);
      for (let i = 1; i < serial.length; i++) expect(serial[i]!.start).toBeGreaterThanOrEqual(serial[i - 1]!.end);
      const others = [...of('test-page'), ...of('test-watch')];
      for (const s of of('test-serial')) expect(s.start).toBeGreaterThanOrEqual(Math.max(...others.map((o) => o.end)));
    } finally {
      await site.close();
    }
  }, 120_000);

  it('gives a probe a browser apart from the crawl\'s on a debugging port, the same one to each run, closed when the lanes are done', async () => {
    const site = await startFixtureSite({ style: 'classic' });
    try {
      const seen: { port: number; again: number; crawlPageListed: boolean }[] = [];
      const apart: Probe = {
        id: 'test-apart', device: 'desktop', lane: 'solo', targets: (s) => homeTargets(s),
        async run(page, _target, ctx) {
          const port = await ctx.debuggingBrowser();
          const tabs = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { url: string }[];
          // The page this run was handed (the crawl's browser, on the target) is not a tab of that browser.
          seen.push({ port, again: await ctx.debuggingBrowser(), crawlPageListed: tabs.some((t) => t.url === page.url()) });
          return null;
        },
      };
      const snap = await crawlSite({ config: fixtureConfig(site, 'classic', { maxPages: 3, maxMobilePages: 0 }), outDir: tempDir(), resume: false, probes: [apart] });
      expect(snap.probes.map((r) => r.error)).toEqual([null, null]);
      expect(seen).toHaveLength(2);
      expect(new Set(seen.flatMap((s) => [s.port, s.again])).size).toBe(1);
      expect(seen.some((s) => s.crawlPageListed)).toBe(false);
      await expect(fetch(`http://127.0.0.1:${seen[0]!.port}/json/version`)).rejects.toThrow();
    } finally {
      await site.close();
    }
  }, 120_000);
});
