// Tests of the fixture test bed (test/fixtures): the pure model, the server of both styles, the
// mobile modes, every defect, and the unified app in a real browser.

import { findBrowser } from '../../crawler/browser/findBrowser.ts';
import { QUIET_CHROMIUM_ARGS } from '../../crawler/browser/launchBrowser.ts';
import { existsSync } from 'node:fs';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSiteModel,
  collectLinks,
  DEFECT_KEYS,
  DEFECTS,
  DESKTOP_UA,
  PHONE_UA,
  request,
  startFixtureSite,
  type DefectKey,
  type FixtureOptions,
  type FixtureSite,
  type ModelPage,
  type SiteModel,
} from '../fixtures/index.ts';
import { buildExpected } from '../fixtures/expected.ts';
import { resolveHref, type HostContext } from '../fixtures/render/html.ts';

function hostsFor(port: number, requestHost = `127.0.0.1:${port}`): HostContext {
  return { requestHost, mainHost: requestHost, mobileHost: `m.www.example-akimat.kz:${port}` };
}

function renderedHrefs(html: string, scope = 'body'): string[] {
  const $ = load(html);
  return $(`${scope} a[href]`)
    .map((_i, el) => $(el).attr('href') ?? '')
    .get()
    .sort();
}

function modelHrefs(page: ModelPage, hosts: HostContext): string[] {
  return page.links.map((l) => resolveHref(l, hosts)).sort();
}

async function withSite<T>(options: FixtureOptions, fn: (site: FixtureSite) => Promise<T>): Promise<T> {
  const site = await startFixtureSite(options);
  try {
    return await fn(site);
  } finally {
    await site.close();
  }
}

