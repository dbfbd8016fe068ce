/**
 * What the crawl learned about a URL: the page record that fetched it, or a plain-HTTP check of it.
 * Lookups go by the exact URL first, then by a loose key (no fragment, no trailing slash, host in
 * lower case) so that `https://x.kz/ru/` and `https://x.kz/ru` meet.
 */
import type { PageRecord, Snapshot, UrlCheck } from '../crawler/snapshot/schema.ts';

export type UrlState = 'ok' | 'broken' | 'unknown';

export interface UrlStatus {
  url: string;
  state: UrlState;
  /** The HTTP status seen, when any. */
  status: number | null;
  error: string | null;
  /** Where the answer came from. */
  source: 'purpose check' | 'page record' | 'check' | 'none';
}

/** A loose identity for a URL: without the fragment and the trailing slash of the path. */
export function looseUrlKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    let path = parsed.pathname;
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    return `${parsed.protocol}//${parsed.host.toLowerCase()}${path}${parsed.search}`;
  } catch {
    return url;
  }
}

export interface UrlIndex {
  page(url: string): PageRecord | undefined;
  /** Checks of this URL, the ones made for the given purpose first. */
  checks(url: string, preferPurpose?: UrlCheck['purpose']): UrlCheck[];
  status(url: string, preferPurpose?: UrlCheck['purpose']): UrlStatus;
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Builds the lookups once for a snapshot. Desktop page records are preferred over mobile ones. */
export function indexUrls(snapshot: Snapshot): UrlIndex {
  const pages = new Map<string, PageRecord[]>();
  const ordered = [...snapshot.pages].sort((a, b) => (a.device === b.device ? 0 : a.device === 'desktop' ? -1 : 1));
  for (const page of ordered) {
    for (const key of [page.url, page.finalUrl, looseUrlKey(page.url), looseUrlKey(page.finalUrl)]) addTo(pages, key, page);
  }
  const checks = new Map<string, UrlCheck[]>();
  for (const check of snapshot.checks) {
    for (const key of [check.url, check.finalUrl, looseUrlKey(check.url), looseUrlKey(check.finalUrl)]) addTo(checks, key, check);
  }
  const pageOf = (url: string) => pages.get(url)?.[0] ?? pages.get(looseUrlKey(url))?.[0];
  const checksOf = (url: string, preferPurpose?: UrlCheck['purpose']) => {
    const found = [...(checks.get(url) ?? []), ...(checks.get(looseUrlKey(url)) ?? [])].filter((c, i, all) => all.indexOf(c) === i);
    if (!preferPurpose) return found;
    return [...found.filter((c) => c.purpose === preferPurpose), ...found.filter((c) => c.purpose !== preferPurpose)];
  };
  return {
    page: pageOf,
    checks: checksOf,
    status(url, preferPurpose) {
      const candidates: { status: number | null; error: string | null; source: UrlStatus['source'] }[] = [];
      const all = checksOf(url, preferPurpose);
      for (const check of all.filter((c) => preferPurpose !== undefined && c.purpose === preferPurpose)) {
        candidates.push({ status: check.status, error: check.error, source: 'purpose check' });
      }
      const page = pageOf(url);
      if (page) candidates.push({ status: page.status, error: page.error, source: 'page record' });
      for (const check of all.filter((c) => preferPurpose === undefined || c.purpose !== preferPurpose)) {
        candidates.push({ status: check.status, error: check.error, source: 'check' });
      }
      for (const candidate of candidates) {
        if (candidate.status !== null) {
          return { url, state: candidate.status >= 400 ? 'broken' : 'ok', status: candidate.status, error: candidate.error, source: candidate.source };
        }
        if (candidate.error !== null) {
          return { url, state: 'broken', status: null, error: candidate.error, source: candidate.source };
        }
      }
      return { url, state: 'unknown', status: null, error: null, source: 'none' };
    },
  };
}
