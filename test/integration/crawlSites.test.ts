/**
 * The crawler against both fixture styles with a real Chromium: click depth equals the
 * generator's, kk/ru pairing is right, robots.txt is honoured, no request but GET/HEAD ever
 * reaches the site, feeds and sitemaps are read, the phone probe finds the responsive layout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { mobileCoefficient } from '../../rules/mobile/mobileCoefficient.ts';
import { startFixtureSite, type FixtureSite } from '../fixtures/index.ts';
import { crawlFixture } from './fixtureAudit.ts';

const STYLES = ['classic', 'unified'] as const;

describe.each(STYLES)('crawl of a %s site', (style) => {
  let site: FixtureSite;
  let snap: Snapshot;
  const abs = (pathAndQuery: string) => `http://${site.host}:${site.port}${pathAndQuery}`;

  beforeAll(async () => {
    site = await startFixtureSite({ style });
    snap = await crawlFixture(site, style);
  }, 180_000);
  afterAll(() => site?.close());

  it('finds the kk and ru versions (and en) and crawls them', () => {
    expect(snap.site.status).toBe('complete');
    expect(snap.site.languages.map((l) => l.lang).sort()).toEqual(['en', 'kk', 'ru']);
    for (const lang of ['kk', 'ru'] as const) {
      expect(snap.pages.filter((p) => p.device === 'desktop' && p.lang === lang).length).toBeGreaterThan(15);
    }
  });

  it('renders script-built pages before reading them', () => {
    const pages = snap.pages.filter((p) => p.device === 'desktop' && p.status === 200 && p.lang === 'kk');
    expect(pages.every((p) => p.title.length > 0 && p.links.length > 5)).toBe(true);
    expect(pages.every((p) => p.htmlLang?.startsWith('kk'))).toBe(true);
  });

  it('measures the same click-depth histogram as the generator', () => {
    for (const lang of ['kk', 'ru'] as const) {
      const ours = snap.site.depthSummary.find((s) => s.lang === lang)!;
      const expected = site.expected.depthHistogram(lang);
      const { unreachable, ...histogram } = expected;
      expect({ histogram: ours.histogram, unreachable: ours.unreachable }).toEqual({
        histogram: Object.fromEntries(Object.entries(histogram).map(([d, n]) => [String(d), n])),
        unreachable,
      });
    }
  });

  it('pairs every kk page with its ru counterpart', () => {
    const pairs = site.expected.pairs.filter((p) => p.kk && p.ru);
    expect(pairs.length).toBeGreaterThan(10);
    for (const pair of pairs) {
      const kk = abs(pair.kk!);
      if (!(kk in snap.site.counterparts)) continue; // a page the crawl did not reach (e.g. orphan)
      expect(snap.site.counterparts[kk]?.ru, kk).toBe(abs(pair.ru!));
    }
    const paired = pairs.filter((p) => abs(p.kk!) in snap.site.counterparts).length;
    expect(paired / pairs.length).toBeGreaterThan(0.9);
  });

  it('honours robots.txt and sends nothing but GET and HEAD', () => {
    expect(site.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
    expect(site.requests.filter((r) => r.url.startsWith('/admin'))).toEqual([]);
    expect(snap.site.robots.found).toBe(true);
    // On the classic site the footer links to the disallowed /admin/; on the unified platform it is outside the entity.
    if (style === 'classic') expect(snap.site.robots.blockedUrls.length).toBeGreaterThan(0);
    // The feedback form exists and its POST was blocked in the browser, never sent.
    expect(snap.pages.some((p) => p.forms.some((f) => f.method === 'post'))).toBe(true);
  });

  it('reads sitemap.xml through the index and the feeds', () => {
    expect(snap.site.sitemaps.some((s) => s.kind === 'index')).toBe(true);
    expect(snap.site.sitemapUrls.length).toBeGreaterThan(10);
    const ok = snap.site.feeds.filter((f) => f.format !== null && f.status === 200);
    expect(ok.length).toBeGreaterThanOrEqual(3);
    expect(ok.every((f) => f.itemCount > 0 && f.latestItemDate !== null)).toBe(true);
  });

  it('checks documents with HEAD or a ranged GET', () => {
    const docs = snap.checks.filter((c) => c.purpose === 'document');
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((d) => d.status === 200 || d.status === 206)).toBe(true);
    expect(docs.some((d) => (d.size ?? 0) > 0)).toBe(true);
  });

  it('sees the responsive layout on the phone: k = 5', () => {
    expect(snap.site.mobile.map((m) => m.kind)).toEqual(['responsive', 'responsive']);
    expect(mobileCoefficient(snap).k).toBe(site.expected.mobileK);
    expect(snap.pages.filter((p) => p.device === 'mobile').length).toBeGreaterThan(2);
  });
});
