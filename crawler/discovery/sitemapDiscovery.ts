/**
 * Reads the site's sitemap.xml files: those robots.txt names, then /sitemap.xml, following
 * sitemap indexes (bounded), and returns the in-scope URLs they list.
 */
import type { HttpClient } from '../http/httpClient.ts';
import { parseSitemapXml } from '../http/sitemapXml.ts';
import type { SiteSnapshot } from '../snapshot/schema.ts';
import { normalizeUrl } from '../url/normalizeUrl.ts';

type SitemapInfo = SiteSnapshot['sitemaps'][number];

export interface SitemapDiscovery {
  sitemaps: SitemapInfo[];
  urls: string[];
}

export async function discoverSitemaps(
  http: HttpClient,
  origin: string,
  fromRobots: readonly string[],
  opts: { maxSitemaps?: number; maxUrls?: number } = {},
): Promise<SitemapDiscovery> {
  const maxSitemaps = opts.maxSitemaps ?? 50;
  const maxUrls = opts.maxUrls ?? 50_000;
  const queue: { url: string; from: SitemapInfo['from'] }[] = fromRobots.map((url) => ({ url, from: 'robots' as const }));
  const defaultUrl = new URL('/sitemap.xml', origin).href;
  if (!queue.some((q) => q.url === defaultUrl)) queue.push({ url: defaultUrl, from: 'default' });
  const seen = new Set<string>();
  const sitemaps: SitemapInfo[] = [];
  const urls = new Set<string>();
  while (queue.length > 0 && sitemaps.length < maxSitemaps) {
    const { url, from } = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const res = await http.get(url, { maxBytes: 20 * 1024 * 1024 });
    if (res.error || res.status !== 200) {
      // A missing default /sitemap.xml is normal; report only the ones that were announced.
      if (from !== 'default' || res.status !== 404) {
        sitemaps.push({ url, status: res.status, kind: 'unknown', urlCount: 0, from, error: res.error?.message ?? `HTTP ${res.status}` });
      }
      continue;
    }
    const parsed = parseSitemapXml(res.body.toString('utf8'));
    sitemaps.push({ url, status: res.status, kind: parsed.kind, urlCount: parsed.urls.length, from, error: parsed.error });
    for (const child of parsed.sitemaps) {
      const abs = normalizeUrl(child, url);
      if (abs) queue.push({ url: abs, from: 'index' });
    }
    for (const entry of parsed.urls) {
      if (urls.size >= maxUrls) break;
      const abs = normalizeUrl(entry.loc, url);
      if (abs) urls.add(abs);
    }
  }
  return { sitemaps, urls: [...urls] };
}
