/**
 * Benchmark (`npm run bench`): builds a fixture site (default about 300 pages per language),
 * renders every page bare in Playwright (reused pages, `load`, nothing else), then runs the full
 * audit (crawl, phone, every probe, screenshots) at the same concurrency, and prints pages/min for
 * both, their ratio, the time per probe and the peak memory (PSS) of the process tree (Node + browser).
 * Figures go in closing notes; no test asserts timings (machines are noisy).
 *   npm run bench [-- --news 200 --concurrency 4 --style classic --probes all]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pLimit from 'p-limit';
import { crawlSite } from '../crawler/audit/crawlSite.ts';
import { launchBrowser } from '../crawler/browser/launchBrowser.ts';
import { selectProbes } from '../crawler/probes/registry.ts';
import { startFixtureSite } from '../test/fixtures/index.ts';

const { values } = parseArgs({
  options: {
    news: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '4' },
    style: { type: 'string', default: 'classic' },
    probes: { type: 'string', default: 'all' },
  },
});
const style = values.style === 'unified' ? 'unified' : 'classic';
const concurrency = Number(values.concurrency);

/**
 * Memory of a process and all its descendants, in KiB: the sum of their PSS (shared pages split
 * between the processes that map them; summing RSS would count Chromium's shared memory once
 * per process). Falls back to RSS where /proc has no smaps_rollup.
 */
function treeMemoryKb(root: number): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , r]) => [pid, r]));
  const pss = (pid: number): number => {
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      return m ? Number(m[1]) : (rss.get(pid) ?? 0);
    } catch {
      return rss.get(pid) ?? 0;
    }
  };
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += pss(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function peakSampler() {
  let peak = 0;
  const timer = setInterval(() => { peak = Math.max(peak, treeMemoryKb(process.pid)); }, 250);
  return { stop: () => { clearInterval(timer); return Math.round(peak / 1024); } };
}

const site = await startFixtureSite({ style, newsCount: Number(values.news) });
const resolve = [{ host: site.host, port: site.port, address: '127.0.0.1' }, { host: site.mobileHost, port: site.port, address: '127.0.0.1' }];
const pageUrls = site.expected.pages
  .filter((p) => p.lang === 'kk' || p.lang === 'ru')
  .map((p) => `http://${site.host}:${site.port}${p.url}`);

// 1. Bare rendering: every page once, reused pages, wait for `load` only.
const bareMem = peakSampler();
const launched = await launchBrowser({ resolve });
const context = await launched.browser.newContext({ viewport: { width: 1366, height: 768 } });
const pages = await Promise.all(Array.from({ length: concurrency }, () => context.newPage()));
const limit = pLimit(concurrency);
let next = 0;
const bareStart = Date.now();
await Promise.all(pageUrls.map((url) => limit(async () => {
  const page = pages[next++ % pages.length]!;
  await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
})));
const bareSecs = (Date.now() - bareStart) / 1000;
await launched.browser.close();
const bareMemMiB = bareMem.stop();

// 2. The full audit of the same site at the same concurrency.
const auditMem = peakSampler();
const auditStart = Date.now();
const snap = await crawlSite({
  outDir: mkdtempSync(join(tmpdir(), 'tekser-bench-')),
  resume: false,
  probes: selectProbes(values.probes ?? 'all'),
  config: {
    startUrl: style === 'classic' ? `http://${site.host}:${site.port}/` : site.homeUrl('kk', { publicHost: true }),
    type: style === 'classic' ? 'zhao' : 'omo', langs: ['kk', 'ru'], maxPages: 1000, maxDepth: 30, maxMobilePages: 40,
    timeLimitSec: null, concurrency, perHostConcurrency: concurrency,
    ignoreRobots: false, include: [], exclude: [], screenshots: true, userAgent: 'Tekser', resolve,
  },
});
const auditSecs = (Date.now() - auditStart) / 1000;
const auditMemMiB = auditMem.stop();
await site.close();

const perProbe: Record<string, { runs: number; seconds: number }> = {};
for (const r of snap.probes) {
  const p = (perProbe[r.probe] ??= { runs: 0, seconds: 0 });
  p.runs++;
  p.seconds = Math.round((p.seconds + r.ms / 1000) * 10) / 10;
}
const bareRate = (pageUrls.length / bareSecs) * 60;
const auditRate = (snap.pages.length / auditSecs) * 60;
console.log(JSON.stringify({
  style,
  concurrency,
  fixturePages: { kk: site.expected.pages.filter((p) => p.lang === 'kk').length, ru: site.expected.pages.filter((p) => p.lang === 'ru').length },
  bare: { pages: pageUrls.length, seconds: Number(bareSecs.toFixed(1)), pagesPerMin: Math.round(bareRate), peakTreePssMiB: bareMemMiB },
  audit: {
    desktopPages: snap.pages.filter((p) => p.device === 'desktop').length,
    phonePages: snap.pages.filter((p) => p.device === 'mobile').length,
    probeRuns: snap.probes.length,
    seconds: Number(auditSecs.toFixed(1)),
    pagesPerMin: Math.round(auditRate),
    peakTreePssMiB: auditMemMiB,
  },
  auditToBareRatio: Number((auditRate / bareRate).toFixed(2)),
  probeSeconds: perProbe,
}, null, 2));
