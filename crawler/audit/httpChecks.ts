/**
 * URLs checked over plain HTTP instead of the browser — HEAD, or a ranged GET, never the whole
 * body: the links of HTML site-map pages the crawl did not open (indicator 2.5) and the
 * site's documents (size, type, availability).
 */
import pLimit from 'p-limit';
import { isSiteMapPath, namesSiteMap } from '../../lexicon/siteMapWords.ts';
import { isHtmlPage } from '../extract/toPageRecord.ts';
import type { HttpClient } from '../http/httpClient.ts';
import type { RobotsRules } from '../http/robots.ts';
import type { UrlCheck } from '../snapshot/schema.ts';
import { isDocumentUrl } from '../url/normalizeUrl.ts';
import type { CrawlSession } from './crawlSession.ts';

export interface HttpCheckDeps {
  session: CrawlSession;
  http: HttpClient;
  robots: RobotsRules;
  hosts: readonly string[];
  maxSiteMapLinks?: number;
  maxDocuments?: number;
}

const onSite = (url: string, hosts: readonly string[]) => hosts.includes(new URL(url).host);

export async function checkOverHttp(d: HttpCheckDeps): Promise<void> {
  const { session, http, robots } = d;
  const limit = pLimit(session.config.perHostConcurrency);
  const check = (url: string, purpose: UrlCheck['purpose']) => limit(async () => {
    if (session.checks.has(url) || session.stopped() || !robots.isAllowed(url)) return;
    const probe = await http.probeDocument(url);
    session.recordCheck({
      url, finalUrl: probe.finalUrl, purpose, method: probe.method, status: probe.status,
      contentType: probe.contentType, size: probe.size, error: probe.error?.message ?? null,
    });
  });

  session.enter('links');
  const pages = session.pages;
  const opened = new Set(pages.flatMap((p) => [p.url, p.finalUrl]));
  const namedSiteMap = new Set(pages.flatMap((p) => p.links.filter((l) => l.url && namesSiteMap(l.text)).map((l) => l.url!)));
  const siteMapPages = pages.filter((p) => p.device === 'desktop' && isHtmlPage(p) && (namedSiteMap.has(p.url) || namedSiteMap.has(p.finalUrl) || isSiteMapPath(p.finalUrl)));
  const siteMapLinks = [...new Set(siteMapPages.flatMap((p) => p.links.map((l) => l.url)))]
    .filter((u): u is string => u !== null && !opened.has(u) && onSite(u, d.hosts))
    .sort()
    .slice(0, d.maxSiteMapLinks ?? 500);
  await Promise.all(siteMapLinks.map((url) => check(url, 'sitemap-page-link')));

  session.enter('documents');
  const docs = new Set<string>();
  for (const p of pages) for (const l of p.links) if (l.url && isDocumentUrl(l.url) && onSite(l.url, d.hosts)) docs.add(l.url);
  await Promise.all([...docs].sort().slice(0, d.maxDocuments ?? 300).map((url) => check(url, 'document')));
}
