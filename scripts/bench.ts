/**
 * Benchmark (`npm run bench`): builds a fixture site (default about 300 pages per language),
 * renders every page bare in Playwright (reused pages, `load`, nothing else), then runs the full
 * audit (crawl, phone, every probe, screenshots) at the same concurrency, and prints pages/min for
 * both, their ratio, the time per probe and phase, and the peak memory (PSS) of the auditor's process
 * tree (Node and its browsers; the fixture site is served from a child process left out of it).
 * The audit runs in a process of its own, as `tekser audit` does; the bare render in this one.
 * Figures go in closing notes; no test asserts timings (machines are noisy).
 *   npm run bench [-- --news 200 --concurrency 4 --style classic --probes all]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
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
    // Internal: run only the fixture site, in a child process, and print its facts as one JSON line.
    'serve-fixture': { type: 'boolean', default: false },
    // Internal: run the audit of the served fixture (JSON: startUrl, resolve) in this process, printing its phases and result.
    'run-audit': { type: 'string' },
  },
});
const style = values.style === 'unified' ? 'unified' : 'classic';
const concurrency = Number(values.concurrency);

interface TreeProcess { pid: number; kind: string; pssKb: number; cpuTicks: number }

const kindOfPid = new Map<number, string>();
/** What a process is: node, firefox, or Chromium's process type (renderer, gpu-process, utility…). */
function processKind(pid: number): string {
  let kind = kindOfPid.get(pid);
  if (kind === undefined) {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      // ended
    }
    kind = /firefox/.test(cmd) ? 'firefox' : /--type=(\S+)/.exec(cmd)?.[1] ?? (/chrom/.test(cmd) ? 'chromium' : /node/.test(cmd) ? 'node' : 'other');
    kindOfPid.set(pid, kind);
  }
  return kind;
}

/**
 * A process and all its descendants with their memory (PSS, in KiB: shared pages split between
 * the processes that map them; summing RSS would count Chromium's shared memory once per process;
 * RSS where /proc has no smaps_rollup) and CPU time so far (user + system, in clock ticks). The
 * tree is read from /proc directly (spawning `ps` several times a second cost more CPU than the
 * crawl it measured).
 */
function processTree(root: number, exclude: number): TreeProcess[] {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      children.set(Number(fields[1]), [...(children.get(Number(fields[1])) ?? []), Number(entry)]);
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12])); // utime + stime
    } catch {
      // The process ended while being read.
    }
  }
  const pss = (pid: number): number => {
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (m) return Number(m[1]);
      const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
      return (Number(statm[1]) * 4096) / 1024;
    } catch {
      return 0;
    }
  };
  const out: TreeProcess[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    if (pid === exclude) continue;
    out.push({ pid, kind: processKind(pid), pssKb: pss(pid), cpuTicks: ticks.get(pid) ?? 0 });
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

const TICKS_PER_SECOND = 100;

/**
 * Samples the process tree once a second (reading smaps_rollup is itself costly): the peak of its
 * memory, split by process kind, and the CPU seconds each kind used while sampled (a process
 * that ends counts up to its last sample).
 */
function treeSampler(root: number, phase: () => string = () => '') {
  let peak = 0;
  let at = '';
  let kinds: Record<string, number> = {};
  const startTicks = new Map<number, number>();
  const lastTicks = new Map<number, number>();
  const byPhase: Record<string, number> = {};
  const byPhaseKind: Record<string, Record<string, number>> = {};
  const peakByPhase: Record<string, number> = {};
  /** The kind a process's CPU time is reported under: the sampled process itself is 'node (main)'. */
  const cpuKind = (pid: number, kind: string) => (pid === root ? 'node (main)' : kind);
  const sample = () => {
    const tree = processTree(root, exclude);
    const byKind = new Map<string, number>();
    const now = phase();
    const cpuByKind = (byPhaseKind[now] ??= {});
    let kb = 0;
    let used = 0;
    for (const p of tree) {
      kb += p.pssKb;
      byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + p.pssKb);
      if (!startTicks.has(p.pid)) startTicks.set(p.pid, p.pid === root ? p.cpuTicks : 0);
      const delta = p.cpuTicks - (lastTicks.get(p.pid) ?? startTicks.get(p.pid)!);
      used += delta;
      const kind = cpuKind(p.pid, p.kind);
      cpuByKind[kind] = (cpuByKind[kind] ?? 0) + delta / TICKS_PER_SECOND;
      lastTicks.set(p.pid, p.cpuTicks);
    }
    byPhase[now] = (byPhase[now] ?? 0) + used / TICKS_PER_SECOND;
    peakByPhase[now] = Math.max(peakByPhase[now] ?? 0, Math.round(kb / 1024));
    if (kb > peak) {
      [peak, at, kinds] = [kb, now, Object.fromEntries([...byKind].map(([k, v]) => [k, Math.round(v / 1024)]))];
    }
  };
  sample();
  const timer = setInterval(sample, 1000);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      const cpu: Record<string, number> = {};
      for (const [pid, t] of lastTicks) {
        const kind = cpuKind(pid, processKind(pid));
        cpu[kind] = Number(((cpu[kind] ?? 0) + (t - startTicks.get(pid)!) / TICKS_PER_SECOND).toFixed(1));
      }
      const cpuByPhase = Object.fromEntries(Object.entries(byPhase).map(([k, v]) => [k, Number(v.toFixed(1))]));
      const cpuByPhaseKind = Object.fromEntries(Object.entries(byPhaseKind)
        .filter(([, kinds]) => Object.values(kinds).reduce((a, b) => a + b, 0) >= 1)
        .map(([ph, kinds]) => [ph, Object.fromEntries(Object.entries(kinds).filter(([, v]) => v >= 0.1).map(([k, v]) => [k, Number(v.toFixed(1))]))]));
      return { mib: Math.round(peak / 1024), phase: at, byProcessKindMiB: kinds, peakMiBByPhase: peakByPhase, cpuSecondsByProcessKind: cpu, cpuSecondsByPhase: cpuByPhase, cpuSecondsByPhaseAndKind: cpuByPhaseKind };
    },
  };
}

