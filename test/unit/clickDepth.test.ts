import { describe, expect, it } from 'vitest';
import { computeClickDepths } from '../../crawler/depth/clickDepth.ts';
import type { LanguageVersion } from '../../crawler/snapshot/schema.ts';
import { HOME, link, page } from './snapshotBuilder.ts';

const u = (path: string) => `${HOME}${path}`;
const to = (path: string, extra = {}) => link({ url: u(path), ...extra });
const langs: LanguageVersion[] = [
  { lang: 'kk', homeUrl: u('/kz/'), source: 'start' },
  { lang: 'ru', homeUrl: u('/ru/'), source: 'switcher' },
];

describe('computeClickDepths', () => {
  it('measures the shortest chain of same-language links, ignoring language switches', () => {
    const pages = [
      // The start URL redirected to /kz/: both names are one page.
      page({ url: u('/'), finalUrl: u('/kz/'), lang: 'kk', discoveredVia: 'start', links: [to('/kz/a'), to('/ru/', { switchesTo: 'ru' }), to('/kz/b')] }),
      page({ url: u('/kz/a'), lang: 'kk', links: [to('/kz/a/1'), to('/ru/a', { switchesTo: 'ru' })] }),
      page({ url: u('/kz/b'), lang: 'kk', links: [to('/kz/a/1/x')] }),
      page({ url: u('/kz/a/1'), lang: 'kk', links: [to('/kz/a/1/x')] }),
      page({ url: u('/kz/a/1/x'), lang: 'kk', links: [to('/')] }),
      page({ url: u('/kz/orphan'), lang: 'kk', discoveredVia: 'sitemap' }),
      page({ url: u('/ru/'), lang: 'ru', links: [to('/kz/a/1', { switchesTo: 'kk' })] }),
      page({ url: u('/ru/a'), lang: 'ru' }),
      page({ url: u('/kz/broken'), lang: 'kk', status: 404 }),
    ];
    const { depths, summary } = computeClickDepths(pages, langs, [{ url: u('/kz/a/1/x/deeper'), lang: 'kk', reason: 'max-depth' }, { url: u('/ru/skip'), lang: 'ru', reason: 'robots' }]);
    expect(depths[u('/kz/')]).toBe(0);
    expect(depths[u('/kz/a/1/x')]).toBe(2);
    expect(depths[u('/kz/orphan')]).toBeNull();
    // /ru/a is reachable only through a language switch from a kk page.
    expect(depths[u('/ru/a')]).toBeNull();
    expect(depths[u('/kz/broken')]).toBeUndefined();
    expect(summary.find((s) => s.lang === 'kk')).toMatchObject({ histogram: { 0: 1, 1: 2, 2: 2 }, unreachable: 1, beyondMaxDepth: 1, total: 6 });
    expect(summary.find((s) => s.lang === 'ru')).toMatchObject({ histogram: { 0: 1 }, unreachable: 1, beyondMaxDepth: 0, total: 2 });
  });

  it('leaves a splash start page out of the materials', () => {
    const pages = [
      page({ url: u('/'), lang: 'kk', discoveredVia: 'start', metaRefresh: '5;url=/kz/', links: [to('/kz/', { switchesTo: 'kk' })] }),
      page({ url: u('/kz/'), lang: 'kk', discoveredVia: 'language' }),
    ];
    const { summary } = computeClickDepths(pages, langs.slice(0, 1));
    expect(summary[0]).toMatchObject({ histogram: { 0: 1 }, unreachable: 0, total: 1 });
  });
});
