/**
 * The breadth-first crawl of every language version, level by level with each level's URLs
 * sorted, so what is fetched does not depend on timing (a resumed crawl ends where an
 * uninterrupted one does). Budgets: pages per language, max depth, time limit; robots.txt and
 * --include/--exclude decide what may be fetched. Then the pages known only from sitemap.xml
 * are fetched (within budget) but not expanded: they have no click depth.
 */
import type { HostGate } from './hostGate.ts';
import { isHtmlPage } from '../extract/toPageRecord.ts';
import type { RobotsRules } from '../http/robots.ts';
import type { Lang, PageRecord } from '../snapshot/schema.ts';
import { classify, type Scope } from '../discovery/scope.ts';
import { languageOfUrl } from '../url/languageOfUrl.ts';
import type { PagePool } from './pagePool.ts';
import type { FetchPage } from './pageFetcher.ts';
import type { Candidate, CrawlSession } from './crawlSession.ts';

export interface LinkCrawlDeps {
  session: CrawlSession;
  start: PageRecord;
  scope: Scope;
  robots: RobotsRules;
  pool: PagePool;
  limit: HostGate;
  fetchPage: FetchPage;
  /** Languages to crawl (the config's, plus English for indicator 4.4). */
  langs: readonly Lang[];
  /** Pages of the English version when it is not one of the config's languages. */
  maxPagesEn: number;
}

export async function crawlLinks(d: LinkCrawlDeps): Promise<void> {
  const { session, scope, robots } = d;
  const { config, site } = session;
  const seen = new Set<string>([session.startUrl]);
  const wanted = new Set<Lang>(d.langs);
  const budget = (lang: Lang | null) => (lang === 'en' && !config.langs.includes('en') ? Math.min(config.maxPages, d.maxPagesEn) : config.maxPages);
  const scheduled: Record<string, number> = { [d.start.lang ?? 'unknown']: 1 };

  const admit = (c: Candidate, level: number, out: Candidate[]) => {
    if (seen.has(c.url) || session.fetchedFinal.has(c.url)) return;
    const verdict = classify(c.url, scope);
    if (verdict !== 'in') {
      if (verdict === 'excluded') {
        seen.add(c.url);
        site.notFetched.push({ url: c.url, lang: c.lang, reason: 'excluded' });
      }
      return;
    }
    seen.add(c.url);
    if (!robots.isAllowed(c.url)) {
      site.robots.blockedUrls.push(c.url);
      site.notFetched.push({ url: c.url, lang: c.lang, reason: 'robots' });
      return;
    }
    if (c.lang && !wanted.has(c.lang)) return;
    if (level > config.maxDepth) {
      site.notFetched.push({ url: c.url, lang: c.lang, reason: 'max-depth' });
      return;
    }
    out.push(c);
  };
  const expand = (p: PageRecord, level: number, out: Candidate[]) => {
    if (!isHtmlPage(p)) return;
    for (const link of p.links) {
      if (!link.url) continue;
      const lang = link.switchesTo ?? languageOfUrl(link.url)?.lang ?? p.lang;
      admit({ url: link.url, lang, via: link.switchesTo ? 'language' : 'link' }, level, out);
    }
  };
  const fetchLevel = async (cands: Candidate[], level: number): Promise<PageRecord[]> => {
    const chosen: Candidate[] = [];
    for (const c of [...cands].sort((a, b) => a.url.localeCompare(b.url))) {
      const bucket = c.lang ?? 'unknown';
      if ((scheduled[bucket] ?? 0) >= budget(c.lang)) {
        site.notFetched.push({ url: c.url, lang: c.lang, reason: 'max-pages' });
        continue;
      }
      scheduled[bucket] = (scheduled[bucket] ?? 0) + 1;
      chosen.push(c);
    }
    session.queued = chosen.length;
    const fetched = await Promise.all(chosen.map((c) => d.limit(async () => {
      if (session.stopped() || session.outOfTime()) {
        site.notFetched.push({ url: c.url, lang: c.lang, reason: 'time-limit' });
        return null;
      }
      const home = site.languages.find((v) => v.homeUrl === c.url);
      const rec = await d.pool.use((page) => d.fetchPage(page, c, level, home ? `desktop-${home.lang}-home` : null));
      session.queued--;
      return rec;
    })));
    return fetched.filter((p): p is PageRecord => p !== null);
  };

  session.enter('pages');
  // Level 0: the language home pages (the start page is one of them, already fetched);
  // the start page's links join level 1 with theirs.
  let frontier: Candidate[] = [];
  for (const v of site.languages) admit({ url: v.homeUrl, lang: v.lang, via: v.source === 'start' ? 'start' : 'language' }, 0, frontier);
  let carry: Candidate[] = [];
  expand(d.start, 1, carry);
  for (let level = 0; frontier.length > 0 || carry.length > 0; level++) {
    const fetched = await fetchLevel(frontier, level);
    const next: Candidate[] = carry;
    carry = [];
    for (const p of fetched.sort((a, b) => a.url.localeCompare(b.url))) expand(p, level + 1, next);
    frontier = next;
    session.save();
    if (session.stopped()) return;
  }

  session.enter('sitemap-pages');
  const orphans: Candidate[] = [];
  for (const url of site.sitemapUrls) admit({ url, lang: languageOfUrl(url)?.lang ?? null, via: 'sitemap' }, 0, orphans);
  await fetchLevel(orphans, -1);
  session.save();
}
