import { describe, expect, it } from 'vitest';
import { parseRobots, robotsProductToken } from '../../crawler/http/robots.ts';

const UA = 'Mozilla/5.0 (compatible; Tekser/0.1; +https://github.com/tekser)';
const ROBOTS = 'https://akimat.kz/robots.txt';

describe('parseRobots', () => {
  it('allows everything for null or empty text', () => {
    for (const text of [null, '', '  \n']) {
      const r = parseRobots(ROBOTS, text, UA);
      expect(r.isAllowed('https://akimat.kz/admin/')).toBe(true);
      expect(r.crawlDelaySeconds).toBeNull();
      expect(r.sitemaps).toEqual([]);
    }
  });

  it('applies Disallow: /admin/ for all agents', () => {
    const r = parseRobots(ROBOTS, 'User-agent: *\nDisallow: /admin/\n', UA);
    expect(r.isAllowed('https://akimat.kz/admin/users')).toBe(false);
    expect(r.isAllowed('https://akimat.kz/administration')).toBe(true);
    expect(r.isAllowed('https://akimat.kz/ru/news')).toBe(true);
  });

  it('applies Disallow: / and Allow exceptions', () => {
    const r = parseRobots(ROBOTS, 'User-agent: *\nDisallow: /\nAllow: /ru/$\n', UA);
    expect(r.isAllowed('https://akimat.kz/')).toBe(false);
    expect(r.isAllowed('https://akimat.kz/kz/news')).toBe(false);
    expect(r.isAllowed('https://akimat.kz/ru/')).toBe(true);
  });

  it('uses the group for our product token instead of *', () => {
    const text = [
      '# comment',
      'User-agent: *',
      'Disallow: /',
      'Crawl-delay: 10',
      '',
      'User-agent: Yandex',
      'Disallow: /search',
      '',
      'User-agent: Tekser',
      'Disallow: /private/',
      'Crawl-delay: 2.5',
    ].join('\n');
    const r = parseRobots(ROBOTS, text, UA);
    expect(r.isAllowed('https://akimat.kz/ru/news')).toBe(true);
    expect(r.isAllowed('https://akimat.kz/private/x')).toBe(false);
    expect(r.crawlDelaySeconds).toBe(2.5);

    const other = parseRobots(ROBOTS, text, 'SomeBot/2.0');
    expect(other.isAllowed('https://akimat.kz/ru/news')).toBe(false);
    expect(other.crawlDelaySeconds).toBe(10);
  });

  it('collects Sitemap lines, resolved and de-duplicated', () => {
    const text = [
      'Sitemap: https://akimat.kz/sitemap.xml',
      'User-agent: *',
      'Disallow:',
      'sitemap: /sitemap-news.xml',
      'Sitemap: https://akimat.kz/sitemap.xml',
    ].join('\r\n');
    const r = parseRobots(ROBOTS, text, UA);
    expect(r.sitemaps).toEqual(['https://akimat.kz/sitemap.xml', 'https://akimat.kz/sitemap-news.xml']);
    expect(r.isAllowed('https://akimat.kz/anything')).toBe(true);
    expect(r.crawlDelaySeconds).toBeNull();
  });

  it('does not apply to other origins and tolerates a BOM', () => {
    const r = parseRobots(ROBOTS, '\uFEFFUser-agent: *\nDisallow: /\n', UA);
    expect(r.isAllowed('https://akimat.kz/x')).toBe(false);
    expect(r.isAllowed('https://other.kz/x')).toBe(true);
  });

  it('derives the product token from a user-agent string', () => {
    expect(robotsProductToken(UA)).toBe('tekser');
    expect(robotsProductToken('Tekser/0.1 (+https://x)')).toBe('tekser');
    expect(robotsProductToken('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36 Tekser/0.1')).toBe('tekser');
    expect(robotsProductToken('tekser')).toBe('tekser');
  });
});
