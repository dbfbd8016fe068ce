import { describe, expect, it } from 'vitest';
import { sampleTargets, urlTemplate } from '../../crawler/probes/sampleTargets.ts';
import { HOME, page, snapshot } from './snapshotBuilder.ts';

describe('sampleTargets', () => {
  it('groups URLs by template', () => {
    expect(urlTemplate(`${HOME}/kz/news/2024/123?page=2&lang=kk`)).toBe('/kz/news/:n/:n?page');
    expect(urlTemplate(`${HOME}/kz/about`)).toBe('/kz/about');
  });
  it('takes the home page, pages with forms, the longest pages, then one page per template, up to the cap', () => {
    const u = (p: string) => `${HOME}${p}`;
    const snap = snapshot({
      site: { languages: [{ lang: 'ru', homeUrl: u('/ru/'), source: 'start' }] },
      pages: [
        page({ url: u('/ru/'), crawlLevel: 0 }),
        page({ url: u('/ru/news/1'), crawlLevel: 1 }),
        page({ url: u('/ru/news/2'), crawlLevel: 1 }),
        page({ url: u('/ru/law'), crawlLevel: 2, textLength: 90_000 }),
        page({ url: u('/ru/feedback'), crawlLevel: 2, forms: [{ action: null, method: 'post', isSearch: false, fields: [], selector: 'form' }] }),
        page({ url: u('/ru/about'), crawlLevel: 1 }),
        page({ url: u('/ru/gone'), crawlLevel: 1, status: 404 }),
      ],
    });
    const urls = sampleTargets(snap, { langs: ['ru'], perLang: 5, longest: 1 }).map((t) => t.url.replace(HOME, ''));
    expect(urls).toEqual(['/ru/', '/ru/feedback', '/ru/law', '/ru/about', '/ru/news/1']);
  });
});