// ---------------------------------------------------------------------------------------------
describe('site model (pure)', () => {
  const classic = buildSiteModel({ style: 'classic' });
  const unified = buildSiteModel({ style: 'unified' });

  it('has a moderate number of pages per language, for both styles', () => {
    for (const m of [classic, unified]) {
      for (const lang of m.options.languages) {
        const n = m.pages.filter((p) => p.lang === lang).length;
        expect(n).toBeGreaterThanOrEqual(25);
        expect(n).toBeLessThanOrEqual(60);
      }
    }
  });

  it('uses the URL scheme of each style', () => {
    expect(classic.homeUrls).toEqual({ kk: '/kz/', ru: '/ru/', en: '/en/' });
    expect(classic.pages.every((p) => /^\/(kz|ru|en)\//.test(p.url))).toBe(true);
    expect(unified.homeUrls.kk).toBe('/memleket/entities/example-ministry?lang=kk');
    expect(unified.pages.every((p) => p.url.startsWith('/memleket/entities/example-ministry') && p.url.includes(`lang=${p.lang}`))).toBe(true);
    expect(unified.pages.some((p) => p.url === '/memleket/entities/example-ministry/press/news?lang=ru')).toBe(true);
    expect(unified.pages.some((p) => /\/press\/news\/details\/\d+\?lang=kk$/.test(p.url))).toBe(true);
  });

  it('names the sections the way gov.kz sites do, in kk and ru', () => {
    const h1s = (m: SiteModel, lang: string) => new Set(m.pages.filter((p) => p.lang === lang).map((p) => p.h1));
    const kk = h1s(classic, 'kk');
    const ru = h1s(classic, 'ru');
    for (const name of ['Мемлекеттік рәміздер', 'Жалпы мәліметтер', 'Бос орындар', 'Азаматтарды қабылдау кестесі', 'Сыбайлас жемқорлыққа қарсы іс-қимыл', 'Мемлекеттік сатып алу', 'Бюджеттің атқарылуы', 'Мемлекеттік қызметтер', 'Жаңалықтар', 'Хабарландырулар', 'Байланыс', 'Сайт картасы', 'Жиі қойылатын сұрақтар', 'Кері байланыс']) {
      expect(kk, name).toContain(name);
    }
    for (const name of ['Государственные символы', 'Общие сведения', 'Вакансии', 'График приема граждан', 'Противодействие коррупции', 'Государственные закупки', 'Исполнение бюджета', 'Государственные услуги', 'Новости', 'Объявления', 'Контакты', 'Карта сайта', 'Часто задаваемые вопросы', 'Обратная связь']) {
      expect(ru, name).toContain(name);
    }
  });

  it('links only to pages that exist, and every page link stays in its language', () => {
    for (const m of [classic, unified]) {
      for (const p of m.pages) {
        for (const l of p.links.filter((x) => x.kind === 'page')) {
          const target = m.pageByUrl.get(l.href);
          expect(target, `${p.url} → ${l.href}`).toBeDefined();
          expect(target!.lang).toBe(p.lang);
        }
        expect(collectLinks(p)).toEqual(p.links);
      }
    }
  });

  it('points the language switcher to the same page in the other language', () => {
    for (const p of classic.pages) {
      for (const l of p.chrome.langSwitch) {
        const target = classic.pageByUrl.get(l.href)!;
        expect(target.lang).toBe(l.hreflang);
        expect(target.id).toBe(p.id);
      }
    }
    expect(classic.pages[0]!.chrome.langSwitch.map((l) => l.text)).toEqual(['ҚАЗ', 'РУС', 'ENG']);
  });

  it('computes depths by BFS: home 0, histogram sums to the page count, 2 orphans per language', () => {
    for (const m of [classic, unified]) {
      const e = buildExpected(m);
      for (const lang of e.languages) {
        const pages = e.pages.filter((p) => p.lang === lang);
        const h = e.depthHistogram(lang);
        const sum = Object.entries(h).reduce((s, [k, v]) => s + (k === 'unreachable' ? 0 : v), 0) + h.unreachable;
        expect(sum).toBe(pages.length);
        expect(h[0]).toBe(1);
        expect(h.unreachable).toBe(2);
        expect(pages.find((p) => p.url === m.homeUrls[lang])!.depth).toBe(0);
        expect(e.shareDeeperThan(lang, 5)).toBe(0);
      }
      expect(e.orphans).toHaveLength(2 * e.languages.length);
    }
  });

  it('depth of a page is one more than the shallowest page linking to it', () => {
    const e = buildExpected(classic);
    const depth = new Map(e.pages.map((p) => [p.url, p.depth]));
    for (const p of classic.pages) {
      const d = depth.get(p.url);
      if (d === null || d === undefined || d === 0) continue;
      const parents = classic.pages.filter((q) => q.lang === p.lang && q.links.some((l) => l.kind === 'page' && l.href === p.url));
      const best = Math.min(...parents.map((q) => depth.get(q.url) ?? Infinity));
      expect(d).toBe(best + 1);
    }
  });

  it('makes more than half of the pages deeper than 5 clicks with deepChain 12 or deepSite', () => {
    for (const opts of [{ style: 'classic', deepChain: 12 }, { style: 'unified', deepChain: 12 }, { style: 'classic', defects: { deepSite: true } }] as FixtureOptions[]) {
      const e = buildExpected(buildSiteModel(opts));
      for (const lang of e.languages) expect(e.shareDeeperThan(lang, 5), JSON.stringify(opts)).toBeGreaterThan(0.5);
    }
  });

  it('exposes kk/ru/en pairs of counterpart pages', () => {
    const e = buildExpected(classic);
    expect(e.pairs.length).toBe(classic.pages.filter((p) => p.lang === 'kk').length);
    expect(e.pairs).toContainEqual({ kk: '/kz/about/symbols', ru: '/ru/about/symbols', en: '/en/about/symbols' });
  });

  it('dates are relative to options.today and deterministic', () => {
    const a = buildSiteModel({ style: 'classic', today: '2026-11-20' });
    const b = buildSiteModel({ style: 'classic', today: '2026-11-20' });
    expect(JSON.stringify(a.pages)).toBe(JSON.stringify(b.pages));
    const news = a.pages.find((p) => p.kind === 'news' && p.lang === 'ru')!;
    expect(news.published!.startsWith('2026-11-19')).toBe(true);
    const html = JSON.stringify(a.pages.find((p) => p.kind === 'home' && p.lang === 'kk')!.blocks);
    expect(html).toContain('2026 жылғы 19 қараша');
    expect(JSON.stringify(a.pages.find((p) => p.kind === 'home' && p.lang === 'ru')!.blocks)).toContain('19 ноября 2026 г.');
    const later = buildSiteModel({ style: 'classic', today: '2027-03-01' });
    expect(later.pages.find((p) => p.kind === 'news')!.published!.startsWith('2027-02-28')).toBe(true);
  });

  it('rejects unknown defects and has a registry entry for every defect key', () => {
    expect(() => buildSiteModel({ style: 'classic', defects: { noSuchDefect: true } as never })).toThrow(/Unknown fixture defect/);
    for (const k of DEFECT_KEYS) expect(DEFECTS[k].description.length).toBeGreaterThan(5);
  });
});

// ---------------------------------------------------------------------------------------------
describe('classic server', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await startFixtureSite({ style: 'classic' });
  });
  afterAll(async () => {
    await site.close();
  });

  it('serves every page with 200, the right html lang, and exactly the model links', async () => {
    const hosts = hostsFor(site.port);
    for (const page of site.model.pages) {
      const r = await request(site.port, page.url);
      expect(r.status, page.url).toBe(200);
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
      const $ = load(r.text);
      expect($('html').attr('lang')).toBe(page.lang);
      expect($('title').text()).toBe(page.title);
      expect($('h1').first().text()).toBe(page.h1);
      expect(renderedHrefs(r.text), page.url).toEqual(modelHrefs(page, hosts));
    }
  });

  it('has the chrome of an official site on every page', async () => {
    const r = await request(site.port, '/kz/about/symbols');
    const $ = load(r.text);
    expect($('a[href]').first().text()).toBe('Негізгі мазмұнға өту');
    expect($('meta[name=viewport]').attr('content')).toBe('width=device-width, initial-scale=1');
    expect($('.brand-name').text()).toContain('әкімдігінің ресми интернет-ресурсы');
    expect($('nav.main-nav a').length).toBeGreaterThan(5);
    expect($('nav[aria-label="breadcrumb"] li').length).toBe(3);
    expect($('a.sitemap-link').attr('href')).toBe('/kz/sitemap');
    const form = $('form[role=search]').first();
    expect(form.attr('method')).toBe('get');
    expect(form.find('input[name=q]').attr('maxlength')).toBe('100');
    expect($('a[hreflang=ru]').attr('href')).toBe('/ru/about/symbols');
    expect($('footer').text()).toMatch(/\+7 7162 25 10 10/);
    expect($('footer a[href^="mailto:"]').length).toBe(1);
    expect($('footer a[href="/admin/"]').length).toBe(1);
    expect($('link[type="application/rss+xml"]').length).toBe(2);
    expect($('link[type="application/atom+xml"]').length).toBe(1);
    const ru = load((await request(site.port, '/ru/')).text);
    expect(ru('.brand-name').text()).toBe('Официальный интернет-ресурс акимата города Кокшетау');
    expect(ru('a.skip-link').text()).toBe('Перейти к основному содержанию');
  });

  it('redirects / to /kz/ with 302', async () => {
    const r = await request(site.port, '/');
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe('/kz/');
    expect(site.expected.directHomeAccess).toBe(true);
  });

  it('records a POST and answers 405', async () => {
    const before = site.requests.length;
    const r = await request(site.port, '/kz/feedback', { method: 'POST', body: 'name=x&email=a%40b.kz&message=hi' });
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD');
    const rec = site.requests.slice(before).find((q) => q.method === 'POST');
    expect(rec).toMatchObject({ method: 'POST', url: '/kz/feedback', host: `127.0.0.1:${site.port}` });
    const $ = load((await request(site.port, '/kz/feedback')).text);
    expect($('form.feedback-form').attr('method')).toBe('post');
    expect($('form.feedback-form').attr('action')).toBe('/kz/feedback');
    expect($('form.feedback-form [required]').length).toBe(3);
    expect($('#fb-email-error').text()).toBe('Электрондық пошта мекенжайын дұрыс енгізіңіз.');
  });

  it('serves documents with the right type and length, and honours Range with 206', async () => {
    expect(site.expected.documents.map((d) => d.format).sort()).toEqual(expect.arrayContaining(['docx', 'pdf', 'rar', 'zip']));
    expect(site.expected.documents.some((d) => d.showsFormatAndSize)).toBe(true);
    expect(site.expected.documents.some((d) => !d.showsFormatAndSize)).toBe(true);
    const magic: Record<string, string> = { pdf: '%PDF-', docx: 'PK', zip: 'PK', rar: 'Rar!' };
    for (const doc of site.expected.documents.filter((d) => d.lang === 'kk')) {
      const head = await request(site.port, doc.url, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers['content-type']).toBe(doc.contentType);
      expect(Number(head.headers['content-length'])).toBe(doc.bytes);
      expect(head.headers['accept-ranges']).toBe('bytes');
      const full = await request(site.port, doc.url);
      expect(full.body.length).toBe(doc.bytes);
      expect(full.body.subarray(0, magic[doc.format]!.length).toString('latin1')).toBe(magic[doc.format]);
    }
    const pdf = site.expected.documents.find((d) => d.format === 'pdf')!;
    const part = await request(site.port, pdf.url, { headers: { range: 'bytes=0-99' } });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-99/${pdf.bytes}`);
    expect(part.body.length).toBe(100);
    const tail = await request(site.port, pdf.url, { headers: { range: 'bytes=-10' } });
    expect(tail.status).toBe(206);
    expect(tail.body.toString('latin1')).toContain('%%EOF');
    const bad = await request(site.port, pdf.url, { headers: { range: `bytes=${pdf.bytes + 10}-` } });
    expect(bad.status).toBe(416);
  });

  it('shows format and size in some document link texts', async () => {
    const $ = load((await request(site.port, '/ru/activity/budget')).text);
    expect($('a.doc-pdf').text()).toMatch(/\(PDF, \d+ КБ\)$/);
    const proc = load((await request(site.port, '/ru/activity/procurement')).text);
    expect(proc('a.doc-rar').text()).not.toMatch(/КБ/);
  });

  it('serves robots.txt, a sitemap index and per-language urlsets with the request host', async () => {
    const host = `www.example-akimat.kz:${site.port}`;
    const robots = (await request(site.port, '/robots.txt', { host })).text;
    expect(robots).toContain('User-agent: *');
    expect(robots).toContain('Disallow: /admin/');
    expect(robots).toContain(`Sitemap: http://${host}/sitemap.xml`);
    const index = (await request(site.port, '/sitemap.xml', { host })).text;
    expect(index).toContain('<sitemapindex');
    expect(index).toContain(`<loc>http://${host}/sitemap-kk.xml</loc>`);
    expect(index).toContain(`<loc>http://${host}/sitemap-ru.xml</loc>`);
    const kk = (await request(site.port, '/sitemap-kk.xml', { host })).text;
    const locs = [...kk.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(`http://${host}`, ''));
    expect(locs.sort()).toEqual(site.expected.pages.filter((p) => p.lang === 'kk').map((p) => p.url).sort());
    expect(kk).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
    for (const orphan of site.expected.orphans) expect((await request(site.port, orphan)).status).toBe(200);
  });

  it('serves RSS 2.0 news/announcements and an Atom procurement feed', async () => {
    const kinds = site.expected.feeds.filter((f) => f.lang === 'ru').map((f) => `${f.kind}:${f.format}`);
    expect(kinds.sort()).toEqual(['announcements:rss', 'news:rss', 'procurement:atom']);
    const rss = await request(site.port, '/ru/rss/news.xml');
    expect(rss.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(rss.text).toContain('<rss version="2.0"');
    expect((rss.text.match(/<item>/g) ?? []).length).toBe(6);
    expect((await request(site.port, '/ru/rss/announcements.xml')).text).toContain('<item>');
    const atom = await request(site.port, '/ru/atom/procurement.xml');
    expect(atom.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect((atom.text.match(/<entry>/g) ?? []).length).toBe(4);
  });

  it('searches the full text and keeps the query in the field on a separate page', async () => {
    const url = site.expected.searchUrl('kk', 'мектеп');
    expect(url).toBe('/kz/search?q=%D0%BC%D0%B5%D0%BA%D1%82%D0%B5%D0%BF');
    const $ = load((await request(site.port, url)).text);
    expect($('#search-q').attr('value')).toBe('мектеп');
    expect($('#site-search').attr('value')).toBe('мектеп');
    expect($('.search-results li').length).toBeGreaterThan(0);
    expect($('.search-results a').first().attr('href')).toMatch(/^\/kz\//);
    expect($('select[name=section]').length).toBe(1);
    const ru = load((await request(site.port, '/ru/search?q=' + encodeURIComponent('жилищной помощи'))).text);
    expect(ru('.search-results a').map((_i, el) => ru(el).attr('href')).get()).toContain('/ru/services');
    // the search page is never linked with <a>
    expect(site.model.pages.some((p) => p.links.some((l) => l.href.includes('/search')))).toBe(false);
  });

  it('uses the Host header for absolute links', async () => {
    const host = `www.example-akimat.kz:${site.port}`;
    const r = await request(site.port, '/kz/', { host });
    expect(renderedHrefs(r.text)).toContain(`http://${host}/kz/`);
    expect(site.homeUrl('kk', { publicHost: true })).toBe(`http://www.example-akimat.kz:${site.port}/kz/`);
    expect(site.homeUrl('ru')).toBe(`http://127.0.0.1:${site.port}/ru/`);
    const local = await request(site.port, '/kz/', { host: `localhost:${site.port}` });
    expect(local.status).toBe(200);
  });

  it('answers 404 for unknown paths and for the m. host in responsive mode', async () => {
    expect((await request(site.port, '/kz/no-such-page')).status).toBe(404);
    expect((await request(site.port, '/kz/', { host: `m.www.example-akimat.kz:${site.port}` })).status).toBe(404);
    expect(site.expected.mobileK).toBe(5);
  });

  it('records every request with its host and user agent', async () => {
    await request(site.port, '/ru/contacts', { userAgent: 'TekserTest/1.0' });
    const last = site.requests.at(-1)!;
    expect(last).toMatchObject({ method: 'GET', url: '/ru/contacts', userAgent: 'TekserTest/1.0' });
    expect(typeof last.time).toBe('number');
  });
});

// ---------------------------------------------------------------------------------------------
describe('unified server', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await startFixtureSite({ style: 'unified' });
  });
  afterAll(async () => {
    await site.close();
  });

  it('returns the same empty shell for every page URL', async () => {
    const a = await request(site.port, site.model.homeUrls.kk!);
    const news = site.model.pages.find((p) => p.kind === 'news' && p.lang === 'ru')!;
    const b = await request(site.port, news.url);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(a.text).toBe(b.text);
    const $ = load(a.text);
    expect($('#root').children().length).toBe(0);
    expect($('script[src="/static/app.js"]').length).toBe(1);
    expect($('a').length).toBe(0);
    expect($('h1').length).toBe(0);
    expect(a.text).not.toContain('интернет-ресурс');
    expect((await request(site.port, '/memleket/entities/example-ministry/nope?lang=kk')).status).toBe(404);
  });

  it('serves the content through the JSON API', async () => {
    const page = site.model.pages.find((p) => p.id === 'section:symbols' && p.lang === 'ru')!;
    const [path, query] = page.url.split('?');
    const r = await request(site.port, `/api/v1/entities/example-ministry/page?path=${encodeURIComponent(path!)}&${query}`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    const data = JSON.parse(r.text) as { lang: string; h1: string; title: string; blocks: unknown[]; chrome: { siteName: string } };
    expect(data.lang).toBe('ru');
    expect(data.h1).toBe('Государственные символы');
    expect(data.chrome.siteName).toBe('Официальный интернет-ресурс Министерства культуры и информации Республики Казахстан');
    expect(data.blocks.length).toBeGreaterThan(2);
    const missing = await request(site.port, '/api/v1/entities/example-ministry/page?path=/memleket/entities/example-ministry/nope&lang=kk');
    expect(missing.status).toBe(404);
    const page2 = await request(site.port, `/api/v1/entities/example-ministry/page?path=${encodeURIComponent('/memleket/entities/example-ministry/press/news')}&lang=kk&page=2`);
    expect(JSON.parse(page2.text).url).toBe('/memleket/entities/example-ministry/press/news?lang=kk&page=2');
  });

  it('serves app.js that waits, fetches the API and uses pushState', async () => {
    const r = await request(site.port, '/static/app.js');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(r.text).toContain('/api/v1/entities/example-ministry/page');
    expect(r.text).toContain('history.pushState');
    expect(r.text).toContain('var DELAY = 150');
  });

  it('serves its feeds, sitemaps, documents and answers POST with 405', async () => {
    for (const f of site.expected.feeds) expect((await request(site.port, f.url)).status, f.url).toBe(200);
    const kk = (await request(site.port, '/sitemap-kk.xml')).text;
    expect(kk).toContain('/memleket/entities/example-ministry?lang=kk</loc>');
    expect(kk).toContain('&amp;page=2');
    const post = await request(site.port, '/memleket/entities/example-ministry/feedback?lang=kk', { method: 'POST', body: 'a=b' });
    expect(post.status).toBe(405);
    expect(site.requests.some((q) => q.method === 'POST')).toBe(true);
  });

  it('finds pages through the search API', async () => {
    const url = site.expected.searchUrl('kk', 'мектеп');
    expect(url).toBe('/memleket/entities/example-ministry/search?lang=kk&q=%D0%BC%D0%B5%D0%BA%D1%82%D0%B5%D0%BF');
    expect((await request(site.port, url)).status).toBe(200);
    const r = await request(site.port, `/api/v1/entities/example-ministry/page?path=${encodeURIComponent('/memleket/entities/example-ministry/search')}&lang=kk&q=${encodeURIComponent('мектеп')}`);
    const data = JSON.parse(r.text) as { blocks: { type: string; items?: unknown[] }[] };
    expect(data.blocks.find((b) => b.type === 'search-results')!.items!.length).toBeGreaterThan(0);
  });

  it('redirects / to the kk entity page', async () => {
    const r = await request(site.port, '/');
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe('/memleket/entities/example-ministry?lang=kk');
  });
});

