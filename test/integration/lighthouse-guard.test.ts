/**
 * Lighthouse's own tab keeps the audit's rule: a page that POSTs on load (fetch, sendBeacon, a
 * script-submitted form) sends nothing but GET/HEAD to the site. The same run shows the
 * console-errors finding failing (the page throws), and the port comes from launchBrowser.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../crawler/browser/launchBrowser.ts';
import { runLighthouse, stopLighthouseWorker } from '../../crawler/probes/lighthouse/lighthouseWorkerClient.ts';
import type { LighthouseData } from '../../crawler/probes/lighthouse/lighthouseSchema.ts';

const PAGE = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Главная</title></head>
<body><main><h1>Главная</h1><p>Текст.</p><form id="f" method="post" action="/submit"><input name="q" value="1"></form></main>
<script>
fetch('/beacon', { method: 'POST', body: 'x' }).catch(function () {});
navigator.sendBeacon && navigator.sendBeacon('/beacon2', 'y');
setTimeout(function () { document.getElementById('f').submit(); }, 50);
throw new Error('boom on load');
</script></body></html>`;

describe('Lighthouse in a guarded tab', () => {
  let server: Server;
  let browser: Browser | null = null;
  let port: number | null = null;
  const methods: string[] = [];
  let data: LighthouseData;
  let second: LighthouseData;
  beforeAll(async () => {
    server = createServer((req, res) => {
      methods.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(req.url === '/' ? PAGE : '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const launched = await launchBrowser({ debuggingPort: true });
    browser = launched.browser;
    port = launched.debuggingPort;
    if (port === null) throw new Error('no debugging port');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    data = await runLighthouse(url, port, 'desktop');
    second = await runLighthouse(url, port, 'mobile');
  }, 60_000);
  afterAll(async () => {
    await stopLighthouseWorker();
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('opens a debugging port only when asked', async () => {
    expect(port).toBeGreaterThan(0);
    const plain = await launchBrowser({});
    try {
      expect(plain.debuggingPort).toBeNull();
    } finally {
      await plain.browser.close();
    }
  });

  it('sends only GET/HEAD to the site', () => {
    expect(methods).toContain('GET /');
    expect(methods.filter((m) => !m.startsWith('GET ') && !m.startsWith('HEAD '))).toEqual([]);
  });

  it('measures the machine once: the second run of the worker reports the first run\'s benchmark index', () => {
    expect(data.benchmarkIndex).toBeGreaterThan(0);
    expect(second.benchmarkIndex).toBe(data.benchmarkIndex);
    expect(second.formFactor).toBe('mobile');
  });

  it('finds the console error', () => {
    expect(data.consoleErrors.passed).toBe(false);
    expect(data.consoleErrors.items.map((i) => i.description).join(' ')).toContain('boom on load');
    for (const score of Object.values(data.categories)) expect(score).toBeGreaterThanOrEqual(0);
    expect(data.formFactor).toBe('desktop');
  });
});
