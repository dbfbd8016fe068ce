import { describe, expect, it } from 'vitest';
import {
  compilePattern,
  documentExtension,
  hostOf,
  isDocumentUrl,
  isFeedLikeUrl,
  matchesPatterns,
  normalizeUrl,
  sameHost,
} from '../../crawler/url/normalizeUrl.ts';

describe('normalizeUrl', () => {
  it('resolves relative URLs against the base', () => {
    expect(normalizeUrl('../b/c?x=1', 'https://akimat.kz/a/page')).toBe('https://akimat.kz/b/c?x=1');
    expect(normalizeUrl('/kz/news', 'https://akimat.kz/ru/')).toBe('https://akimat.kz/kz/news');
    expect(normalizeUrl('//cdn.gov.kz/x.pdf', 'https://akimat.kz/')).toBe('https://cdn.gov.kz/x.pdf');
  });

  it('accepts only http and https', () => {
    for (const raw of ['mailto:info@akimat.kz', 'tel:+77172000000', 'javascript:void(0)', 'data:text/plain,hi', 'ftp://x.kz/f']) {
      expect(normalizeUrl(raw, 'https://akimat.kz/')).toBeNull();
    }
    expect(normalizeUrl('not a url')).toBeNull();
  });

  it('drops the fragment, lowercases scheme and host, removes default ports, empty path → /', () => {
    expect(normalizeUrl('HTTPS://WWW.Akimat.KZ:443#top')).toBe('https://www.akimat.kz/');
    expect(normalizeUrl('http://Akimat.kz:80/Path/Case#x')).toBe('http://akimat.kz/Path/Case');
    expect(normalizeUrl('http://akimat.kz:8080')).toBe('http://akimat.kz:8080/');
    expect(normalizeUrl('#section', 'https://akimat.kz/a?b=1')).toBe('https://akimat.kz/a?b=1');
  });

  it('removes tracking parameters and keeps the rest verbatim, in order', () => {
    expect(normalizeUrl('https://a.kz/p?z=1&utm_source=fb&a=%D0%B0&UTM_Medium=x&fbclid=1&gclid=2&b=c+d'))
      .toBe('https://a.kz/p?z=1&a=%D0%B0&b=c+d');
    expect(normalizeUrl('https://a.kz/p?utm_campaign=x')).toBe('https://a.kz/p');
    expect(normalizeUrl('https://a.kz/p?')).toBe('https://a.kz/p');
    expect(normalizeUrl('https://a.kz/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8')).toBe(
      'https://a.kz/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8',
    );
  });

  it('trims whitespace', () => {
    expect(normalizeUrl('  \n https://a.kz/x \t')).toBe('https://a.kz/x');
    expect(normalizeUrl(' page2 ', 'https://a.kz/dir/')).toBe('https://a.kz/dir/page2');
  });

  it('encodes a Cyrillic host as punycode', () => {
    expect(normalizeUrl('https://ПРЕЗИДЕНТ.РФ/')).toBe('https://xn--d1abbgf6aiiy.xn--p1ai/');
  });
});

describe('hosts', () => {
  it('hostOf and sameHost', () => {
    expect(hostOf('https://WWW.Gov.kz:8443/x')).toBe('www.gov.kz');
    expect(hostOf('nope')).toBeNull();
    expect(sameHost('https://gov.kz/a', 'http://GOV.kz:8080/b')).toBe(true);
    expect(sameHost('https://gov.kz/a', 'https://www.gov.kz/a')).toBe(false);
    expect(sameHost('bad', 'bad')).toBe(false);
  });
});

describe('documents and feeds', () => {
  it('recognises document extensions', () => {
    expect(documentExtension('https://a.kz/files/Report.PDF')).toBe('pdf');
    expect(documentExtension('https://a.kz/f/budget.xlsx?v=2#p')).toBe('xlsx');
    expect(documentExtension('https://a.kz/f/archive.tar.gz')).toBe('gz');
    expect(documentExtension('https://a.kz/f/book.djvu')).toBe('djvu');
    for (const ext of ['doc', 'docx', 'xls', 'ppt', 'pptx', 'odt', 'ods', 'rtf', 'txt', 'csv', 'zip', 'rar', '7z', 'tar']) {
      expect(isDocumentUrl(`https://a.kz/x.${ext}`)).toBe(true);
    }
  });

  it('does not treat images, xml or pages as documents', () => {
    for (const u of ['https://a.kz/logo.png', 'https://a.kz/p.jpg', 'https://a.kz/sitemap.xml', 'https://a.kz/news', 'https://a.kz/index.html', 'https://a.kz/pdf/', 'https://a.kz/?f=a.pdf']) {
      expect(isDocumentUrl(u)).toBe(false);
    }
  });

  it('guesses feed URLs', () => {
    for (const u of ['https://a.kz/rss', 'https://a.kz/rss/', 'https://a.kz/ru/rss.xml', 'https://a.kz/feed', 'https://a.kz/news.rss', 'https://a.kz/atom.xml', 'https://a.kz/news?format=rss', 'https://a.kz/rss/news/']) {
      expect(isFeedLikeUrl(u), u).toBe(true);
    }
    for (const u of ['https://a.kz/news', 'https://a.kz/sitemap.xml', 'https://a.kz/feedback', 'https://a.kz/rss/item.html']) {
      expect(isFeedLikeUrl(u), u).toBe(false);
    }
  });
});

describe('matchesPatterns', () => {
  const url = 'https://akimat.kz/ru/news/2024/item-5?page=2';

  it('matches globs against the full URL or the path', () => {
    expect(matchesPatterns(url, ['/ru/*'])).toBe(true);
    expect(matchesPatterns(url, ['/ru/**'])).toBe(true);
    expect(matchesPatterns(url, ['/kz/*'])).toBe(false);
    expect(matchesPatterns(url, ['https://akimat.kz/*'])).toBe(true);
    expect(matchesPatterns(url, ['*/news/*'])).toBe(true);
    expect(matchesPatterns(url, ['/ru/news/2024/item-5'])).toBe(true);
    expect(matchesPatterns(url, ['/ru/news'])).toBe(false);
    expect(matchesPatterns('https://a.kz/f/A.PDF', ['*.pdf'])).toBe(true);
    expect(matchesPatterns(url, [])).toBe(false);
  });

  it('treats dots and other characters in globs literally', () => {
    expect(matchesPatterns('https://a.kz/fileXpdf', ['*.pdf'])).toBe(false);
    expect(matchesPatterns('https://a.kz/a?b=1', ['/a?b=1'])).toBe(true);
  });

  it('accepts regular expressions written /…/flags', () => {
    expect(matchesPatterns(url, ['/news\\/\\d{4}/'])).toBe(true);
    expect(matchesPatterns(url, ['/NEWS/i'])).toBe(true);
    expect(matchesPatterns(url, ['/^https:\\/\\/other/'])).toBe(false);
    expect(matchesPatterns(url, ['/page=\\d+$/g'])).toBe(true);
    expect(matchesPatterns(url, ['/page=\\d+$/g'])).toBe(true); // no lastIndex state
  });

  it('reads /en/ as a path glob, not as the regex "en"', () => {
    expect(matchesPatterns('https://a.kz/tender', ['/en/'])).toBe(false);
    expect(matchesPatterns('https://a.kz/en/', ['/en/'])).toBe(true);
  });

  it('throws a clear error on an invalid regex', () => {
    expect(() => compilePattern('/(unclosed/i')).toThrow(/Invalid URL pattern "\/\(unclosed\/i"/);
  });
});
