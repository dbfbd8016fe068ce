import { describe, expect, it } from 'vitest';
import { pairLanguages } from '../../crawler/discovery/languagePairs.ts';
import { findLanguageVersions, looksLikeHomePage, metaRefreshTarget } from '../../crawler/discovery/languageVersions.ts';
import type { LanguageVersion } from '../../crawler/snapshot/schema.ts';
import { HOME, link, page } from './snapshotBuilder.ts';

const u = (path: string) => `${HOME}${path}`;
const langs: LanguageVersion[] = [
  { lang: 'kk', homeUrl: u('/kz/'), source: 'start' },
  { lang: 'ru', homeUrl: u('/ru/'), source: 'switcher' },
];
const many = (n: number) => Array.from({ length: n }, (_, i) => link({ url: u(`/kz/s${i}`) }));

describe('pairLanguages', () => {
  it('pairs by hreflang, then URL pattern, then the switcher', () => {
    const pages = [
      page({ url: u('/kz/'), lang: 'kk' }),
      page({ url: u('/ru/'), lang: 'ru' }),
      page({ url: u('/kz/news'), lang: 'kk', hreflangs: [{ lang: 'ru', url: u('/ru/novosti') }] }),
      page({ url: u('/ru/novosti'), lang: 'ru' }),
      page({ url: u('/kz/about'), lang: 'kk' }),
      page({ url: u('/ru/about'), lang: 'ru' }),
      page({ url: u('/kz/x1'), lang: 'kk', links: [link({ url: u('/ru/y1'), switchesTo: 'ru' })] }),
      page({ url: u('/ru/y1'), lang: 'ru' }),
    ];
    const pairs = pairLanguages(pages, langs);
    expect(pairs[u('/kz/news')]).toEqual({ ru: u('/ru/novosti') });
    expect(pairs[u('/kz/about')]).toEqual({ ru: u('/ru/about') });
    expect(pairs[u('/ru/about')]).toEqual({ kk: u('/kz/about') });
    expect(pairs[u('/kz/x1')]).toEqual({ ru: u('/ru/y1') });
    expect(pairs[u('/kz/')]).toEqual({ ru: u('/ru/') });
  });
  it('does not pair an inner page with the other home page its switcher falls back to', () => {
    const pages = [
      page({ url: u('/kz/'), lang: 'kk' }),
      page({ url: u('/ru/'), lang: 'ru' }),
      page({ url: u('/kz/only'), lang: 'kk', links: [link({ url: u('/ru/'), switchesTo: 'ru' })] }),
    ];
    expect(pairLanguages(pages, langs)[u('/kz/only')]).toBeUndefined();
  });
});

describe('findLanguageVersions', () => {
  const inScope = (url: string) => url.startsWith(HOME);
  it('takes the start page and the switcher', () => {
    const start = page({ url: u('/'), finalUrl: u('/kz/'), lang: 'kk', textLength: 500, links: [...many(12), link({ url: u('/ru/'), switchesTo: 'ru' }), link({ url: u('/en/'), switchesTo: 'en' })] });
    expect(looksLikeHomePage(start)).toBe(true);
    expect(findLanguageVersions(start, ['kk', 'ru', 'en'], inScope, ['kk', 'ru'])).toEqual([
      { lang: 'kk', homeUrl: u('/kz/'), source: 'start' },
      { lang: 'ru', homeUrl: u('/ru/'), source: 'switcher' },
      { lang: 'en', homeUrl: u('/en/'), source: 'switcher' },
    ]);
  });
  it('follows a splash page to the language homes and guesses only the wanted languages', () => {
    const splash = page({ url: u('/'), lang: 'ru', textLength: 40, metaRefresh: '5; url=/kz/', links: [link({ url: u('/ru/'), text: 'Войти на сайт' })] });
    expect(looksLikeHomePage(splash)).toBe(false);
    expect(metaRefreshTarget(splash.metaRefresh, u('/'))).toBe(u('/kz/'));
    expect(findLanguageVersions(splash, ['kk', 'ru', 'en'], inScope, ['kk', 'ru'])).toEqual([
      { lang: 'kk', homeUrl: u('/kz/'), source: 'url-pattern' },
      { lang: 'ru', homeUrl: u('/ru/'), source: 'url-pattern' },
    ]);
  });
  it('uses ?lang= on the unified platform', () => {
    const base = 'https://www.gov.kz/memleket/entities/example';
    const start = page({ url: `${base}?lang=kk`, lang: 'kk', textLength: 900, links: many(12) });
    expect(findLanguageVersions(start, ['kk', 'ru'], () => true).map((v) => v.homeUrl)).toEqual([`${base}?lang=kk`, `${base}?lang=ru`]);
  });
});
