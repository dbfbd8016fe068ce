/**
 * Shortest click depth of every page from its language's home page, as Xenu measures it:
 * breadth-first over the link graph of crawled HTML pages of the same language, with
 * language-switch links left out. A page is identified by its final URL (after redirects);
 * pages of a language that no link path reaches (e.g. known only from sitemap.xml) get null.
 */
import type { DepthSummary, Lang, LanguageVersion, PageRecord } from '../snapshot/schema.ts';
import { isHtmlPage } from '../extract/toPageRecord.ts';

export interface DepthResult {
  depths: Record<string, number | null>;
  summary: DepthSummary[];
}

export function computeClickDepths(
  pages: readonly PageRecord[],
  languages: readonly LanguageVersion[],
  notFetched: readonly { url: string; lang: Lang | null; reason: string }[] = [],
): DepthResult {
  const desktop = pages.filter((p) => p.device === 'desktop' && isHtmlPage(p));
  // Any requested URL → the final URL it landed on (redirects make aliases).
  const alias = new Map<string, string>();
  for (const p of pages.filter((q) => q.device === 'desktop')) {
    alias.set(p.url, p.finalUrl);
    alias.set(p.finalUrl, p.finalUrl);
  }
  // A start page that is not a language's home page (a splash or language-choice page) is no material.
  const homes = new Set(languages.map((v) => alias.get(v.homeUrl) ?? v.homeUrl));
  const nodes = new Map<string, PageRecord>();
  for (const p of desktop) {
    if (p.discoveredVia === 'start' && !homes.has(p.finalUrl)) continue;
    if (!nodes.has(p.finalUrl)) nodes.set(p.finalUrl, p);
  }

  const depths: Record<string, number | null> = {};
  const summary: DepthSummary[] = [];
  for (const { lang, homeUrl } of languages) {
    const home = alias.get(homeUrl) ?? homeUrl;
    const members = [...nodes.values()].filter((p) => p.lang === lang).map((p) => p.finalUrl);
    const memberSet = new Set(members);
    const depthOf = new Map<string, number>();
    if (memberSet.has(home)) {
      depthOf.set(home, 0);
      const queue = [home];
      for (let i = 0; i < queue.length; i++) {
        const from = queue[i]!;
        const d = depthOf.get(from)!;
        for (const link of nodes.get(from)?.links ?? []) {
          if (!link.url || link.switchesTo) continue;
          const to = alias.get(link.url) ?? link.url;
          if (!memberSet.has(to) || depthOf.has(to)) continue;
          depthOf.set(to, d + 1);
          queue.push(to);
        }
      }
    }
    const histogram: Record<string, number> = {};
    let unreachable = 0;
    for (const url of members.sort()) {
      const d = depthOf.get(url);
      depths[url] = d ?? null;
      if (d === undefined) unreachable++;
      else histogram[String(d)] = (histogram[String(d)] ?? 0) + 1;
    }
    const beyondMaxDepth = notFetched.filter((n) => n.reason === 'max-depth' && n.lang === lang).length;
    summary.push({ lang, homeUrl: home, histogram, unreachable, beyondMaxDepth, total: members.length });
  }
  return { depths, summary };
}
