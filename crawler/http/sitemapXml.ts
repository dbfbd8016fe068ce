/**
 * Sitemap parsing (sitemaps.org 0.9): `<urlset>` pages, `<sitemapindex>`
 * indexes, and plain-text sitemaps (one URL per line, reported as 'urlset').
 *
 * Namespace prefixes are ignored (`<sm:urlset>`), `<loc>` values are trimmed
 * and entity-decoded, a single `<url>` is handled like a list. Extension
 * elements (image:loc, xhtml:link, news:…) are not mistaken for `<loc>`.
 * Never throws: unrecognisable input gives kind 'unknown' with `error`. When
 * the root is recognised but the XML is malformed (e.g. cut short, a raw '&'),
 * what could be read is returned and `error` describes the problem.
 * Compressed (.xml.gz) input must be gunzipped by the caller.
 */

import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface SitemapEntry {
  loc: string;
  lastmod: string | null;
}

export interface SitemapParseResult {
  kind: 'urlset' | 'index' | 'unknown';
  urls: SitemapEntry[];
  /** Child sitemap URLs of a sitemap index. */
  sitemaps: string[];
  error: string | null;
}

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

/** Text content of a parsed node (first one when repeated); null when empty. */
function textOf(node: unknown): string | null {
  if (Array.isArray(node)) return node.length === 0 ? null : textOf(node[0]);
  if (typeof node === 'string') return node.trim() === '' ? null : node.trim();
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (node !== null && typeof node === 'object' && '#text' in node) {
    return textOf((node as Record<string, unknown>)['#text']);
  }
  return null;
}

function asArray(node: unknown): unknown[] {
  if (node === undefined || node === null || node === '') return [];
  return Array.isArray(node) ? node : [node];
}

function field(node: unknown, name: string): unknown {
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined;
}

function unknown(error: string): SitemapParseResult {
  return { kind: 'unknown', urls: [], sitemaps: [], error };
}

function validationError(xml: string): string | null {
  const v = XMLValidator.validate(xml);
  return v === true ? null : `malformed XML at line ${v.err.line}, column ${v.err.col}: ${v.err.msg}`;
}

/** The document cut after its last complete <url>/<sitemap>, root re-closed; null when not applicable. */
function salvage(text: string): string | null {
  const root = /<([\w.-]+:)?(urlset|sitemapindex)\b/.exec(text);
  if (root === null) return null;
  const prefix = root[1] ?? '';
  const entry = root[2] === 'urlset' ? 'url' : 'sitemap';
  let end = -1;
  for (const m of text.matchAll(new RegExp(`</(?:[\\w.-]+:)?${entry}\\s*>`, 'g'))) end = m.index + m[0].length;
  const body = end === -1 ? text.slice(0, root.index) + text.slice(root.index).replace(/>.*$/s, '>') : text.slice(0, end);
  return `${body}</${prefix}${root[2]}>`;
}

function parsePlainText(text: string): SitemapParseResult {
  const urls: SitemapEntry[] = [];
  for (const line of text.split(/\r?\n|\r/)) {
    const candidate = line.trim();
    if (!/^https?:\/\//i.test(candidate)) continue;
    try {
      urls.push({ loc: new URL(candidate).href, lastmod: null });
    } catch {
      /* not a URL: skip */
    }
  }
  return urls.length === 0
    ? unknown('neither XML nor a plain-text list of URLs')
    : { kind: 'urlset', urls, sitemaps: [], error: null };
}

export function parseSitemapXml(xml: string): SitemapParseResult {
  const text = xml.replace(/^\uFEFF/, '').trim();
  if (text === '') return unknown('empty document');
  if (text.startsWith('\u001f\u008b') || text.startsWith('\u001f\ufffd')) {
    return unknown('the document is gzip-compressed; decompress it first');
  }
  if (!text.startsWith('<')) return parsePlainText(text);

  // A sitemap cut short (e.g. at the HTTP client's byte limit) would yield a
  // half-read last <loc>: when the XML is not well-formed, keep only complete
  // entries (cut after the last </url> or </sitemap>) and close the root.
  const malformed = validationError(text);
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(malformed === null ? text : (salvage(text) ?? text)) as Record<string, unknown>;
  } catch (err) {
    return unknown(malformed ?? `unparseable XML: ${(err as Error).message}`);
  }
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('!'));
  if (rootName === undefined) return unknown(malformed ?? 'no root element');
  const root = doc[rootName];

  if (rootName === 'urlset') {
    const urls: SitemapEntry[] = [];
    for (const u of asArray(field(root, 'url'))) {
      const loc = textOf(field(u, 'loc'));
      if (loc !== null) urls.push({ loc, lastmod: textOf(field(u, 'lastmod')) });
    }
    return { kind: 'urlset', urls, sitemaps: [], error: malformed };
  }
  if (rootName === 'sitemapindex') {
    const sitemaps: string[] = [];
    const urls: SitemapEntry[] = [];
    for (const s of asArray(field(root, 'sitemap'))) {
      const loc = textOf(field(s, 'loc'));
      if (loc !== null) sitemaps.push(loc);
    }
    return { kind: 'index', urls, sitemaps, error: malformed };
  }
  return unknown(`root element <${rootName}> is not a sitemap (expected <urlset> or <sitemapindex>)`);
}
