/**
 * Finds the site's RSS/Atom feeds: those pages declare with <link rel="alternate">, and when
 * none is declared, a few common paths. Each is fetched and parsed (title, items, latest date).
 */
import type { HttpClient } from '../http/httpClient.ts';
import { parseFeed } from '../http/feedXml.ts';
import type { FeedInfo, Lang, PageRecord } from '../snapshot/schema.ts';

const COMMON_PATHS = ['/rss', '/rss.xml', '/feed', '/atom.xml'];
const LANG_PATHS = (lang: string) => [`/${lang}/rss`, `/${lang}/rss.xml`];

export async function discoverFeeds(http: HttpClient, origin: string, pages: readonly PageRecord[], langs: readonly Lang[], maxFeeds = 30): Promise<FeedInfo[]> {
  const declared = new Map<string, { title: string | null; declaredOn: string[] }>();
  for (const p of pages) {
    for (const f of p.feedLinks) {
      const entry = declared.get(f.url) ?? { title: f.title, declaredOn: [] };
      if (entry.declaredOn.length < 5 && !entry.declaredOn.includes(p.finalUrl)) entry.declaredOn.push(p.finalUrl);
      declared.set(f.url, entry);
    }
  }
  const candidates: { url: string; from: FeedInfo['from']; title: string | null; declaredOn: string[] }[] = [...declared]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([url, d]) => ({ url, from: 'link-alternate' as const, title: d.title, declaredOn: d.declaredOn }));
  if (candidates.length === 0) {
    const paths = [...COMMON_PATHS, ...langs.flatMap((l) => LANG_PATHS(l === 'kk' ? 'kz' : l))];
    for (const path of paths) candidates.push({ url: new URL(path, origin).href, from: 'common-path', title: null, declaredOn: [] });
  }
  const feeds: FeedInfo[] = [];
  for (const c of candidates.slice(0, maxFeeds)) {
    const res = await http.get(c.url, { maxBytes: 10 * 1024 * 1024 });
    const ok = !res.error && res.status === 200;
    const parsed = ok ? parseFeed(res.body.toString('utf8')) : null;
    // A common path that is not there, or is an HTML page, is simply not a feed.
    if (c.from === 'common-path' && !parsed?.format) continue;
    feeds.push({
      url: c.url,
      status: res.status,
      format: parsed?.format ?? null,
      title: parsed?.title ?? null,
      declaredTitle: c.title,
      itemCount: parsed?.itemCount ?? 0,
      latestItemDate: parsed?.latestItemDate ?? null,
      itemTitles: (parsed?.items ?? []).slice(0, 10).map((i) => i.title ?? '').filter(Boolean),
      declaredOn: c.declaredOn,
      from: c.from,
      error: res.error?.message ?? (ok ? parsed?.error ?? null : `HTTP ${res.status}`),
    });
  }
  return feeds;
}
