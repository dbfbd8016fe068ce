/**
 * Helpers for integration tests: crawl a fixture site with the real browser under its public
 * hostname (mapped to 127.0.0.1 with --resolve), or run the real CLI as a subprocess.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawlSite } from '../../crawler/audit/crawlSite.ts';
import type { Probe } from '../../crawler/probes/probeTypes.ts';
import type { AuditConfig, Snapshot } from '../../crawler/snapshot/schema.ts';
import type { FixtureSite } from '../fixtures/index.ts';

export const REPO = new URL('../..', import.meta.url).pathname;
export const CLI = join(REPO, 'cli/tekser.js');

export function tempDir(prefix = 'tekser-it-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The site's start URL under its public hostname (the root for classic, the entity for unified). */
export function startUrlOf(site: FixtureSite, style: 'classic' | 'unified'): string {
  return style === 'classic' ? `http://${site.host}:${site.port}/` : site.homeUrl('kk', { publicHost: true });
}

export function resolveArgs(site: FixtureSite): string[] {
  return [`${site.host}:${site.port}:127.0.0.1`, `${site.mobileHost}:${site.port}:127.0.0.1`].flatMap((r) => ['--resolve', r]);
}

/** An audit config for a site served on 127.0.0.1:port under public hostnames. */
export function localConfig(startUrl: string, hosts: string[], port: number, over: Partial<AuditConfig> = {}): AuditConfig {
  return {
    startUrl,
    type: 'zhao',
    langs: ['kk', 'ru'],
    maxPages: 300,
    maxDepth: 20,
    maxMobilePages: 5,
    timeLimitSec: null,
    concurrency: 4,
    perHostConcurrency: 4,
    ignoreRobots: false,
    include: [],
    exclude: [],
    resolve: hosts.map((host) => ({ host, port, address: '127.0.0.1' })),
    userAgent: 'Tekser',
    screenshots: false,
    ...over,
  };
}

export function fixtureConfig(site: FixtureSite, style: 'classic' | 'unified', over: Partial<AuditConfig> = {}): AuditConfig {
  return localConfig(startUrlOf(site, style), [site.host, site.mobileHost], site.port, { type: style === 'classic' ? 'zhao' : 'omo', ...over });
}

/** Crawls a fixture site; no probes unless a test asks for them (they have tests of their own). */
export async function crawlFixture(site: FixtureSite, style: 'classic' | 'unified', over: Partial<AuditConfig> = {}, probes: readonly Probe[] = []): Promise<Snapshot> {
  return crawlSite({ config: fixtureConfig(site, style, over), outDir: tempDir(), resume: false, probes });
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node cli/tekser.js …`; `onStderr` sees progress as it comes (to kill the process mid-way). */
export function runCli(args: string[], opts: { timeoutMs?: number; onSpawn?: (kill: (sig: NodeJS.Signals) => void) => void } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
    opts.onSpawn?.((sig) => child.kill(sig));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
