/** The probe runner inside a crawl: targets from the crawl, a fresh page per run, errors recorded, records on disk. */
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
});