interface ServedSite { host: string; port: number; mobileHost: string; startUrl: string; pages: { lang: string; url: string }[] }

if (values['serve-fixture']) {
  const site = await startFixtureSite({ style, newsCount: Number(values.news) });
  const served: ServedSite = {
    host: site.host, port: site.port, mobileHost: site.mobileHost,
    startUrl: style === 'classic' ? `http://${site.host}:${site.port}/` : site.homeUrl('kk', { publicHost: true }),
    pages: site.expected.pages.map((p) => ({ lang: p.lang, url: p.url })),
  };
  process.stdout.write(`${JSON.stringify(served)}\n`);
  process.on('SIGTERM', () => void site.close().then(() => process.exit(0)));
  await new Promise(() => undefined);
}

interface AuditResult { desktopPages: number; phonePages: number; probeRuns: number; perProbe: Record<string, { runs: number; seconds: number }> }

if (values['run-audit']) {
  const { startUrl, resolve } = JSON.parse(values['run-audit']) as { startUrl: string; resolve: { host: string; port: number; address: string }[] };
  let phase = '';
  process.stdout.write('start\n');
  const snap = await crawlSite({
    onProgress: (p) => { if (p.phase !== phase) process.stdout.write(`phase ${(phase = p.phase)}\n`); },
    outDir: mkdtempSync(join(tmpdir(), 'tekser-bench-')),
    resume: false,
    probes: selectProbes(values.probes ?? 'all'),
    config: {
      startUrl,
      type: style === 'classic' ? 'zhao' : 'omo', langs: ['kk', 'ru'], maxPages: 1000, maxDepth: 30, maxMobilePages: 40,
      timeLimitSec: null, concurrency, perHostConcurrency: concurrency,
      ignoreRobots: false, include: [], exclude: [], screenshots: true, userAgent: 'Tekser', resolve,
    },
  });
  const perProbe: AuditResult['perProbe'] = {};
  for (const r of snap.probes) {
    const p = (perProbe[r.probe] ??= { runs: 0, seconds: 0 });
    p.runs++;
    p.seconds = Math.round((p.seconds + r.ms / 1000) * 10) / 10;
  }
  const result: AuditResult = {
    desktopPages: snap.pages.filter((p) => p.device === 'desktop').length,
    phonePages: snap.pages.filter((p) => p.device === 'mobile').length,
    probeRuns: snap.probes.length,
    perProbe,
  };
  process.stdout.write(`result ${JSON.stringify(result)}\n`);
  process.exit(0);
}

/** This script again in a child process (in one of its internal modes), its output read line by line. */
function runSelf(args: string[]) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  // 'close' comes after the last line of output ('exit' may come before it).
  return { child, lines: createInterface({ input: child.stdout! }), closed: once(child, 'close') };
}

/**
 * The fixture site runs in a child process, left out of the memory figures: they are the
 * auditor's (Node and its browsers), as when it audits a site on another machine.
 */
