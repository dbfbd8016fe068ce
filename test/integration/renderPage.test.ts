/**
 * renderPage's settle on pages that render in the ways real sites do: server-rendered (done at
 * `load`), data fetched after DOMContentLoaded from a slow API, XHR, a chain of fetches through
 * short timers, a script inserted by script, a render posted as a task after `load` (React's
 * scheduler) and a render behind a short timer. Each must be read after its content is there.
 */
import { createServer, type Server } from 'node:http';
import type { Browser, BrowserContext } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardContext } from '../../crawler/audit/contextGuards.ts';
import { launchBrowser } from '../../crawler/browser/launchBrowser.ts';
import { renderPage } from '../../crawler/browser/renderPage.ts';

const doc = (body: string) => `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>T</title></head><body><main id="m">Оболочка</main>${body}</body></html>`;
const put = (text: string) => `document.getElementById('m').insertAdjacentHTML('beforeend', '<p>' + ${JSON.stringify(text)} + '</p>')`;

const PAGES: Record<string, string> = {
  '/static': doc('<p>Серверная страница</p>'),
  '/fetch': doc(`<script>document.addEventListener('DOMContentLoaded', () => fetch('/api?delay=400').then((r) => r.text()).then((t) => document.getElementById('m').insertAdjacentHTML('beforeend', '<p>' + t + '</p>')));</script>`),
  '/xhr': doc(`<script>addEventListener('load', () => { const x = new XMLHttpRequest(); x.open('GET', '/api?delay=300'); x.onload = () => document.getElementById('m').insertAdjacentHTML('beforeend', '<p>' + x.responseText + '</p>'); x.send(); });</script>`),
  '/chain': doc(`<script>fetch('/api?delay=150').then((r) => r.text()).then(() => setTimeout(() => fetch('/api?delay=250').then((r) => r.text()).then((t) => document.getElementById('m').insertAdjacentHTML('beforeend', '<p>второй ' + t + '</p>')), 0));</script>`),
  '/inserted-script': doc(`<script>addEventListener('load', () => { const s = document.createElement('script'); s.src = '/app.js?delay=300'; document.head.append(s); });</script>`),
  '/posted': doc(`<script>addEventListener('load', () => { const c = new MessageChannel(); c.port1.onmessage = () => ${put('Отрисовано задачей')}; c.port2.postMessage(0); });</script>`),
  '/timer': doc(`<script>addEventListener('load', () => setTimeout(() => ${put('Отрисовано по таймеру')}, 400));</script>`),
};

let server: Server;
let browser: Browser;
let context: BrowserContext;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    setTimeout(() => {
      if (url.pathname === '/api') res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Данные из API');
      else if (url.pathname === '/app.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(put('Отрисовано вставленным скриптом'));
      else if (PAGES[url.pathname]) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGES[url.pathname]);
      else res.writeHead(404).end();
    }, delay);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = (await launchBrowser({})).browser;
  context = await browser.newContext();
  await guardContext(context);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('renderPage settles after the content is there', () => {
  const cases: [string, RegExp][] = [
    ['/static', /Серверная страница/],
    ['/fetch', /Данные из API/],
    ['/xhr', /Данные из API/],
    ['/chain', /второй Данные из API/],
    ['/inserted-script', /Отрисовано вставленным скриптом/],
    ['/posted', /Отрисовано задачей/],
    ['/timer', /Отрисовано по таймеру/],
  ];
  for (const [path, text] of cases) {
    it(path, async () => {
      const page = await context.newPage();
      try {
        const r = await renderPage(page, `${base}${path}`);
        expect(r.error).toBeNull();
        expect(r.facts?.text).toMatch(text);
      } finally {
        await page.close();
      }
    });
  }
});
