/**
 * URL normalisation and classification for the crawler.
 *
 * - `normalizeUrl` turns an href (possibly relative) into the canonical form
 *   used as a crawl key: http/https only, no fragment, lowercase scheme and
 *   host (WHATWG URL does that, plus IDN → punycode), no default port, '/' for
 *   an empty path, tracking parameters (`utm_*`, `fbclid`, `gclid`) removed.
 *   The remaining query is kept byte for byte, in its order; nothing is decoded.
 * - `isDocumentUrl` / `documentExtension` recognise downloadable documents by
 *   the extension of the last path segment (images and .xml are not documents).
 * - `isFeedLikeUrl` guesses RSS/Atom endpoints from the URL alone.
 * - `matchesPatterns` implements `--include` / `--exclude` (globs or /regex/flags).
 */

const TRACKING_PARAM = /^(utm_[^=]*|fbclid|gclid)$/i;

/** Resolves `raw` against `base` and normalises it; null when not an http(s) URL. */
export function normalizeUrl(raw: string, base?: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === '') return base === undefined ? null : normalizeUrl(base);
  let url: URL;
  try {
    url = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.search = stripTrackingParams(url.search);
  // WHATWG already lowercases scheme/host, drops default ports and turns an
  // empty path into '/'; a trailing dot on the host is equivalent DNS-wise.
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.replace(/\.+$/, '');
  return url.href;
}

/** Removes tracking parameters from a serialised query ('?a=1&utm_source=x'), keeping the rest verbatim. */
function stripTrackingParams(search: string): string {
  if (search === '' || search === '?') return '';
  const kept = search
    .slice(1)
    .split('&')
    .filter((part) => {
      if (part === '') return false;
      const eq = part.indexOf('=');
      const rawKey = eq === -1 ? part : part.slice(0, eq);
      let key = rawKey;
      try {
        key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      } catch {
        /* keep the raw key for the comparison */
      }
      return !TRACKING_PARAM.test(key);
    });
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}

/** Lowercase hostname (no port) of an absolute URL, or null when it does not parse. */
export function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === '' ? null : host.replace(/\.+$/, '');
  } catch {
    return null;
  }
}

/** True when both URLs have the same hostname (ports and schemes are ignored; www. is significant). */
export function sameHost(a: string, b: string): boolean {
  const ha = hostOf(a);
  return ha !== null && ha === hostOf(b);
}

export const DOCUMENT_EXTENSIONS = [
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'rtf', 'txt', 'csv',
  'zip', 'rar', '7z', 'tar', 'gz', 'djvu',
] as const;
export type DocumentExtension = (typeof DOCUMENT_EXTENSIONS)[number];
const DOCUMENT_EXTENSION_SET: ReadonlySet<string> = new Set(DOCUMENT_EXTENSIONS);

/** Lowercased document extension of the URL's last path segment ('report.PDF' → 'pdf'), or null. */
export function documentExtension(url: string): DocumentExtension | null {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  if (dot === -1) return null;
  let ext = last.slice(dot + 1).toLowerCase();
  try {
    ext = decodeURIComponent(ext);
  } catch {
    /* undecodable: compare raw */
  }
  return DOCUMENT_EXTENSION_SET.has(ext) ? (ext as DocumentExtension) : null;
}

/** True when the URL points at a downloadable document (see DOCUMENT_EXTENSIONS). */
export function isDocumentUrl(url: string): boolean {
  return documentExtension(url) !== null;
}

/** Heuristic: does the URL look like an RSS/Atom feed endpoint? */
export function isFeedLikeUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const path = u.pathname.toLowerCase();
  if (/\.(rss|atom)$/.test(path)) return true;
  if (/(^|\/)(rss|feed|atom|rss2)(\.xml|\.php)?\/?$/.test(path)) return true;
  if (/(^|\/)(rss|feed|atom)\//.test(path) && !/\.(html?|php|aspx?)$/.test(path)) return true;
  if (/(^|[-_/])(rss|atom|feed)[-_.]?[\w-]*\.xml$/.test(path)) return true;
  for (const [key, value] of u.searchParams) {
    const k = key.toLowerCase();
    const v = value.toLowerCase();
    if ((k === 'format' || k === 'type' || k === 'output') && /^(rss2?|atom)$/.test(v)) return true;
    if (k === 'feed' && v !== '') return true;
  }
  return false;
}

/** A compiled include/exclude pattern. */
export type UrlPredicate = (url: string) => boolean;

/** Regex metacharacters that mark `/…/` as a regular expression rather than a path glob. */
const REGEX_HINT = /[\\^$|?+()[\]{}]|\.\*|\.\+/;
const REGEX_FORM = /^\/(.+)\/([dgimsuvy]*)$/s;

/**
 * Compiles one pattern. Rules:
 * - `/body/flags` is a regular expression (tested, unanchored, against the full
 *   URL) when flags are present or the body contains a regex metacharacter
 *   (`\ ^ $ | ? + ( ) [ ] { }`, `.*`, `.+`). Otherwise `/en/` is a path glob.
 * - Anything else is a glob, matched case-insensitively and anchored against
 *   the full URL, the path + query, or the path alone. `*` and `**` both match
 *   any run of characters (including '/'); every other character is literal.
 * Throws an Error naming the pattern when a regex does not compile.
 */
export function compilePattern(pattern: string): UrlPredicate {
  const m = REGEX_FORM.exec(pattern);
  if (m !== null && (m[2] !== '' || REGEX_HINT.test(m[1] ?? ''))) {
    const flags = (m[2] ?? '').replace(/[gy]/g, ''); // stateful flags would break .test()
    let re: RegExp;
    try {
      re = new RegExp(m[1] ?? '', flags);
    } catch (err) {
      throw new Error(`Invalid URL pattern ${JSON.stringify(pattern)}: ${(err as Error).message}`);
    }
    return (url) => re.test(url);
  }
  const source = pattern
    .split(/\*+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*');
  const re = new RegExp(`^${source}$`, 'is');
  return (url) => {
    if (re.test(url)) return true;
    try {
      const u = new URL(url);
      return re.test(u.pathname + u.search) || re.test(u.pathname);
    } catch {
      return false;
    }
  };
}

const compiledCache = new Map<string, UrlPredicate>();

/** True when `url` matches any of `patterns` (see compilePattern); false for an empty list. */
export function matchesPatterns(url: string, patterns: readonly string[]): boolean {
  for (const pattern of patterns) {
    let predicate = compiledCache.get(pattern);
    if (predicate === undefined) {
      predicate = compilePattern(pattern);
      if (compiledCache.size > 1000) compiledCache.clear();
      compiledCache.set(pattern, predicate);
    }
    if (predicate(url)) return true;
  }
  return false;
}