// ---------------------------------------------------------------------------------------------
describe('mobile modes', () => {
  it('m-redirect: phones are sent to the m. host, which links back to the full version', async () => {
    await withSite({ style: 'classic', mobile: 'm-redirect' }, async (site) => {
      expect(site.mobileHost).toBe('m.www.example-akimat.kz');
      const host = `www.example-akimat.kz:${site.port}`;
      const phone = await request(site.port, '/ru/', { host, userAgent: PHONE_UA });
      expect(phone.status).toBe(302);
      expect(phone.headers.location).toBe(`http://m.www.example-akimat.kz:${site.port}/ru/`);
      const desk = await request(site.port, '/kz/', { host, userAgent: DESKTOP_UA });
      expect(desk.status).toBe(200);
      expect(load(desk.text)('meta[name=viewport]').length).toBe(0);
      expect((await request(site.port, '/static/site.css')).text).toContain('body{width:1200px}');
      expect((await request(site.port, '/kz/?full=1', { host, userAgent: PHONE_UA })).status).toBe(200);
      expect((await request(site.port, '/kz/about', { host, userAgent: PHONE_UA })).status).toBe(200);
      const m = await request(site.port, '/kz/', { host: `m.www.example-akimat.kz:${site.port}`, userAgent: PHONE_UA });
      expect(m.status).toBe(200);
      const $ = load(m.text);
      expect($('meta[name=viewport]').attr('content')).toContain('width=device-width');
      const back = $('a').filter((_i, el) => $(el).text() === 'Толық нұсқа');
      expect(back.attr('href')).toBe(`http://www.example-akimat.kz:${site.port}/kz/?full=1`);
      expect(site.expected.mobileK).toBe(5);
      expect(site.expected.linkBackPenalty).toBe(0);
    });
  });

  it('m-redirect with noMobileLinkBack: no link back, penalty 1', async () => {
    await withSite({ style: 'classic', mobile: 'm-redirect', defects: { noMobileLinkBack: true } }, async (site) => {
      const m = await request(site.port, '/ru/', { host: `m.www.example-akimat.kz:${site.port}` });
      expect(m.text).not.toContain('Полная версия');
      expect(site.expected.linkBackPenalty).toBe(1);
      expect(site.expected.failingIndicators).toContain('M-link-back');
    });
  });

  it('m-link: desktop for everyone, a link to the mobile version on the home page', async () => {
    await withSite({ style: 'classic', mobile: 'm-link' }, async (site) => {
      const host = `www.example-akimat.kz:${site.port}`;
      const phone = await request(site.port, '/kz/', { host, userAgent: PHONE_UA });
      expect(phone.status).toBe(200);
      const $ = load(phone.text);
      const link = $('a').filter((_i, el) => $(el).text() === 'Мобильді нұсқа');
      expect(link.attr('href')).toBe(`http://m.www.example-akimat.kz:${site.port}/kz/`);
      expect($('meta[name=viewport]').length).toBe(0);
      expect((await request(site.port, '/kz/', { host: `m.www.example-akimat.kz:${site.port}` })).status).toBe(200);
      expect(site.expected.mobileK).toBe(3);
    });
  });

  it('desktop-only: no viewport, no mobile host, k = 0', async () => {
    await withSite({ style: 'unified', mobile: 'desktop-only' }, async (site) => {
      const shell = await request(site.port, site.model.homeUrls.kk!, { userAgent: PHONE_UA });
      expect(shell.status).toBe(200);
      expect(shell.text).not.toContain('viewport');
      expect((await request(site.port, '/', { host: `m.www.gov.kz:${site.port}` })).status).toBe(404);
      expect(site.expected.mobileK).toBe(0);
    });
  });

  it('unified m-redirect sends phones to the m. host entity page', async () => {
    await withSite({ style: 'unified', mobile: 'm-redirect' }, async (site) => {
      const r = await request(site.port, '/memleket/entities/example-ministry?lang=ru', { host: `www.gov.kz:${site.port}`, userAgent: PHONE_UA });
      expect(r.status).toBe(302);
      expect(r.headers.location).toBe(`http://m.www.gov.kz:${site.port}/memleket/entities/example-ministry?lang=ru`);
      const m = await request(site.port, '/memleket/entities/example-ministry?lang=ru', { host: `m.www.gov.kz:${site.port}` });
      expect(load(m.text)('h1').text()).toBe('Министерство культуры и информации Республики Казахстан');
    });
  });
});

