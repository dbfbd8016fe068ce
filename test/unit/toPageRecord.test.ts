import { describe, expect, it } from 'vitest';
import { pageLanguage, switchTarget, toPageRecord } from '../../crawler/extract/toPageRecord.ts';
import type { RenderResult } from '../../crawler/browser/renderPage.ts';
import { PageRecordSchema } from '../../crawler/snapshot/schema.ts';

const raw = (over: Partial<Parameters<typeof switchTarget>[0]>) => ({ text: '', ariaLabel: null, title: null, hreflang: null, langSwitcher: false, imgAlt: null, ...over });

describe('toPageRecord', () => {
  it('finds the page language from the URL, then html lang, then the linking page', () => {
    expect(pageLanguage('https://a.kz/ru/news', 'kk', null)).toEqual({ lang: 'ru', langSource: 'url' });
    expect(pageLanguage('https://a.kz/news', 'kk-KZ', null)).toEqual({ lang: 'kk', langSource: 'html' });
    expect(pageLanguage('https://a.kz/news', null, 'ru')).toEqual({ lang: 'ru', langSource: 'start' });
  });
  it('recognises language-switch links but not ordinary links that mention a language', () => {
    expect(switchTarget(raw({ text: 'ҚАЗ' }))).toBe('kk');
    expect(switchTarget(raw({ text: 'Русский', langSwitcher: true }))).toBe('ru');
    expect(switchTarget(raw({ text: 'anything', hreflang: 'en' }))).toBe('en');
    expect(switchTarget(raw({ text: 'Русский язык в школах области: итоги года' }))).toBeNull();
  });
  it('builds a valid record with absolute URLs, search forms and dates', () => {
    const r: RenderResult = {
      requestedUrl: 'https://www.example.kz/kz/',
      finalUrl: 'https://www.example.kz/kz/',
      status: 200,
      redirectChain: [],
      contentType: 'text/html',
      clientRedirects: [],
      consoleErrors: [],
      failedRequests: [],
      loadMs: 12,
      error: null,
      facts: {
        title: ' Басты бет ', htmlLang: 'kk', canonical: null, metaRefresh: null, viewport: 'width=device-width',
        headings: [{ level: 1, text: 'Басты бет' }], text: 'Жаңалық 12.11.2026', textLength: 18,
        links: [{ href: 'https://www.example.kz/ru/', rawHref: '/ru/', text: 'РУС', imgAlt: null, title: null, ariaLabel: null, target: null, rel: null, hreflang: 'ru', regions: ['header', 'bogus'], langSwitcher: true, selector: 'a' },
          { href: 'mailto:a@b.kz', rawHref: 'mailto:a@b.kz', text: 'a@b.kz', imgAlt: null, title: null, ariaLabel: null, target: null, rel: null, hreflang: null, regions: ['footer'], langSwitcher: false, selector: 'a' }],
        hreflangs: [], feedLinks: [],
        forms: [{ action: 'https://www.example.kz/kz/search', method: 'get', role: null, text: '', fields: [{ tag: 'input', type: 'text', name: 'q', id: null, label: null, placeholder: 'Іздеу', maxLength: 100, required: false, selector: 'input' }], selector: 'form' }],
        images: [], media: [], layout: { viewportWidth: 1366, scrollWidth: 1366, bodyFontSizePx: 16 },
      },
    };
    const rec = toPageRecord(r, { device: 'desktop', discoveredVia: 'start', crawlLevel: 0, inheritedLang: null, screenshot: null, blockedRequests: [], fetchedAt: '2026-11-25T00:00:00Z' });
    expect(() => PageRecordSchema.parse(rec)).not.toThrow();
    expect(rec.title).toBe('Басты бет');
    expect(rec.links[0]).toMatchObject({ url: 'https://www.example.kz/ru/', switchesTo: 'ru', regions: ['header'] });
    expect(rec.links[1]?.url).toBeNull();
    expect(rec.forms[0]?.isSearch).toBe(true);
    expect(rec.dates[0]?.iso).toBe('2026-11-12');
  });
});
