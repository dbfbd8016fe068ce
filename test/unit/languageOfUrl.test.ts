import { describe, expect, it } from 'vitest';
import { counterpartUrl, languageOfLabel, languageOfUrl, normalizeLang } from '../../crawler/url/languageOfUrl.ts';

describe('languageOfUrl', () => {
  it('reads the first path segment', () => {
    expect(languageOfUrl('https://a.kz/kz/news')).toEqual({ lang: 'kk', source: 'path' });
    expect(languageOfUrl('https://a.kz/kk/')).toEqual({ lang: 'kk', source: 'path' });
    expect(languageOfUrl('https://a.kz/qaz/x')).toEqual({ lang: 'kk', source: 'path' });
    expect(languageOfUrl('https://a.kz/kz')).toEqual({ lang: 'kk', source: 'path' });
    expect(languageOfUrl('https://a.kz/ru/about')).toEqual({ lang: 'ru', source: 'path' });
    expect(languageOfUrl('https://a.kz/rus/')).toEqual({ lang: 'ru', source: 'path' });
    expect(languageOfUrl('https://a.kz/en/')).toEqual({ lang: 'en', source: 'path' });
    expect(languageOfUrl('https://a.kz/eng/x')).toEqual({ lang: 'en', source: 'path' });
  });

  it('ignores non-leading segments and look-alikes', () => {
    expect(languageOfUrl('https://a.kz/news/ru/1')).toBeNull();
    expect(languageOfUrl('https://a.kz/kzt/')).toBeNull();
    expect(languageOfUrl('https://a.kz/')).toBeNull();
    expect(languageOfUrl('garbage')).toBeNull();
  });

  it('reads lang= and language= query parameters', () => {
    expect(languageOfUrl('https://www.gov.kz/memleket/entities/x/press/news?lang=kk')).toEqual({ lang: 'kk', source: 'query' });
    expect(languageOfUrl('https://a.kz/p?id=1&lang=kz')).toEqual({ lang: 'kk', source: 'query' });
    expect(languageOfUrl('https://a.kz/p?language=ru')).toEqual({ lang: 'ru', source: 'query' });
    expect(languageOfUrl('https://a.kz/p?lang=en')).toEqual({ lang: 'en', source: 'query' });
    expect(languageOfUrl('https://a.kz/p?lang=de')).toBeNull();
  });

  it('prefers the path over the query', () => {
    expect(languageOfUrl('https://a.kz/ru/p?lang=en')).toEqual({ lang: 'ru', source: 'path' });
  });
});

describe('counterpartUrl', () => {
  it('swaps a path marker keeping everything else', () => {
    expect(counterpartUrl('https://a.kz/ru/news/1?page=2#c', 'kk')).toBe('https://a.kz/kz/news/1?page=2#c');
    expect(counterpartUrl('https://a.kz/kz/news', 'en')).toBe('https://a.kz/en/news');
    expect(counterpartUrl('https://a.kz/kk/news', 'ru')).toBe('https://a.kz/ru/news');
    expect(counterpartUrl('https://a.kz/kz', 'ru')).toBe('https://a.kz/ru');
    expect(counterpartUrl('https://a.kz/rus/x', 'kk')).toBe('https://a.kz/qaz/x');
    expect(counterpartUrl('https://a.kz/RU/x', 'en')).toBe('https://a.kz/EN/x');
  });

  it('swaps a query marker in place', () => {
    expect(counterpartUrl('https://www.gov.kz/memleket/entities/x?lang=ru&a=%D0%B0', 'kk')).toBe(
      'https://www.gov.kz/memleket/entities/x?lang=kk&a=%D0%B0',
    );
    expect(counterpartUrl('https://a.kz/p?a=1&language=kz', 'en')).toBe('https://a.kz/p?a=1&language=en');
  });

  it('returns the URL itself for the same language and null without a marker', () => {
    expect(counterpartUrl('https://a.kz/ru/x', 'ru')).toBe('https://a.kz/ru/x');
    expect(counterpartUrl('https://a.kz/news', 'kk')).toBeNull();
    expect(counterpartUrl('bad', 'kk')).toBeNull();
  });
});

describe('languageOfLabel', () => {
  it('recognises switcher labels in any case', () => {
    for (const t of ['ҚАЗ', 'Қаз', 'Қазақша', 'ҚАЗАҚША', 'Қазақ тілі', 'KAZ', 'KZ', 'kz', 'Qazaqsha', ' қаз ']) {
      expect(languageOfLabel(t), t).toBe('kk');
    }
    for (const t of ['РУС', 'Рус', 'Русский', 'RU', 'ru']) expect(languageOfLabel(t), t).toBe('ru');
    for (const t of ['ENG', 'English', 'EN', 'en']) expect(languageOfLabel(t), t).toBe('en');
    expect(languageOfLabel('[RU]')).toBe('ru');
    expect(languageOfLabel('Новости')).toBeNull();
    expect(languageOfLabel('')).toBeNull();
  });

  it('lets a recognised hreflang win', () => {
    expect(languageOfLabel('РУС', 'kk')).toBe('kk');
    expect(languageOfLabel('?', 'ru-KZ')).toBe('ru');
    expect(languageOfLabel('ҚАЗ', 'x-default')).toBe('kk');
    expect(languageOfLabel('ҚАЗ', null)).toBe('kk');
  });
});

describe('normalizeLang', () => {
  it('maps html lang codes', () => {
    expect(normalizeLang('kk')).toBe('kk');
    expect(normalizeLang('kk-KZ')).toBe('kk');
    expect(normalizeLang('KZ')).toBe('kk');
    expect(normalizeLang('ru-RU')).toBe('ru');
    expect(normalizeLang('ru_KZ')).toBe('ru');
    expect(normalizeLang('en-US')).toBe('en');
    expect(normalizeLang('de')).toBeNull();
    expect(normalizeLang('')).toBeNull();
    expect(normalizeLang(null)).toBeNull();
    expect(normalizeLang(undefined)).toBeNull();
  });
});
