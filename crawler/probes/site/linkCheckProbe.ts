/**
 * The link-check probe (A4-2.10 (1)): checks over plain HTTP (HEAD, then a ranged GET when HEAD
 * is refused — never anything but GET/HEAD) the links of the crawled pages that the crawl itself
 * neither opened as a page nor checked: in-scope links first, then external ones, bounded.
 * One record for the site (url = the first home page). An external host that cannot be resolved
 * or reached is recorded as such; the rule counts it as "not checked", never as broken.
 * Politeness: in-scope links that robots.txt disallows are not requested (unless the audit
 * ignores robots), a Crawl-delay makes the checks sequential with that delay, and the whole check
 * stops after TIME_BUDGET_MS (the rest is counted as skipped).
 */
import pLimit from 'p-limit';
import { z } from 'zod';
import { parseRobots } from '../../http/robots.ts';
import type { Snapshot } from '../../snapshot/schema.ts';
import type { Probe, ProbeTarget } from '../probeTypes.ts';
import { homeTargets } from '../sampleTargets.ts';

export const LINK_CHECK_PROBE_ID = 'site-link-check';
export const MAX_INTERNAL_LINKS = 1000;
export const MAX_EXTERNAL_LINKS = 100;
export const TIME_BUDGET_MS = 150_000;

export const LinkCheckSchema = z.object({
  url: z.string(),
  finalUrl: z.string(),
  internal: z.boolean(),
  status: z.number().nullable(),
  /** The HTTP client's error code ('dns', 'refused', 'timeout', …) when there was no answer. */
  errorCode: z.string().nullable(),
  error: z.string().nullable(),
  /** Where the link was seen (first page, link text, selector). */
  from: z.string(),
  text: z.string(),
  selector: z.string(),
});
export const LinkCheckProbeDataSchema = z.object({
  checked: z.array(LinkCheckSchema),
  /** Links left unchecked because the bounds (count or time) were reached. */
  skipped: z.number(),
  /** In-scope links not requested because robots.txt disallows them. */
  robotsDisallowed: z.number().default(0),
});
export type LinkCheckProbeData = z.infer<typeof LinkCheckProbeDataSchema>;

interface Candidate { url: string; internal: boolean; from: string; text: string; selector: string }

/** The links of the crawled desktop pages the crawl did not open or check, in-scope first. */
export function uncheckedLinks(snapshot: Snapshot): Candidate[] {
  const known = new Set<string>();
  const key = (u: string) => u.split('#')[0]!.replace(/\/$/, '');
  for (const p of snapshot.pages) { known.add(key(p.url)); known.add(key(p.finalUrl)); }
  for (const c of snapshot.checks) { known.add(key(c.url)); known.add(key(c.finalUrl)); }
  for (const n of snapshot.site.notFetched) if (n.reason === 'robots' || n.reason === 'excluded') known.add(key(n.url));
  for (const b of snapshot.site.robots.blockedUrls) known.add(key(b));
  const hosts = new Set(snapshot.site.scope.hosts);
  const out = new Map<string, Candidate>();
  for (const p of snapshot.pages) {
    if (p.device !== 'desktop') continue;
    for (const l of p.links) {
      if (!l.url || !/^https?:/.test(l.url)) continue;
      const k = key(l.url);
      if (known.has(k) || out.has(k)) continue;
      let host: string;
      try { host = new URL(l.url).host; } catch { continue; }
      out.set(k, { url: l.url, internal: hosts.has(host), from: p.finalUrl, text: l.text.trim().slice(0, 120), selector: l.selector });
    }
  }
  return [...out.values()].sort((a, b) => Number(b.internal) - Number(a.internal) || a.url.localeCompare(b.url));
}

export const linkCheckProbe: Probe<LinkCheckProbeData> = {
  id: LINK_CHECK_PROBE_ID,
  device: 'desktop',
  navigate: false,
  timeoutMs: 180_000,
  targets: (snapshot): ProbeTarget[] => homeTargets(snapshot, ['kk', 'ru']).slice(0, 1),
  async run(_page, _target, ctx) {
    const { site } = ctx.snapshot;
    const robotsRes = site.config.ignoreRobots ? null : await ctx.http.get(site.robots.url, { maxBytes: 512 * 1024 });
    const robots = parseRobots(site.robots.url, robotsRes?.status === 200 ? robotsRes.body.toString('utf8') : null, site.config.userAgent);
    const all = uncheckedLinks(ctx.snapshot);
    const disallowed = all.filter((c) => c.internal && !robots.isAllowed(c.url));
    const internal = all.filter((c) => c.internal && robots.isAllowed(c.url)).slice(0, MAX_INTERNAL_LINKS);
    const external = all.filter((c) => !c.internal).slice(0, MAX_EXTERNAL_LINKS);
    const chosen = [...internal, ...external];
    const delayMs = (robots.crawlDelaySeconds ?? 0) * 1000;
    const deadline = Date.now() + TIME_BUDGET_MS;
    const limit = pLimit(delayMs > 0 ? 1 : 4);
    const results = await Promise.all(chosen.map((c) => limit(async () => {
      if (Date.now() > deadline || ctx.signal?.aborted) return null;
      if (delayMs > 0 && c.internal) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const r = await ctx.http.probeDocument(c.url);
      return { url: c.url, finalUrl: r.finalUrl, internal: c.internal, status: r.status, errorCode: r.error?.code ?? null, error: r.error?.message ?? null, from: c.from, text: c.text, selector: c.selector };
    })));
    const checked = results.filter((r): r is NonNullable<typeof r> => r !== null);
    return { checked, skipped: all.length - disallowed.length - checked.length, robotsDisallowed: disallowed.length };
  },
};