// ---------------------------------------------------------------------------------------------
type DefectCheck = (site: FixtureSite) => Promise<void>;
const get = (site: FixtureSite, path: string) => request(site.port, path);
const html = async (site: FixtureSite, path: string) => load((await get(site, path)).text);

const DEFECT_CHECKS: Record<DefectKey, { value?: number; check: DefectCheck }> = {
  splash: {
    check: async (s) => {
      const r = await get(s, '/');
      expect(r.status).toBe(200);
      expect(r.text).toContain('<meta http-equiv="refresh" content="5;url=/kz/">');
      expect(r.text).toContain('Сайтқа кіру');
      expect(r.text).toContain('Войти на сайт');
      expect(s.expected.directHomeAccess).toBe(false);
    },
  },
  home500: {
    check: async (s) => {
      expect((await get(s, '/kz/')).status).toBe(500);
      expect((await get(s, '/robots.txt')).status).toBe(500);
    },
  },
  noSitemapPage: {
    check: async (s) => {
      expect((await get(s, '/kz/sitemap')).status).toBe(404);
      expect((await get(s, '/kz/')).text).not.toContain('/kz/sitemap');
      expect((await get(s, '/sitemap.xml')).status).toBe(200);
      expect(s.expected.sitemapPage.kk).toBeNull();
    },
  },
  brokenSitemapLinks: {
    value: 3,
    check: async (s) => {
      const $ = await html(s, '/kz/sitemap');
      const hrefs = $('main a[href^="/"]').map((_i, el) => $(el).attr('href')).get();
      let broken = 0;
      for (const h of hrefs) if ((await get(s, h)).status === 404) broken++;
      expect(broken).toBe(3);
      expect(s.expected.sitemapPageBrokenLinks).toBe(3);
    },
  },
  noRss: {
    check: async (s) => {
      expect(s.expected.feeds).toEqual([]);
      expect((await get(s, '/kz/')).text).not.toContain('application/rss+xml');
      expect((await get(s, '/kz/rss/news.xml')).status).toBe(404);
    },
  },
  noProcurementFeed: {
    check: async (s) => {
      expect(new Set(s.expected.feeds.map((f) => f.kind))).toEqual(new Set(['news', 'announcements']));
      expect((await get(s, '/ru/atom/procurement.xml')).status).toBe(404);
      expect((await get(s, '/ru/rss/announcements.xml')).status).toBe(200);
    },
  },
  noMobileLinkBack: {
    check: async (s) => {
      // only meaningful with a separate mobile version; see "mobile modes"
      expect(s.expected.linkBackPenalty).toBe(0);
    },
  },
  deepSite: {
    check: async (s) => {
      for (const l of s.expected.languages) expect(s.expected.shareDeeperThan(l, 5)).toBeGreaterThan(0.5);
      const deepest = s.expected.pages.filter((p) => p.depth !== null && p.depth > 5)[0]!;
      expect((await get(s, deepest.url)).status).toBe(200);
    },
  },
  noBreadcrumbs: {
    check: async (s) => {
      expect((await html(s, '/kz/about/symbols'))('nav[aria-label="breadcrumb"]').length).toBe(0);
    },
  },
  noSearch: {
    check: async (s) => {
      expect((await html(s, '/kz/'))('form[role=search]').length).toBe(0);
      expect((await get(s, '/kz/search?q=a')).status).toBe(404);
    },
  },
  noSkipLink: {
    check: async (s) => {
      expect((await get(s, '/kz/')).text).not.toContain('Негізгі мазмұнға өту');
    },
  },
  noSiteName: {
    check: async (s) => {
      expect((await get(s, '/kz/')).text).not.toMatch(/ресми интернет-ресурс/i);
      expect((await get(s, '/ru/about')).text).not.toMatch(/официальный интернет-ресурс/i);
    },
  },
  noFaq: {
    check: async (s) => {
      expect((await get(s, '/kz/faq')).status).toBe(404);
      expect((await get(s, '/kz/')).text).not.toContain('Жиі қойылатын сұрақтар');
    },
  },
  noFeedbackForm: {
    check: async (s) => {
      expect((await get(s, '/kz/feedback')).status).toBe(404);
      for (const p of s.model.pages.filter((x) => x.lang === 'kk').slice(0, 10)) expect((await html(s, p.url))('form[method=post]').length).toBe(0);
    },
  },
  noEnglish: {
    check: async (s) => {
      expect(s.expected.languages).toEqual(['kk', 'ru']);
      expect((await get(s, '/en/')).status).toBe(404);
      expect((await get(s, '/kz/')).text).not.toContain('ENG');
    },
  },
  externalLinksSameTab: {
    check: async (s) => {
      const $ = await html(s, '/kz/');
      expect($('a[href^="https://"]').length).toBeGreaterThan(0);
      expect($('a[target=_blank]').length).toBe(0);
    },
  },
  imagesWithoutAlt: {
    check: async (s) => {
      expect((await html(s, '/kz/'))('img:not([alt])').length).toBeGreaterThan(0);
    },
  },
  lowContrast: {
    check: async (s) => {
      expect((await get(s, '/static/site.css')).text).toContain('color:#999');
    },
  },
  zoomBreaks: {
    check: async (s) => {
      expect((await get(s, '/static/site.css')).text).toContain('.container{width:1000px');
    },
  },
  autoplayVideo: {
    check: async (s) => {
      const $ = await html(s, '/kz/');
      const v = $('video');
      expect(v.attr('autoplay')).toBeDefined();
      expect(v.attr('muted')).toBeDefined();
      expect(v.attr('loop')).toBeDefined();
      expect(v.attr('controls')).toBeUndefined();
      const media = await get(s, v.attr('src')!);
      expect(media.headers['content-type']).toBe('video/webm');
      expect(media.body.readUInt32BE(0)).toBe(0x1a45dfa3);
    },
  },
  carouselNoPause: {
    check: async (s) => {
      const $ = await html(s, '/kz/');
      expect($('.carousel').attr('data-interval')).toBe('2000');
      expect($('.carousel-toggle').length).toBe(0);
    },
  },
  searchMaxlength10: {
    check: async (s) => {
      expect((await html(s, '/kz/'))('input[name=q]').attr('maxlength')).toBe('10');
    },
  },
  langSwitchToHome: {
    check: async (s) => {
      const $ = await html(s, '/kz/about/symbols');
      expect($('a[hreflang=ru]').attr('href')).toBe('/ru/');
    },
  },
  noDates: {
    check: async (s) => {
      const news = s.model.pages.find((p) => p.kind === 'news')!;
      expect((await get(s, news.url)).text).not.toContain('<time');
      expect((await get(s, '/kz/')).text).not.toContain('<time');
    },
  },
  robotsDisallowAll: {
    check: async (s) => {
      expect((await get(s, '/robots.txt')).text).toMatch(/^Disallow: \/$/m);
    },
  },
  slowPages: {
    value: 300,
    check: async (s) => {
      const t = Date.now();
      await get(s, '/kz/');
      expect(Date.now() - t).toBeGreaterThanOrEqual(290);
      const t2 = Date.now();
      await get(s, '/static/site.css');
      expect(Date.now() - t2).toBeLessThan(290);
    },
  },
  rateLimit: {
    check: async (s) => {
      const first = await get(s, '/kz/contacts');
      expect(first.status).toBe(429);
      expect(first.headers['retry-after']).toBe('1');
      expect((await get(s, '/kz/contacts')).status).toBe(200);
      expect((await get(s, '/static/site.css')).status).toBe(200);
    },
  },
  noAdvancedSearch: {
    check: async (s) => {
      const $ = await html(s, '/kz/search?q=' + encodeURIComponent('мектеп'));
      expect($('select[name=section]').length).toBe(0);
      expect($('.search-results li').length).toBeGreaterThan(0);
    },
  },
  docsWithoutFormat: {
    check: async (s) => {
      expect((await get(s, '/ru/activity/budget')).text).not.toContain('(PDF,');
      expect(s.expected.documents.every((d) => !d.showsFormatAndSize)).toBe(true);
    },
  },
  brokenLinks: {
    value: 2,
    check: async (s) => {
      expect(s.expected.brokenLinks.filter((u) => u.startsWith('/kz/'))).toHaveLength(2);
      for (const u of s.expected.brokenLinks) expect((await get(s, u)).status).toBe(404);
      expect((await get(s, '/kz/')).text).toContain(s.expected.brokenLinks[0]!);
    },
  },
  noFormErrors: {
    check: async (s) => {
      const $ = await html(s, '/kz/feedback');
      expect($('form.feedback-form').attr('data-validate')).toBeUndefined();
      expect($('.field-error').length).toBe(0);
      expect($('[required]').length).toBe(0);
    },
  },
  staleContent: {
    check: async (s) => {
      const news = s.model.pages.find((p) => p.kind === 'news')!;
      const days = (Date.parse('2026-11-20') - Date.parse(news.published!.slice(0, 10))) / 86_400_000;
      expect(days).toBeGreaterThan(365);
    },
  },
  kkRuMismatch: {
    check: async (s) => {
      expect((await get(s, '/kz/activity/budget')).status).toBe(404);
      expect((await get(s, '/ru/activity/budget')).status).toBe(200);
      expect(s.expected.pairs.some((p) => p.ru === '/ru/activity/budget')).toBe(false);
    },
  },
  russianUnderKk: {
    check: async (s) => {
      const kk = (await get(s, '/kz/about/symbols')).text;
      expect(kk).toContain('К государственным символам Республики Казахстан относятся');
      expect(kk).toContain('<html lang="kk"');
    },
  },
  actWithoutLink: {
    check: async (s) => {
      const ru = (await get(s, '/ru/citizens/reception')).text;
      expect(ru).toContain('Законом Республики Казахстан от 23 ноября 2015 года № 416-V');
      expect(ru).not.toContain('adilet.zan.kz/rus/docs/Z1500000416');
    },
  },
  hiddenOnPhone: {
    check: async (s) => {
      expect((await get(s, '/ru/vacancies')).text).toContain('<main id="main-content" tabindex="-1" class="desktop-only">');
      expect((await get(s, '/ru/')).text).not.toContain('class="desktop-only"');
      const css = (await get(s, '/static/site.css')).text;
      expect(css.slice(css.indexOf('@media (max-width:600px)'))).toContain('.desktop-only{display:none}');
    },
  },
  noToTopLink: {
    check: async (s) => {
      expect((await get(s, '/kz/')).text).not.toContain('href="#top"');
    },
  },
  userScalableNo: {
    check: async (s) => {
      expect((await html(s, '/kz/'))('meta[name=viewport]').attr('content')).toContain('user-scalable=no');
    },
  },
  noMainMenu: {
    check: async (s) => {
      expect((await html(s, '/kz/'))('nav.main-nav').length).toBe(0);
      for (const l of s.expected.languages) expect(s.expected.depthHistogram(l).unreachable).toBe(2);
    },
  },
};

