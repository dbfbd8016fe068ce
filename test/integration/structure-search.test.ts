/**
 * The search probe on a fixture whose search field keeps only 10 characters and whose results
 * page has no advanced search: requirements (1) and (3) of A4-2.6 fail, (2) and (4) hold. And on
 * a small site served here whose search form posts: the probe must not submit it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../crawler/audit/crawlSite.ts';
import { SEARCH_PROBE_ID, SearchProbeDataSchema, searchProbe } from '../../crawler/probes/site/searchProbe.ts';
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { runSearch } from '../../rules/annex4/structure/searchRule.ts';
import { startFixtureSite, type FixtureSite } from '../fixtures/index.ts';
import { fixtureConfig, localConfig, tempDir } from './fixtureAudit.ts';

describe('search probe: short field, no advanced search', () => {
  let site: FixtureSite;
  let snap: Snapshot;
  beforeAll(async () => {
    site = await startFixtureSite({ style: 'classic', languages: ['kk', 'ru'], defects: { searchMaxlength10: true, noAdvancedSearch: true } });
    snap = await crawlSite({ config: fixtureConfig(site, 'classic', { maxPages: 8, maxMobilePages: 0 }), outDir: tempDir(), resume: false, probes: [searchProbe] });
  }, 90_000);
  afterAll(async () => site?.close());

  it('measures 10 kept characters, finds the deep page, sees no filters', () => {
    const records = snap.probes.filter((r) => r.probe === SEARCH_PROBE_ID);
    expect(records).toHaveLength(2);
    for (const r of records) {
      const d = SearchProbeDataSchema.parse(r.data);
      expect(d).toMatchObject({ formFound: true, maxLengthAttr: 10, typedKept: 10, submitted: true, deepPageFound: true, queryKept: true, separatePage: true, advancedSigns: [] });
    }
    expect(site.requests.filter((q) => q.method !== 'GET' && q.method !== 'HEAD')).toEqual([]);
  });

  it('A4-2.6 loses 0.25 for (1) and 0.25 for (3)', () => {
    const [r] = runSearch(snap);
    expect(r?.points).toBe(0.5);
    expect(r?.deductions.map((d) => d.reason.slice(0, 3))).toEqual(['(1)', '(3)']);
  });
});

describe('search probe: a POST search form is never submitted', () => {
  let server: Server;
  const seen: { method: string; url: string }[] = [];
  let snap: Snapshot;
  const html = (title: string, main: string) => `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><form method="post" action="/ru/search" role="search"><input type="search" name="q" aria-label="Поиск"><button>Найти</button></form>
<nav><a href="/ru/">Главная</a> <a href="/ru/about">О нас</a> <a href="/ru/about/deep">Подробно</a></nav></header><main><h1>${title}</h1>${main}</main></body></html>`;
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ method: req.method ?? 'GET', url: req.url ?? '/' });
      const path = (req.url ?? '/').split('?')[0];
      if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405); res.end(); return; }
      if (path === '/') { res.writeHead(302, { location: '/ru/' }); res.end(); return; }
      const pages: Record<string, string> = {
        '/ru/': html('Главная', '<p>Добро пожаловать на сайт.</p>'),
        '/ru/about': html('О нас', '<p>Сведения об организации и её работе.</p><a href="/ru/about/deep">Подробно</a>'),
        '/ru/about/deep': html('Подробно', '<p>Уникальная формулировка абзаца глубокой страницы для проверки полнотекстового поиска.</p>'),
      };
      const body = pages[path ?? ''];
      res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    snap = await crawlSite({ config: localConfig(`http://127.0.0.1:${port}/`, [], port, { langs: ['ru'], maxPages: 5, maxMobilePages: 0, resolve: [] }), outDir: tempDir(), resume: false, probes: [searchProbe] });
  }, 60_000);
  afterAll(async () => { await new Promise((resolve) => server?.close(resolve)); });

  it('measures the field but does not submit; nothing but GET/HEAD reaches the server and no results page is asked for', () => {
    const record = snap.probes.find((r) => r.probe === SEARCH_PROBE_ID);
    const d = SearchProbeDataSchema.parse(record?.data);
    expect(d).toMatchObject({ formFound: true, method: 'post', typedKept: 25, submitted: false, resultsUrl: null });
    expect(d.notSubmittedReason).toMatch(/POST/);
    expect(seen.filter((q) => q.method !== 'GET' && q.method !== 'HEAD')).toEqual([]);
    expect(seen.some((q) => q.url.startsWith('/ru/search'))).toBe(false);
    const [r] = runSearch(snap);
    expect(r?.evidence.filter((e) => e.value === 'not-checked')).toHaveLength(3);
  });
});