async function serveFixture(): Promise<{ site: ServedSite; child: ChildProcess }> {
  const { child, lines, closed } = runSelf(['--serve-fixture', '--style', style, '--news', String(values.news)]);
  const line = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    void closed.then(([code]) => reject(new Error(`the fixture site process ended (exit ${String(code)})`)));
  });
  return { site: JSON.parse(line) as ServedSite, child };
}

const { site, child: fixtureProcess } = await serveFixture();
const exclude = fixtureProcess.pid ?? -1;
const resolve = [{ host: site.host, port: site.port, address: '127.0.0.1' }, { host: site.mobileHost, port: site.port, address: '127.0.0.1' }];
const pageUrls = site.pages
  .filter((p) => p.lang === 'kk' || p.lang === 'ru')
  .map((p) => `http://${site.host}:${site.port}${p.url}`);

// 1. Bare rendering: every page once, reused pages, wait for `load` only.
const bareMem = treeSampler(process.pid);
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
const bareSampled = bareMem.stop();

// 2. The full audit of the same site at the same concurrency, in a process of its own (as
// `tekser audit` runs): its tree — Node, Chromium, Lighthouse's worker, Firefox — is what is measured.
const phaseStarts: [string, number][] = [];
const audit = runSelf([
  '--run-audit', JSON.stringify({ startUrl: site.startUrl, resolve }),
  '--style', style, '--concurrency', String(concurrency), '--probes', values.probes ?? 'all',
]);
const auditMem = treeSampler(audit.child.pid!, () => phaseStarts.at(-1)?.[0] ?? '');
let auditStart = Date.now();
const result = await new Promise<AuditResult>((resolveResult, reject) => {
  audit.lines.on('line', (line) => {
    const [word, ...rest] = line.split(' ');
    if (word === 'start') auditStart = Date.now();
    if (word === 'phase') phaseStarts.push([rest.join(' '), Date.now()]);
    if (word === 'result') resolveResult(JSON.parse(rest.join(' ')) as AuditResult);
  });
  void audit.closed.then(([code]) => reject(new Error(`the audit process ended (exit ${String(code)}) without a result`)));
});
const auditEnd = Date.now();
const auditSecs = (auditEnd - auditStart) / 1000;
/** Seconds spent in each phase of the crawl (robots, start, sitemaps, crawl, http, feeds, phone, depth, probes). */
const phaseSeconds: Record<string, number> = {};
phaseStarts.forEach(([phase, at], i) => { phaseSeconds[phase] = Number((((phaseSeconds[phase] ?? 0) + ((phaseStarts[i + 1]?.[1] ?? auditEnd) - at) / 1000)).toFixed(1)); });
const auditPeak = auditMem.stop();
await audit.closed;
fixtureProcess.kill('SIGTERM');

const bareRate = (pageUrls.length / bareSecs) * 60;
const auditRate = ((result.desktopPages + result.phonePages) / auditSecs) * 60;
console.log(JSON.stringify({
  style,
  concurrency,
  fixturePages: { kk: site.pages.filter((p) => p.lang === 'kk').length, ru: site.pages.filter((p) => p.lang === 'ru').length },
  bare: { pages: pageUrls.length, seconds: Number(bareSecs.toFixed(1)), pagesPerMin: Math.round(bareRate), peakTreePssMiB: bareSampled.mib, cpuSecondsByProcessKind: bareSampled.cpuSecondsByProcessKind },
  audit: {
    desktopPages: result.desktopPages,
    phonePages: result.phonePages,
    probeRuns: result.probeRuns,
    seconds: Number(auditSecs.toFixed(1)),
    pagesPerMin: Math.round(auditRate),
    peakTreePssMiB: auditPeak.mib,
    peakDuringPhase: auditPeak.phase,
    peakByProcessKindMiB: auditPeak.byProcessKindMiB,
    peakMiBByPhase: auditPeak.peakMiBByPhase,
    cpuSecondsByProcessKind: auditPeak.cpuSecondsByProcessKind,
    phaseSeconds,
    /** CPU seconds of the whole tree in each phase (sampled once a second: a phase shorter than that may show in its neighbour). */
    cpuSecondsByPhase: auditPeak.cpuSecondsByPhase,
    /** The same split by process kind (phases with at least 1 CPU-s). */
    cpuSecondsByPhaseAndKind: auditPeak.cpuSecondsByPhaseAndKind,
  },
  auditToBareRatio: Number((auditRate / bareRate).toFixed(2)),
  probeSeconds: result.perProbe,
}, null, 2));
