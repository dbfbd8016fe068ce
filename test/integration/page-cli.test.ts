/**
 * `tekser page` as a real subprocess against small pages served here on 127.0.0.1: per-URL
 * indicators in the order given (JSON and text), a 404 reported as error rows with exit code 2
 * while the other pages are still measured, `--contrast wcag` against the methodology on large
 * text at 3.5:1, the kk page's 2.3 judged from its record, and no form ever submitted.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './fixtureAudit.ts';

const KK = `<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>Басты бет</title></head><body>
<a href="#main">Негізгі мазмұнға өту</a>
<header><nav><a href="/kk/">Басты бет</a> <a href="/kk/about">Біз туралы</a> <a href="/kk/news">Жаңалықтар</a> <a href="/kk/sitemap">Сайт картасы</a></nav>
<form role="search" action="/kk/search"><input type="search" name="q" aria-label="Іздеу"></form></header>
<main id="main"><h1>Жаңалықтар</h1><p>Мәтін.</p><img src="/x.png" alt="Логотип"></main>
<form method="post" action="/kk/send"><label for="n">Аты</label><input id="n" name="n" required><button>Жіберу</button></form>
</body></html>`;
const LARGE_GREY = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Контраст</title></head><body>
<main><h1 style="font-size:32px;color:#8a8a8a;background:#fff">Крупный серый заголовок 3,5:1</h1><p style="color:#000">Чёрный текст.</p></main></body></html>`;
const PALE = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Бледно</title></head><body>
<main><p style="color:#bbbbbb;background:#fff">Бледный текст меньше 3:1.</p><img src="/y.png"></main></body></html>`;

let server: Server;
let base = '';
const nonGet: string[] = [];

interface Entry { url: string; error: string | null; lang: string | null; indicators: { id: string; status: string; points: number; max: number; evidence: { label: string }[] }[] }
const status = (e: Entry | undefined, id: string) => e?.indicators.find((i) => i.id === id)?.status;

describe('tekser page', () => {
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') nonGet.push(`${req.method} ${req.url}`);
      const pages: Record<string, string> = { '/kk/news': KK, '/ru/large': LARGE_GREY, '/ru/pale': PALE };
      const html = pages[(req.url ?? '/').split('?')[0] ?? ''];
      if (!html) { res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>404</h1>'); return; }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => { await new Promise((resolve) => server?.close(resolve)); });

  it('JSON: one entry per URL in order; a 404 gives error rows and exit 2; the others are measured; no form submitted', async () => {
    const urls = [`${base}/ru/pale`, `${base}/missing`, `${base}/kk/news`, `${base}/ru/large`];
    const run = await runCli(['page', ...urls, '--json'], { timeoutMs: 90_000 });
    expect(run.code).toBe(2);
    const entries = JSON.parse(run.stdout) as Entry[];
    expect(entries.map((e) => e.url)).toEqual(urls);
    const [pale, missing, kk, large] = entries;
    expect(missing?.error).toBe('HTTP 404');
    expect(missing?.indicators.every((i) => i.status === 'error' && i.evidence[0]?.label.includes('HTTP 404'))).toBe(true);
    expect(missing?.indicators).toHaveLength(11);
    // The methodology: 4.5:1 for all text, so the large grey heading fails too.
    expect(status(pale, 'A4-3.7')).toBe('fail');
    expect(status(large, 'A4-3.7')).toBe('fail');
    expect(status(pale, 'A4-3.1')).toBe('fail');
    expect(status(kk, 'A4-3.1')).toBe('pass');
    expect(status(kk, 'A4-3.7')).toBe('pass');
    // The kk page carries menu, home link, site map link and search: 2.3 judged on it.
    expect(kk?.lang).toBe('kk');
    expect(kk?.indicators.find((i) => i.id === 'A4-2.3')).toMatchObject({ status: 'pass', points: 0.45, max: 0.45 });
    // Its form was tried by the form probe (3.6 judged), never sent.
    expect(['pass', 'fail']).toContain(status(kk, 'A4-3.6'));
    expect(status(pale, 'A4-3.6')).toBe('not-checked');
    expect(nonGet).toEqual([]);
  }, 100_000);

  it('--contrast wcag: large text at 3.5:1 passes, pale small text still fails; text output by default', async () => {
    const run = await runCli(['page', `${base}/ru/large`, `${base}/ru/pale`, '--contrast', 'wcag', '--probes', 'axe'], { timeoutMs: 60_000 });
    expect(run.code).toBe(0);
    const [large, pale] = run.stdout.split(/\n\n(?=http)/);
    expect(large?.startsWith(`${base}/ru/large`)).toBe(true);
    expect(pale?.startsWith(`${base}/ru/pale`)).toBe(true);
    expect(large).toMatch(/A4-3\.7\s+pass\s+0\.2\/0\.2/);
    expect(pale).toMatch(/A4-3\.7\s+fail\s+0\/0\.2\s+.*WCAG 1\.4\.3/);
    expect(pale).toMatch(/A4-3\.4\s+not-checked/);
    expect(run.stdout).toMatch(/Page-level points: [\d.]+ of 3\.45/);
  }, 70_000);

  it('rejects an unknown --contrast value', async () => {
    const run = await runCli(['page', `${base}/ru/large`, '--contrast', 'aaa']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Allowed choices are methodology, wcag/);
  });
});
