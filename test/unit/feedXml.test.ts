import { describe, expect, it } from 'vitest';
import { parseFeed, toIsoDate } from '../../crawler/http/feedXml.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Алматы қаласы әкімдігі — Жаңалықтар</title>
    <link>https://almaty.kz/kz/</link>
    <atom:link href="https://almaty.kz/rss" rel="self" type="application/rss+xml"/>
    <item>
      <title><![CDATA[Әкім тұрғындармен кездесті]]></title>
      <link>https://almaty.kz/kz/news/1</link>
      <pubDate>Mon, 06 May 2024 09:30:00 +0500</pubDate>
    </item>
    <item>
      <title>Аким встретился с жителями &laquo;Медеу&raquo; &amp; района</title>
      <atom:link href="https://almaty.kz/ru/news/2.json" rel="alternate"/>
      <link>https://almaty.kz/ru/news/2</link>
      <pubDate>Tue, 07 May 2024 12:00:00 GMT</pubDate>
    </item>
    <item>
      <title>Без даты</title>
      <guid isPermaLink="true">https://almaty.kz/ru/news/3</guid>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Ақтөбе облысы &lt;b&gt;әкімдігі&lt;/b&gt;</title>
  <updated>2024-03-02T00:00:00Z</updated>
  <entry>
    <title>Жаңа мектеп ашылды</title>
    <link rel="edit" href="https://aktobe.kz/edit/1"/>
    <link rel="alternate" href="https://aktobe.kz/kz/news/1"/>
    <published>2024-03-01T08:00:00+05:00</published>
    <updated>2024-03-02T08:00:00+05:00</updated>
  </entry>
  <entry>
    <title>Открыта новая школа</title>
    <link href="https://aktobe.kz/ru/news/1"/>
    <updated>2024-02-28T10:00:00Z</updated>
  </entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://gov.kz/rss">
    <title>Мемлекеттік қызметтер</title>
    <items><rdf:Seq><rdf:li rdf:resource="https://gov.kz/n/1"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://gov.kz/n/1">
    <title>Жаңа қызмет</title>
    <link>https://gov.kz/n/1</link>
    <dc:date>2023-12-31T23:00:00+06:00</dc:date>
  </item>
</rdf:RDF>`;

describe('parseFeed', () => {
  it('parses RSS 2.0 with Kazakh/Russian titles and RFC 822 dates', () => {
    const f = parseFeed(RSS);
    expect(f.error).toBeNull();
    expect(f.format).toBe('rss');
    expect(f.title).toBe('Алматы қаласы әкімдігі — Жаңалықтар');
    expect(f.itemCount).toBe(3);
    expect(f.items).toEqual([
      { title: 'Әкім тұрғындармен кездесті', link: 'https://almaty.kz/kz/news/1', date: '2024-05-06T04:30:00.000Z' },
      { title: 'Аким встретился с жителями «Медеу» & района', link: 'https://almaty.kz/ru/news/2', date: '2024-05-07T12:00:00.000Z' },
      { title: 'Без даты', link: 'https://almaty.kz/ru/news/3', date: null },
    ]);
    expect(f.latestItemDate).toBe('2024-05-07T12:00:00.000Z');
  });

  it('parses Atom (published preferred, alternate link, html title)', () => {
    const f = parseFeed(ATOM);
    expect(f.error).toBeNull();
    expect(f.format).toBe('atom');
    expect(f.title).toBe('Ақтөбе облысы әкімдігі');
    expect(f.items).toEqual([
      { title: 'Жаңа мектеп ашылды', link: 'https://aktobe.kz/kz/news/1', date: '2024-03-01T03:00:00.000Z' },
      { title: 'Открыта новая школа', link: 'https://aktobe.kz/ru/news/1', date: '2024-02-28T10:00:00.000Z' },
    ]);
    expect(f.latestItemDate).toBe('2024-03-01T03:00:00.000Z');
  });

  it('parses RSS 1.0 / RDF with dc:date', () => {
    const f = parseFeed(RDF);
    expect(f.error).toBeNull();
    expect(f.format).toBe('rdf');
    expect(f.title).toBe('Мемлекеттік қызметтер');
    expect(f.items).toEqual([{ title: 'Жаңа қызмет', link: 'https://gov.kz/n/1', date: '2023-12-31T17:00:00.000Z' }]);
    expect(f.latestItemDate).toBe('2023-12-31T17:00:00.000Z');
  });

  it('handles a feed with one item and one with none', () => {
    const one = parseFeed('<rss><channel><title>T</title><item><title>Жалғыз</title><link>https://a.kz/1</link></item></channel></rss>');
    expect(one.itemCount).toBe(1);
    expect(one.items[0]?.title).toBe('Жалғыз');
    const none = parseFeed('<rss version="2.0"><channel><title>Бос</title></channel></rss>');
    expect(none).toEqual({ format: 'rss', title: 'Бос', itemCount: 0, latestItemDate: null, items: [], error: null });
  });

  it('never throws on garbage', () => {
    for (const garbage of ['', 'not xml', '<html><head><title>Қате</title></head></html>', '<<<', '<urlset></urlset>', '{"a":1}']) {
      const f = parseFeed(garbage);
      expect(f.format, garbage).toBeNull();
      expect(f.error, garbage).toEqual(expect.any(String));
      expect(f.items).toEqual([]);
    }
  });

  it('reports a malformed but recognisable feed with an error', () => {
    const f = parseFeed('<rss><channel><title>X</title><item><title>A</title><link>https://a.kz/?a=1&b=2</link></item></channel></rss>');
    expect(f.format).toBe('rss');
    expect(f.itemCount).toBe(1);
    expect(f.error).toMatch(/malformed XML/);
  });
});

describe('parseFeed on a truncated feed', () => {
  it('keeps the complete items only', () => {
    const cut = RSS.slice(0, RSS.indexOf('<guid') + 20);
    const f = parseFeed(cut);
    expect(f.format).toBe('rss');
    expect(f.title).toBe('Алматы қаласы әкімдігі — Жаңалықтар');
    expect(f.itemCount).toBe(2);
    expect(f.error).toMatch(/malformed XML/);
    const atom = parseFeed(ATOM.slice(0, ATOM.lastIndexOf('<updated>') + 12));
    expect(atom.format).toBe('atom');
    expect(atom.items.map((i) => i.title)).toEqual(['Жаңа мектеп ашылды']);
  });
});

describe('toIsoDate', () => {
  it('reads RFC 822, ISO 8601 and zone-less dates as UTC', () => {
    expect(toIsoDate('Mon, 06 May 2024 09:30:00 +0500')).toBe('2024-05-06T04:30:00.000Z');
    expect(toIsoDate('06 May 2024 09:30:00 GMT')).toBe('2024-05-06T09:30:00.000Z');
    expect(toIsoDate('Mon, 06 May 2024 09:30:00')).toBe('2024-05-06T09:30:00.000Z');
    expect(toIsoDate('2024-05-06 09:30:00')).toBe('2024-05-06T09:30:00.000Z');
    expect(toIsoDate('2024-05-06')).toBe('2024-05-06T00:00:00.000Z');
    expect(toIsoDate('2024-05-06T09:30:00+06:00')).toBe('2024-05-06T03:30:00.000Z');
    expect(toIsoDate('вчера')).toBeNull();
    expect(toIsoDate(null)).toBeNull();
  });
});
