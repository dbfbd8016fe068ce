/**
 * RSS / Atom feed parsing for freshness checks: RSS 2.0 (pubDate, RFC 822),
 * Atom 1.0 (published, else updated; link href, rel="alternate" preferred),
 * RSS 1.0 / RDF (dc:date).
 *
 * Dates are returned as ISO 8601 (UTC) or null when unparseable. A date
 * without a time zone is read as UTC so that results do not depend on the
 * machine's zone. HTML entities (&laquo; &nbsp; …) in text are decoded; tags
 * in titles are stripped. Never throws: anything that is not a feed gives
 * format null with `error`. A recognised but malformed feed is returned with
 * what could be read and a non-null `error`.
 */

import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface FeedItem {
  title: string | null;
  link: string | null;
  /** ISO 8601, or null. */
  date: string | null;
}

export interface FeedParseResult {
  format: 'rss' | 'atom' | 'rdf' | null;
  title: string | null;
  itemCount: number;
  /** Most recent item date, ISO 8601. */
  latestItemDate: string | null;
  items: FeedItem[];
  error: string | null;
}

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

function field(node: unknown, name: string): unknown {
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Node)[name] : undefined;
}

function asArray(node: unknown): unknown[] {
  if (node === undefined || node === null || node === '') return [];
  return Array.isArray(node) ? node : [node];
}

/** All text inside a node (attributes excluded), whitespace collapsed; null when empty. */
function textOf(node: unknown): string | null {
  const parts: string[] = [];
  const walk = (n: unknown): void => {
    if (typeof n === 'string') parts.push(n);
    else if (typeof n === 'number' || typeof n === 'boolean') parts.push(String(n));
    else if (Array.isArray(n)) n.forEach(walk);
    else if (n !== null && typeof n === 'object') {
      for (const [k, v] of Object.entries(n as Node)) if (!k.startsWith('@_')) walk(v);
    }
  };
  walk(Array.isArray(node) ? node[0] : node);
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function titleOf(node: unknown): string | null {
  const t = textOf(node);
  if (t === null) return null;
  const stripped = t.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return stripped === '' ? null : stripped;
}

/** Link of an item: RSS text link first, then an Atom href (alternate / no rel), then any href. */
function linkOf(node: unknown): string | null {
  const links = asArray(node);
  for (const l of links) {
    const text = typeof l === 'string' ? l.trim() : typeof field(l, '#text') === 'string' ? String(field(l, '#text')).trim() : '';
    if (text !== '') return text;
  }
  const href = (l: unknown): string | null => {
    const h = field(l, '@_href');
    return typeof h === 'string' && h.trim() !== '' ? h.trim() : null;
  };
  for (const l of links) {
    const rel = field(l, '@_rel');
    if ((rel === undefined || rel === 'alternate') && href(l) !== null) return href(l);
  }
  for (const l of links) if (href(l) !== null) return href(l);
  return null;
}

/** RFC 822 / ISO 8601 → ISO 8601 UTC; zone-less dates are taken as UTC. */
export function toIsoDate(raw: string | null): string | null {
  if (raw === null) return null;
  let s = raw.trim().replace(/\s+/g, ' ');
  if (s === '') return null;
  const isoNoZone = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/.exec(s);
  if (isoNoZone !== null) s = `${isoNoZone[1]}T${isoNoZone[2]}Z`;
  else if (/^\d{4}-\d{2}-\d{2}[T ]/.test(s)) s = s.replace(' ', 'T');
  else if (/\d{1,2}:\d{2}(?::\d{2})?$/.test(s) && !/^\d{4}-/.test(s)) s = `${s} GMT`;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function firstDate(node: unknown, names: readonly string[]): string | null {
  for (const name of names) {
    const iso = toIsoDate(textOf(field(node, name)));
    if (iso !== null) return iso;
  }
  return null;
}

function fail(error: string): FeedParseResult {
  return { format: null, title: null, itemCount: 0, latestItemDate: null, items: [], error };
}

function validationError(xml: string): string | null {
  const v = XMLValidator.validate(xml);
  return v === true ? null : `malformed XML at line ${v.err.line}, column ${v.err.col}: ${v.err.msg}`;
}

/** The document cut after its last complete item/entry, open elements re-closed; null when not applicable. */
function salvage(text: string): string | null {
  const root = /<([\w.-]+:)?(rss|feed|RDF)\b/.exec(text);
  if (root === null) return null;
  const name = `${root[1] ?? ''}${root[2]}`;
  const entry = root[2] === 'feed' ? 'entry' : 'item';
  let end = -1;
  for (const m of text.matchAll(new RegExp(`</(?:[\\w.-]+:)?${entry}\\s*>`, 'g'))) end = m.index + m[0].length;
  if (end === -1) return null;
  const channel = root[2] === 'rss' && /<channel\b/.test(text.slice(0, end)) && !/<\/channel\s*>/.test(text.slice(0, end));
  return `${text.slice(0, end)}${channel ? '</channel>' : ''}</${name}>`;
}

export function parseFeed(xml: string): FeedParseResult {
  const text = xml.replace(/^\uFEFF/, '').trim();
  if (text === '') return fail('empty document');
  if (!text.startsWith('<')) return fail('not XML');
  // When the XML is not well-formed (typically cut short), keep only complete
  // items/entries so that a half-read last item is not reported.
  const malformed = validationError(text);
  let doc: Node;
  try {
    doc = parser.parse(malformed === null ? text : (salvage(text) ?? text)) as Node;
  } catch (err) {
    return fail(malformed ?? `unparseable XML: ${(err as Error).message}`);
  }
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('!'));
  if (rootName === undefined) return fail(malformed ?? 'no root element');
  const root = doc[rootName];

  let format: FeedParseResult['format'];
  let title: string | null;
  let items: FeedItem[];
  if (rootName === 'rss') {
    format = 'rss';
    const channel = Array.isArray(field(root, 'channel')) ? (field(root, 'channel') as unknown[])[0] : field(root, 'channel');
    title = titleOf(field(channel, 'title'));
    items = [...asArray(field(channel, 'item')), ...asArray(field(root, 'item'))].map((it) => ({
      title: titleOf(field(it, 'title')),
      link: linkOf(field(it, 'link')) ?? textOf(field(it, 'guid')),
      date: firstDate(it, ['pubDate', 'date', 'published', 'updated']),
    }));
  } else if (rootName === 'feed') {
    format = 'atom';
    title = titleOf(field(root, 'title'));
    items = asArray(field(root, 'entry')).map((en) => ({
      title: titleOf(field(en, 'title')),
      link: linkOf(field(en, 'link')),
      date: firstDate(en, ['published', 'updated', 'issued', 'modified', 'created']),
    }));
  } else if (rootName === 'RDF') {
    format = 'rdf';
    const channel = field(root, 'channel');
    title = titleOf(field(channel, 'title'));
    items = [...asArray(field(root, 'item')), ...asArray(field(channel, 'item'))].map((it) => ({
      title: titleOf(field(it, 'title')),
      link: linkOf(field(it, 'link')) ?? (typeof field(it, '@_about') === 'string' ? String(field(it, '@_about')) : null),
      date: firstDate(it, ['date', 'pubDate', 'modified']),
    }));
  } else {
    return fail(`root element <${rootName}> is not a feed (expected <rss>, <feed> or <rdf:RDF>)`);
  }

  let latest: string | null = null;
  for (const it of items) if (it.date !== null && (latest === null || it.date > latest)) latest = it.date;
  return { format, title, itemCount: items.length, latestItemDate: latest, items, error: malformed };
}
