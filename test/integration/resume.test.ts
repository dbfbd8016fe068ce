/**
 * An audit killed with SIGKILL halfway and resumed with --resume ends with the same snapshot as
 * one that was not interrupted, and does not fetch the finished pages again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SnapshotStore } from '../../crawler/snapshot/snapshotStore.ts';
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { startFixtureSite, type FixtureSite } from '../fixtures/index.ts';
import { resolveArgs, runCli, startUrlOf, tempDir } from './fixtureAudit.ts';

/** What must be equal between two snapshots of the same site (timings left out). */
function essence(s: Snapshot) {
  const pages = s.pages
    .map((p) => ({
      device: p.device, url: p.url, finalUrl: p.finalUrl, status: p.status, lang: p.lang, title: p.title,
      crawlLevel: p.crawlLevel, discoveredVia: p.discoveredVia, links: p.links.map((l) => l.url).sort(),
    }))
    .sort((a, b) => `${a.device} ${a.url}`.localeCompare(`${b.device} ${b.url}`));
  const { site } = s;
  return {
    pages,
    status: site.status,
    languages: site.languages,
    depthSummary: site.depthSummary,
    depths: site.depths,
    counterparts: site.counterparts,
    sitemapUrls: [...site.sitemapUrls].sort(),
    feeds: site.feeds.map((f) => [f.url, f.itemCount, f.latestItemDate]),
    mobile: site.mobile.map((m) => [m.lang, m.kind, m.finalUrl]),
    notFetched: [...site.notFetched].sort((a, b) => a.url.localeCompare(b.url)),
    blocked: [...site.robots.blockedUrls].sort(),
    checks: s.checks.map((c) => [c.url, c.status, c.size]).sort(),
    probes: s.probes.map((r) => [r.probe, r.device, r.url, r.error]).sort(),
  };
}

const lineCount = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).length : 0);

describe('--resume', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await startFixtureSite({ style: 'classic', defects: { slowPages: 150 } });
  });
  afterAll(() => site?.close());

  it('continues a killed audit to the same snapshot without fetching finished pages again', async () => {
    const args = (out: string) => ['audit', startUrlOf(site, 'classic'), '--type', 'zhao', '--out', out, '--quiet', '--no-screenshots', '--max-mobile-pages', '2', '--probes', 'none', '--max-pages', '25', '--max-pages-en', '5', ...resolveArgs(site)];
    const whole = tempDir();
    const full = await runCli(args(whole), { timeoutMs: 150_000 });
    expect(full.code, full.stderr).toBe(0);

    const out = tempDir();
    const pagesPath = join(out, 'snapshot', 'pages.jsonl');
    let killedAt = 0;
    const first = await runCli(args(out), {
      timeoutMs: 150_000,
      onSpawn: (kill) => {
        const timer = setInterval(() => {
          if (lineCount(pagesPath) >= 15) {
            clearInterval(timer);
            kill('SIGKILL');
          }
        }, 25);
      },
    });
    expect(first.signal).toBe('SIGKILL');
    killedAt = site.requests.length;
    const store = new SnapshotStore(out);
    expect(store.readSite().status).toBe('running');
    const finished = store.readPages().filter((p) => p.device === 'desktop');
    expect(finished.length).toBeGreaterThanOrEqual(15);

    const resumed = await runCli([...args(out), '--resume'], { timeoutMs: 150_000 });
    expect(resumed.code, resumed.stderr).toBe(0);

    // No finished page was requested by the desktop browser again.
    const again = site.requests.slice(killedAt).filter((r) => !/Mobile/.test(r.userAgent) && /Chrome/.test(r.userAgent));
    const finishedPaths = new Set(finished.map((p) => new URL(p.url).pathname + new URL(p.url).search));
    expect(again.filter((r) => finishedPaths.has(r.url)).map((r) => r.url)).toEqual([]);
    expect(again.length).toBeGreaterThan(0);

    expect(essence(store.read())).toEqual(essence(new SnapshotStore(whole).read()));
  }, 300_000);
});
