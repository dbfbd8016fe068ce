import { describe, expect, it } from 'vitest';
import { runSiteMap } from '../../rules/annex4/siteMapRule.ts';
import { check, HOME, link, page, snapshot } from './snapshotBuilder.ts';

const MAP = `${HOME}/ru/sitemap`;
const home = (extra: Parameters<typeof link>[0][] = []) =>
  page({ url: `${HOME}/ru`, links: [link({ url: MAP, text: 'Карта сайта', regions: ['footer'], selector: 'footer a.map' }), ...extra.map(link)] });
const mapPage = (targets: string[]) =>
  page({
    url: MAP,
    title: 'Карта сайта',
    links: [
      link({ url: `${HOME}/ru/header-only`, text: 'Header', regions: ['header'] }),
      ...targets.map((url, i) => link({ url, text: `Раздел ${i}`, regions: ['main'], selector: `main li:nth-child(${i + 1}) a` })),
    ],
  });

describe('A4-2.5 site map', () => {
  it('fails with 0 when there is no HTML site map, even with sitemap.xml', () => {
    const snap = snapshot({
      site: { sitemaps: [{ url: `${HOME}/sitemap.xml`, status: 200, kind: 'urlset', urlCount: 300, from: 'robots', error: null }] },
      pages: [page({ url: `${HOME}/ru`, links: [link({ url: `${HOME}/sitemap.xml`, text: 'Sitemap' })] })],
    });
    const [result] = runSiteMap(snap);
    expect(result).toMatchObject({ id: 'A4-2.5', lang: null, points: 0, max: 0.4, status: 'fail' });
    expect(result?.summary).toMatch(/only sitemap.xml/);
    expect(result?.evidence.some((e) => e.url === `${HOME}/sitemap.xml` && /does not count/.test(e.label))).toBe(true);
  });

  it('gives 0.4 when the site map is found and its links work; header links are not the site map', () => {
    const targets = [`${HOME}/ru/a`, `${HOME}/ru/b`];
    const snap = snapshot({
      pages: [home(), mapPage(targets), page({ url: `${HOME}/ru/a` }), page({ url: `${HOME}/ru/header-only`, status: 404 })],
      checks: [check({ url: `${HOME}/ru/b`, purpose: 'sitemap-page-link', status: 200 })],
    });
    const [result] = runSiteMap(snap);
    expect(result).toMatchObject({ points: 0.4, status: 'pass', deductions: [] });
    expect(result?.evidence.find((e) => e.label === 'Site-map links that work')?.value).toBe(2);
    expect(result?.evidence.some((e) => e.kind === 'page' && e.url === MAP)).toBe(true);
    expect(result?.evidence.some((e) => /No HTML site map was found for: kk/.test(e.label))).toBe(true);
  });

  it('takes 0.1 per broken link', () => {
    const snap = snapshot({
      pages: [home(), mapPage([`${HOME}/ru/a`, `${HOME}/ru/gone`])],
      checks: [check({ url: `${HOME}/ru/a`, purpose: 'sitemap-page-link' }), check({ url: `${HOME}/ru/gone`, purpose: 'sitemap-page-link', status: 404 })],
    });
    const [result] = runSiteMap(snap);
    expect(result).toMatchObject({ points: 0.3, status: 'partial' });
    expect(result?.deductions).toEqual([{ reason: expect.stringContaining(`${HOME}/ru/gone (HTTP 404)`), points: 0.1 }]);
    expect(result?.evidence.some((e) => e.kind === 'element' && e.url === `${HOME}/ru/gone` && e.selector === 'main li:nth-child(2) a')).toBe(true);
  });

  it('caps the deduction at 0.2: 3 broken links → 0.2, not 0.1', () => {
    const broken = [`${HOME}/ru/x`, `${HOME}/ru/y`, `${HOME}/ru/z`];
    const snap = snapshot({
      pages: [home(), mapPage(broken), page({ url: `${HOME}/ru/x`, status: 500 })],
      checks: [
        check({ url: `${HOME}/ru/y`, purpose: 'sitemap-page-link', status: null, error: 'ECONNRESET' }),
        check({ url: `${HOME}/ru/z`, purpose: 'link', status: 410 }),
      ],
    });
    const [result] = runSiteMap(snap);
    expect(result?.points).toBe(0.2);
    expect(result?.deductions.map((d) => d.points)).toEqual([0.1, 0.1, 0]);
    expect(result?.deductions.reduce((s, d) => s + d.points, 0)).toBeCloseTo(0.2, 9);
    expect(result?.deductions[1]?.reason).toMatch(/ECONNRESET/);
  });

  it('counts one language version: the same entry broken in the kk and ru site maps is one defect', () => {
    const kkMap = `${HOME}/kz/sitemap`;
    const snap = snapshot({
      pages: [
        home([{ url: kkMap, text: 'Сайт картасы', regions: ['footer'] }]),
        mapPage([`${HOME}/ru/gone`]),
        page({ url: kkMap, lang: 'kk', title: 'Сайт картасы', links: [link({ url: `${HOME}/kz/gone`, text: 'Бөлім', regions: ['main'] }), link({ url: `${HOME}/kz/gone2`, text: 'Бөлім 2', regions: ['main'] })] }),
        page({ url: `${HOME}/ru/gone`, status: 404 }),
        page({ url: `${HOME}/kz/gone`, lang: 'kk', status: 404 }),
        page({ url: `${HOME}/kz/gone2`, lang: 'kk', status: 404 }),
      ],
    });
    const [result] = runSiteMap(snap);
    // kk has 2 broken, ru 1: the kk site map decides (−0.2), not 3 × 0.1 capped.
    expect(result?.deductions.map((d) => d.reason)).toEqual([expect.stringContaining('/kz/gone '), expect.stringContaining('/kz/gone2 ')]);
    expect(result?.points).toBe(0.2);
    expect(result?.evidence.some((e) => /per language: kk 2, ru 1; counted: kk/.test(e.label))).toBe(true);
  });

  it('counts links of unknown status as not broken and lists them as not checked', () => {
    const snap = snapshot({ pages: [home(), mapPage([`${HOME}/ru/never-checked`])] });
    const [result] = runSiteMap(snap);
    expect(result?.points).toBe(0.4);
    expect(result?.evidence.find((e) => /not checked \(status unknown/.test(e.label))?.value).toBe(1);
    expect(result?.evidence.some((e) => e.label.startsWith('Not checked:') && e.url === `${HOME}/ru/never-checked`)).toBe(true);
  });

  it('finds the site map by its Kazakh link text and by its URL path', () => {
    const kkMap = `${HOME}/kk/sayt-kartasy`;
    const snap = snapshot({
      pages: [
        page({ url: `${HOME}/kk`, lang: 'kk', links: [link({ url: kkMap, text: 'Сайт картасы', regions: ['footer'] })] }),
        page({ url: kkMap, lang: 'kk', title: 'Басты бет', links: [] }),
        page({ url: `${HOME}/ru/karta-saita`, title: 'Раздел', links: [] }),
      ],
    });
    const [result] = runSiteMap(snap);
    expect(result?.points).toBe(0.4);
    const found = result?.evidence.filter((e) => e.kind === 'page' && /^Site map/.test(e.label)).map((e) => e.url);
    expect(found).toEqual([kkMap, `${HOME}/ru/karta-saita`]);
  });

  it('fails when the site-map link leads to an error page', () => {
    const snap = snapshot({ pages: [home(), page({ url: MAP, status: 404, title: 'Not found' })] });
    const [result] = runSiteMap(snap);
    expect(result).toMatchObject({ points: 0, status: 'fail' });
    expect(result?.evidence.some((e) => /does not load \(HTTP 404\)/.test(e.label))).toBe(true);
  });

  it('is not checked when a site-map link exists but its page was never fetched', () => {
    const [result] = runSiteMap(snapshot({ pages: [home()] }));
    expect(result).toMatchObject({ points: 0, status: 'not-checked' });
  });
});
