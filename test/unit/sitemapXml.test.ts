import { describe, expect, it } from 'vitest';
import { parseSitemapXml } from '../../crawler/http/sitemapXml.ts';

describe('parseSitemapXml', () => {
  it('parses a urlset with whitespace, entities and lastmod', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="/sitemap.xsl"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"
        xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url>
    <loc>
      https://akimat.kz/kz/жаңалықтар/1
    </loc>
    <lastmod>2024-05-01T10:00:00+05:00</lastmod>
    <xhtml:link rel="alternate" hreflang="ru" href="https://akimat.kz/ru/новости/1"/>
    <image:image><image:loc>https://akimat.kz/img/1.jpg</image:loc></image:image>
  </url>
  <url><loc>https://akimat.kz/ru/search?q=1&amp;page=2</loc></url>
  <url><loc><![CDATA[https://akimat.kz/en/]]></loc><lastmod>2024</lastmod></url>
</urlset>`;
    const r = parseSitemapXml(xml);
    expect(r.error).toBeNull();
    expect(r.kind).toBe('urlset');
    expect(r.sitemaps).toEqual([]);
    expect(r.urls).toEqual([
      { loc: 'https://akimat.kz/kz/жаңалықтар/1', lastmod: '2024-05-01T10:00:00+05:00' },
      { loc: 'https://akimat.kz/ru/search?q=1&page=2', lastmod: null },
      { loc: 'https://akimat.kz/en/', lastmod: '2024' },
    ]);
  });

  it('handles a single url and prefixed namespaces', () => {
    const xml = `<sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9"><sm:url><sm:loc>https://akimat.kz/</sm:loc></sm:url></sm:urlset>`;
    expect(parseSitemapXml(xml)).toEqual({
      kind: 'urlset',
      urls: [{ loc: 'https://akimat.kz/', lastmod: null }],
      sitemaps: [],
      error: null,
    });
  });

  it('parses a sitemap index (single and multiple children)', () => {
    const many = `\uFEFF<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://akimat.kz/sitemap-kz.xml</loc><lastmod>2024-01-01</lastmod></sitemap>
  <sitemap><loc> https://akimat.kz/sitemap-ru.xml </loc></sitemap>
</sitemapindex>`;
    const r = parseSitemapXml(many);
    expect(r.kind).toBe('index');
    expect(r.sitemaps).toEqual(['https://akimat.kz/sitemap-kz.xml', 'https://akimat.kz/sitemap-ru.xml']);
    expect(r.error).toBeNull();
    const one = parseSitemapXml('<sitemapindex><sitemap><loc>https://a.kz/s1.xml</loc></sitemap></sitemapindex>');
    expect(one.sitemaps).toEqual(['https://a.kz/s1.xml']);
  });

  it('accepts an empty urlset', () => {
    expect(parseSitemapXml('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>')).toEqual({
      kind: 'urlset', urls: [], sitemaps: [], error: null,
    });
  });

  it('reads a plain-text sitemap as a urlset', () => {
    const r = parseSitemapXml('https://akimat.kz/kz/\r\nhttps://akimat.kz/ru/\n\n  https://akimat.kz/en/  \n# not a url\n');
    expect(r.kind).toBe('urlset');
    expect(r.urls.map((u) => u.loc)).toEqual(['https://akimat.kz/kz/', 'https://akimat.kz/ru/', 'https://akimat.kz/en/']);
    expect(r.error).toBeNull();
  });

  it('returns what it can of a truncated sitemap, with an error', () => {
    const r = parseSitemapXml('<urlset><url><loc>https://a.kz/1</loc></url><url><loc>https://a.kz/2</lo');
    expect(r.kind).toBe('urlset');
    expect(r.urls).toEqual([{ loc: 'https://a.kz/1', lastmod: null }]);
    expect(r.error).toMatch(/malformed XML/);
    // cut inside a <loc>: the half URL must not be reported
    const mid = parseSitemapXml('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.kz/1</loc></url><url><loc>https://a.kz/long-pa');
    expect(mid.urls.map((u) => u.loc)).toEqual(['https://a.kz/1']);
    const idx = parseSitemapXml('<sitemapindex><sitemap><loc>https://a.kz/s1.xml</loc></sitemap><sitemap><loc>https://a.kz/s');
    expect(idx.kind).toBe('index');
    expect(idx.sitemaps).toEqual(['https://a.kz/s1.xml']);
    const none = parseSitemapXml('<urlset><url><loc>https://a.kz/1');
    expect(none).toMatchObject({ kind: 'urlset', urls: [] });
  });

  it('never throws on garbage', () => {
    for (const garbage of ['', '   ', 'hello world', '<html><body>Бет табылмады</body></html>', '<<<>>>', '{"error": 1}', '\u001f\u008b\u0008binary']) {
      const r = parseSitemapXml(garbage);
      expect(r.kind, garbage).toBe('unknown');
      expect(r.error, garbage).toEqual(expect.any(String));
      expect(r.urls).toEqual([]);
    }
    expect(parseSitemapXml('<html><body>x</body></html>').error).toMatch(/<html>/);
  });
});
