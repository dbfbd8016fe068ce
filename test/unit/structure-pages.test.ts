/** A4-2.3 (elements on every page), A4-2.4 (breadcrumbs), A4-2.11 (site name) on hand-made snapshots. */
import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../crawler/snapshot/schema.ts';
import { runBreadcrumbs } from '../../rules/annex4/structure/breadcrumbsRule.ts';
import { runEveryPageElements } from '../../rules/annex4/structure/everyPageElementsRule.ts';
import { runSiteName } from '../../rules/annex4/structure/siteNameRule.ts';
import { HOME, link, page, snapshot } from './snapshotBuilder.ts';

interface Has { menu?: boolean; home?: boolean; sitemap?: boolean; search?: boolean; crumbs?: boolean }
function sitePage(url: string, lang: 'kk' | 'ru', has: Has = {}, over: Partial<PageRecord> = {}): PageRecord {
  const all = { menu: true, home: true, sitemap: true, search: true, crumbs: true, ...has };
  const links = [];
  if (all.menu) for (const s of ['about', 'news', 'services']) links.push(link({ url: `${HOME}/${lang}/${s}`, text: s, regions: ['nav'] }));
  links.push(link({ url: `${HOME}/${lang === 'kk' ? 'ru' : 'kk'}`, text: lang === 'kk' ? 'РУС' : 'ҚАЗ', regions: ['header', 'nav'], switchesTo: lang === 'kk' ? 'ru' : 'kk' }));
  if (all.home) links.push(link({ url: `${HOME}/${lang}`, text: 'Logo', regions: ['header'] }));
  if (all.sitemap) links.push(link({ url: `${HOME}/${lang}/map`, text: lang === 'kk' ? 'Сайт картасы' : 'Карта сайта', regions: ['footer'] }));
  if (all.crumbs) links.push(link({ url: `${HOME}/${lang}`, text: lang === 'kk' ? 'Басты бет' : 'Главная', regions: ['breadcrumbs'] }));
  const forms = all.search ? [{ action: `${HOME}/${lang}/search`, method: 'get', isSearch: true, fields: [], selector: 'form' }] : [];
  return page({ url, lang, links, forms, ...over });
}
/** 10 pages per language: the home page and 9 inner pages; `bad` of them (per language) lack what `has` removes. */
function pages(bad: number, has: Has): PageRecord[] {
  return (['kk', 'ru'] as const).flatMap((lang) => [
    sitePage(`${HOME}/${lang}`, lang, { crumbs: false }),
    ...Array.from({ length: 9 }, (_, i) => sitePage(`${HOME}/${lang}/p${i}`, lang, i < bad ? has : {})),
  ]);
}

describe('A4-2.3 elements on every page', () => {
  it('full points when every page has all four', () => {
    const [r] = runEveryPageElements(snapshot({ pages: pages(0, {}) }));
    expect(r).toMatchObject({ id: 'A4-2.3', points: 0.45, status: 'pass', deductions: [] });
    expect(r?.evidence.some((e) => e.kind === 'value' && e.value === 1)).toBe(true);
  });

  it('one missing page in ten per language is tolerated (90 % threshold)', () => {
    const [r] = runEveryPageElements(snapshot({ pages: pages(1, { search: false }) }));
    expect(r?.points).toBe(0.45);
  });

  it('−0.15 for each element missing on more than 10 % of pages, with the failing pages listed', () => {
    const [r] = runEveryPageElements(snapshot({ pages: pages(2, { search: false, sitemap: false }) }));
    expect(r?.points).toBe(0.15);
    expect(r?.deductions.map((d) => d.points)).toEqual([0.15, 0.15]);
    expect(r?.deductions[0]?.reason).toMatch(/Link to the site map.*16 of 20/);
    expect(r?.evidence.filter((e) => e.kind === 'page' && e.url?.endsWith('/kk/p0')).length).toBe(2);
  });

  it('floors at 0 when all four are missing everywhere', () => {
    const [r] = runEveryPageElements(snapshot({ pages: pages(9, { menu: false, home: false, sitemap: false, search: false }).filter((p) => !/\/(kk|ru)$/.test(p.url)) }));
    expect(r).toMatchObject({ points: 0, status: 'fail' });
    expect(r?.deductions.reduce((s, d) => s + d.points, 0)).toBeCloseTo(0.45);
  });

  it('a language switch and breadcrumbs are not a main menu; a link named «Главная» is a home link', () => {
    const p = sitePage(`${HOME}/ru/x`, 'ru', { menu: false, home: false });
    const [r] = runEveryPageElements(snapshot({ pages: [p] }));
    expect(r?.deductions.map((d) => d.reason)).toEqual([expect.stringMatching(/^Main navigation menu/)]);
  });

  it('not checked without pages', () => {
    expect(runEveryPageElements(snapshot())[0]?.status).toBe('not-checked');
  });
});

describe('A4-2.4 breadcrumbs', () => {
  it('present on inner pages → 1 (the home page does not need them)', () => {
    expect(runBreadcrumbs(snapshot({ pages: pages(0, {}) }))[0]).toMatchObject({ points: 1, status: 'pass' });
  });
  it('missing on more than 10 % of inner pages → 0', () => {
    const [r] = runBreadcrumbs(snapshot({ pages: pages(2, { crumbs: false }) }));
    expect(r).toMatchObject({ points: 0, status: 'fail' });
    expect(r?.deductions[0]?.reason).toMatch(/14 of 18/);
  });
});

describe('A4-2.11 site name', () => {
  const homes = (kkTitle: string, ruTitle: string) => [
    page({ url: `${HOME}/kk`, lang: 'kk', title: kkTitle }),
    page({ url: `${HOME}/ru`, lang: 'ru', title: ruTitle }),
  ];
  it('passes when both home pages name the official internet resource', () => {
    expect(runSiteName(snapshot({ pages: homes('Министрліктің ресми интернет-ресурсы', 'Официальный интернет-ресурс Министерства') }))[0]).toMatchObject({ points: 0.1, status: 'pass' });
  });
  it('the header logo text counts too', () => {
    const p = page({ url: `${HOME}/ru`, lang: 'ru', title: 'Министерство', links: [link({ url: `${HOME}/ru`, text: 'Официальный сайт Министерства', regions: ['header'] })] });
    expect(runSiteName(snapshot({ pages: [p] }))[0]?.points).toBe(0.1);
  });
  it('fails when one language does not say it', () => {
    const [r] = runSiteName(snapshot({ pages: homes('Министрліктің ресми интернет-ресурсы', 'Министерство культуры') }));
    expect(r).toMatchObject({ points: 0, status: 'fail' });
    expect(r?.deductions[0]?.reason).toMatch(/ru home page/);
  });
});

describe('structure rules index', () => {
  it('one rule per indicator, each with its interpretation', async () => {
    const { STRUCTURE_RULES, STRUCTURE_INTERPRETATIONS } = await import('../../rules/annex4/structure/index.ts');
    const ids = ['A4-2.1', 'A4-2.3', 'A4-2.4', 'A4-2.6', 'A4-2.7', 'A4-2.8', 'A4-2.9', 'A4-2.10', 'A4-2.11', 'A4-4.1', 'A4-4.3', 'A4-4.4'];
    expect(STRUCTURE_RULES.map((r) => r.id)).toEqual(ids);
    expect(STRUCTURE_INTERPRETATIONS.map((i) => i.about)).toEqual(ids);
    expect(STRUCTURE_INTERPRETATIONS.every((i) => !i.text.startsWith('Interpretation') && i.text.length > 40)).toBe(true);
  });
});