describe('defects', () => {
  it('has a check for every defect', () => {
    expect(Object.keys(DEFECT_CHECKS).sort()).toEqual([...DEFECT_KEYS].sort());
  });

  it('without defects the things the defects remove are present', async () => {
    await withSite({ style: 'classic' }, async (s) => {
      const $ = await html(s, '/kz/');
      expect($('.carousel-toggle').length).toBe(1);
      expect($('video').attr('controls')).toBeDefined();
      expect($('video').attr('autoplay')).toBeUndefined();
      expect($('a[target=_blank]').length).toBeGreaterThan(0);
      expect($('img:not([alt])').length).toBe(0);
      expect($('a[href="#top"]').length).toBe(1);
      expect(s.expected.failingIndicators).toEqual([]);
    });
  });

  for (const key of DEFECT_KEYS) {
    it(`${key}: ${DEFECTS[key].description}`, async () => {
      const c = DEFECT_CHECKS[key];
      await withSite({ style: 'classic', defects: { [key]: c.value ?? true } }, async (site) => {
        await c.check(site);
        expect(site.expected.defects[key]).toBe(c.value ?? 1);
        for (const id of DEFECTS[key].indicators.filter((i) => i !== 'M-link-back')) expect(site.expected.failingIndicators).toContain(id);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------
describe('in a real browser', () => {
  type Browser = import('playwright').Browser;
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright');
    const { executablePath } = findBrowser();
    browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: [
        ...QUIET_CHROMIUM_ARGS,
        '--autoplay-policy=no-user-gesture-required',
        '--host-resolver-rules=MAP www.example-akimat.kz 127.0.0.1, MAP m.www.example-akimat.kz 127.0.0.1, MAP www.gov.kz 127.0.0.1, MAP m.www.gov.kz 127.0.0.1',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the unified app renders every model link, sets title and lang, and navigates with pushState', async () => {
    await withSite({ style: 'unified' }, async (site) => {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const hosts = hostsFor(site.port, `www.gov.kz:${site.port}`);
      const sample = site.model.pages.filter((p) => ['home', 'section', 'news', 'news-list', 'announcement-archive', 'faq', 'feedback', 'contacts', 'sitemap'].includes(p.kind) && p.lang !== 'en').filter((_p, i) => i % 3 === 0);
      for (const mp of sample) {
        await page.goto(`http://www.gov.kz:${site.port}${mp.url}`);
        await page.waitForSelector('#root[data-rendered="true"]');
        const got = await page.evaluate(() => ({
          hrefs: Array.from(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href') ?? ''),
          title: document.title,
          lang: document.documentElement.lang,
          h1: document.querySelector('h1')?.textContent ?? '',
          firstFocusable: document.querySelector('a[href]')?.textContent ?? '',
        }));
        expect(got.hrefs.sort(), mp.url).toEqual(modelHrefs(mp, hosts));
        expect(got.title).toBe(mp.title);
        expect(got.lang).toBe(mp.lang);
        expect(got.h1).toBe(mp.h1);
        expect(got.firstFocusable).toBe(mp.lang === 'kk' ? 'Негізгі мазмұнға өту' : 'Перейти к основному содержанию');
      }
      // client-side navigation keeps the document
      await page.goto(`http://www.gov.kz:${site.port}${site.model.homeUrls.ru}`);
      await page.waitForSelector('#root[data-rendered="true"]');
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
      await page.click('nav.main-nav a >> nth=0');
      await page.waitForFunction(() => document.querySelector('#root')?.getAttribute('data-rendered') === 'true' && location.pathname.endsWith('/about'));
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
      expect(await page.textContent('h1')).toBe('Общие сведения');
      expect(errors).toEqual([]);
      await ctx.close();
    });
  });

  it('classic responsive pages fit 360 px without horizontal scroll; desktop-only pages are laid out wider', async () => {
    for (const [mobile, scrolls] of [
      ['responsive', false],
      ['desktop-only', true],
    ] as const) {
      await withSite({ style: 'classic', mobile }, async (site) => {
        const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, userAgent: PHONE_UA });
        const page = await ctx.newPage();
        for (const p of ['/kz/', '/ru/activity/budget', '/kz/about/structure']) {
          await page.goto(`http://www.example-akimat.kz:${site.port}${p}`);
          // a layout made for the phone: the layout viewport is the device width and nothing overflows it;
          // a desktop layout is laid out wider (no viewport meta → 980 px) and merely shrunk
          const notForPhone = await page.evaluate(
            () => document.documentElement.clientWidth > 360 || document.documentElement.scrollWidth > document.documentElement.clientWidth,
          );
          expect(notForPhone, `${mobile} ${p}`).toBe(scrolls);
        }
        await ctx.close();
      });
    }
  });

  it('zoomBreaks overflows at 640 CSS px (a 1280 px window at 200 %) but not on a 360 px phone', async () => {
    for (const zoomBreaks of [false, true]) {
      await withSite({ style: 'classic', defects: { zoomBreaks } }, async (site) => {
        const overflow = async (width: number, isMobile: boolean): Promise<boolean> => {
          const ctx = await browser.newContext({ viewport: { width, height: 800 }, isMobile, deviceScaleFactor: isMobile ? 2 : 1 });
          const page = await ctx.newPage();
          await page.goto(`${site.origin}/kz/about/regulation`);
          const r = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
          await ctx.close();
          return r;
        };
        expect(await overflow(640, false), `zoomBreaks=${zoomBreaks} at 640`).toBe(zoomBreaks);
        expect(await overflow(360, true), `zoomBreaks=${zoomBreaks} at 360`).toBe(false);
      });
    }
  });

  it('the carousel rotates by itself; the default one has a working pause button', async () => {
    await withSite({ style: 'classic', defects: { carouselNoPause: true } }, async (site) => {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(`${site.origin}/ru/`);
      const active = () => page.evaluate(() => Array.from(document.querySelectorAll('.slide')).findIndex((s) => !s.hasAttribute('hidden')));
      expect(await active()).toBe(0);
      await page.waitForFunction(() => document.querySelector('.slide')?.hasAttribute('hidden') === true, undefined, { timeout: 4000 });
      expect(await active()).toBe(1);
      await ctx.close();
    });
    await withSite({ style: 'unified' }, async (site) => {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(`${site.origin}${site.model.homeUrls.ru}`);
      await page.waitForSelector('#root[data-rendered="true"]');
      await page.click('.carousel-toggle');
      expect(await page.getAttribute('.carousel-toggle', 'aria-pressed')).toBe('true');
      expect(await page.textContent('.carousel-toggle')).toBe('Продолжить');
      await ctx.close();
    });
  });

  it('a phone reaching an m-redirect site lands on the m. host', async () => {
    await withSite({ style: 'classic', mobile: 'm-redirect' }, async (site) => {
      const ctx = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, userAgent: PHONE_UA });
      const page = await ctx.newPage();
      await page.goto(site.homeUrl('kk', { publicHost: true }));
      expect(page.url()).toBe(`http://m.www.example-akimat.kz:${site.port}/kz/`);
      await page.click('text=Толық нұсқа');
      expect(page.url()).toBe(`http://www.example-akimat.kz:${site.port}/kz/?full=1`);
      await ctx.close();
    });
  });

  it('the autoplay video really plays, and the form shows text errors without sending', async () => {
    await withSite({ style: 'classic', defects: { autoplayVideo: true } }, async (site) => {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(`${site.origin}/kz/`);
      await page.waitForFunction(() => {
        const v = document.querySelector('video');
        return !!v && !v.paused && v.currentTime > 0.2;
      });
      await page.goto(`${site.origin}/kz/feedback`);
      await page.click('form.feedback-form button[type=submit]');
      expect(await page.isVisible('#fb-name-error')).toBe(true);
      expect(await page.getAttribute('#fb-name', 'aria-invalid')).toBe('true');
      expect(site.requests.some((r) => r.method === 'POST')).toBe(false);
      await ctx.close();
    });
  });
});
