/**
 * Benchmark: crawls a larger fixture site and reports wall time, pages per second and the peak
 * memory of the whole process tree (Node + browser). Figures go in closing notes; no test
 * asserts timings.  Usage: npm run bench [-- --news 60 --concurrency 4]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { crawlSite } from '../crawler/audit/crawlSite.ts';
import { startFixtureSite } from '../test/fixtures/index.ts';

const { values } = parseArgs({
  options: {
    news: { type: 'string', default: '60' },
    chain: { type: 'string', default: '8' },
    concurrency: { type: 'string', default: '4' },
    style: { type: 'string', default: 'classic' },
  },
});
const style = values.style === 'unified' ? 'unified' : 'classic';

function treeRssKb(root: number): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , r]) => [pid, r]));
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

const site = await startFixtureSite({ style, newsCount: Number(values.news), deepChain: Number(values.chain) });
let peak = 0;
const sampler = setInterval(() => { peak = Math.max(peak, treeRssKb(process.pid)); }, 250);
const started = Date.now();
const snap = await crawlSite({
  outDir: mkdtempSync(join(tmpdir(), 'tekser-bench-')),
  resume: false,
  config: {
    startUrl: style === 'classic' ? `http://${site.host}:${site.port}/` : site.homeUrl('kk', { publicHost: true }),
    type: style === 'classic' ? 'zhao' : 'omo', langs: ['kk', 'ru'], maxPages: 1000, maxDepth: 30, maxMobilePages: 40,
    timeLimitSec: null, concurrency: Number(values.concurrency), perHostConcurrency: Number(values.concurrency),
    ignoreRobots: false, include: [], exclude: [], screenshots: true, userAgent: 'Tekser',
    resolve: [{ host: site.host, port: site.port, address: '127.0.0.1' }, { host: site.mobileHost, port: site.port, address: '127.0.0.1' }],
  },
});
const secs = (Date.now() - started) / 1000;
clearInterval(sampler);
await site.close();
const desktop = snap.pages.filter((p) => p.device === 'desktop').length;
const result = {
  style, concurrency: Number(values.concurrency), desktopPages: desktop, phonePages: snap.pages.length - desktop,
  seconds: Number(secs.toFixed(1)), pagesPerSecond: Number((snap.pages.length / secs).toFixed(2)),
  peakTreeRssMiB: Math.round(peak / 1024), nodeHeapMiB: Math.round(process.memoryUsage().heapUsed / 1048576),
};
console.log(JSON.stringify(result, null, 2));
