/**
 * The crawler is polite and harmless: it backs off on 429 with Retry-After, keeps to the
 * per-host cap, stops at the time limit, and a hostile page that POSTs, beacons or submits a
 * form by script gets nothing through to the server.
 */
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { crawlSite } from '../../crawler/audit/crawlSite.ts';
import { selectProbes } from '../../crawler/probes/registry.ts';
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { startFixtureSite } from '../fixtures/index.ts';
import { crawlFixture, localConfig, tempDir } from './fixtureAudit.ts';

describe('politeness', () => {
  it('waits for Retry-After on 429 and then gets the page', async () => {
    const site = await startFixtureSite({ style: 'classic', defects: { rateLimit: true } });
    try {
      const snap = await crawlFixture(site, 'classic', { maxPages: 3, maxMobilePages: 0 });
      const desktop = snap.pages.filter((p) => p.device === 'desktop');
      expect(desktop.length).toBeGreaterThanOrEqual(3);
      expect(desktop.every((p) => p.status === 200)).toBe(true);
      const first429 = site.requests.find((r) => r.url === '/kz/' && /Chrome/.test(r.userAgent))!;
      const retry = site.requests.filter((r) => r.url === '/kz/' && /Chrome/.test(r.userAgent))[1]!;
      expect(retry.time - first429.time).toBeGreaterThanOrEqual(900);
    } finally {
      await site.close();
    }
  }, 120_000);

  it('keeps to the per-host cap of requests at once', async () => {
    const delay = 400;
    const site = await startFixtureSite({ style: 'classic', defects: { slowPages: delay } });
    try {
      await crawlFixture(site, 'classic', { maxPages: 8, maxMobilePages: 0, concurrency: 8, perHostConcurrency: 2 });
      const pages = site.requests.filter((r) => /Chrome/.test(r.userAgent) && !/\.\w+$/.test(r.url.split('?')[0]!));
      expect(pages.length).toBeGreaterThan(6);
      // Each page takes ≥ delay ms to answer: no more than 2 may start within any delay-long window.
      const most = Math.max(...pages.map((p) => pages.filter((q) => q.time >= p.time && q.time < p.time + delay - 50).length));
      expect(most).toBeLessThanOrEqual(2);
    } finally {
      await site.close();
    }
  }, 120_000);

  it('keeps to the per-host cap while probes run in their lanes (page probes, the motion watch, zoom in its own context)', async () => {
    const delay = 400;
    const site = await startFixtureSite({ style: 'classic', defects: { slowPages: delay } });
    try {
      const probes = selectProbes('axe,zoom,motion').map((p) => ({ ...p, targets: (s: Snapshot) => p.targets(s).slice(0, 3) }));
      const snap = await crawlFixture(site, 'classic', { maxPages: 6, maxMobilePages: 0, langs: ['kk'], concurrency: 8, perHostConcurrency: 2 }, probes);
      expect(snap.probes.filter((r) => r.error !== null)).toEqual([]);
      expect(snap.probes.length).toBe(9);
      const pages = site.requests.filter((r) => /Chrome/.test(r.userAgent) && !/\.\w+$/.test(r.url.split('?')[0]!));
      const most = Math.max(...pages.map((p) => pages.filter((q) => q.time >= p.time && q.time < p.time + delay - 50).length));
      expect(most).toBeLessThanOrEqual(2);
    } finally {
      await site.close();
    }
  }, 180_000);

  it('stops at --time-limit and says what it did not fetch', async () => {
    const site = await startFixtureSite({ style: 'classic', defects: { slowPages: 300 } });
    try {
      const snap = await crawlFixture(site, 'classic', { timeLimitSec: 2, maxMobilePages: 0 });
      expect(snap.site.status).toBe('time-limit');
      expect(snap.site.notFetched.some((n) => n.reason === 'time-limit')).toBe(true);
      expect(snap.pages.filter((p) => p.device === 'desktop').length).toBeLessThan(60);
    } finally {
      await site.close();
    }
  }, 120_000);
});

describe('a hostile page', () => {
  it('cannot make the crawler send a POST, a beacon or a form, from the page, a popup, a frame of another site or a worker', async () => {
    const received: string[] = [];
    const links = Array.from({ length: 12 }, (_, i) => `<a href="/kz/p${i}">Бет ${i}</a>`).join(' ');
    const html = (path: string) => `<!doctype html><html lang="kk"><head><title>${path}</title></head><body>
      <nav>${links}</nav><main><p>${'Мәтін. '.repeat(80)}</p>
      <form id="f" method="post" action="/kz/submit"><input name="x" value="1"></form>
      <form id="g" method="post" action="/kz/popup-submit" target="_blank"><input name="x" value="1"></form>
      </main>
      <script>
        new Worker('/kz/worker.js');
        setTimeout(() => document.getElementById('g').submit(), 30);
        // A frame of another site (out of process in Chromium), added once the page has loaded.
        addEventListener('load', () => document.body.append(Object.assign(document.createElement('iframe'), { src: 'http://127.0.0.1:PORT/frame' })));
        fetch('/kz/api/track', { method: 'POST', body: 'x' }).catch(() => {});
        navigator.sendBeacon('/kz/beacon', 'x');
        const xhr = new XMLHttpRequest(); xhr.open('PUT', '/kz/put'); xhr.send('x');
        setTimeout(() => document.getElementById('f').submit(), 50);
      </script></body></html>`;
    const server = http.createServer((req, res) => {
      received.push(`${req.method} ${req.url}`);
      if (req.url === '/') {
        res.writeHead(302, { location: '/kz/' });
        return res.end();
      }
      if (req.url === '/kz/worker.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        return res.end(`fetch('/kz/worker-post', { method: 'POST', body: 'x' }).catch(() => {});`);
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      // The frame (another site: an out-of-process frame in Chromium) posts too.
      res.end(req.url === '/frame'
        ? `<form id="f" method="post" action="/frame-submit"></form><script>fetch('/frame-post', { method: 'POST', body: 'y' }); document.getElementById('f').submit();</script>`
        : html(req.url ?? '/').replace('PORT', String(port)));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as { port: number }).port;
    try {
      const snap = await crawlSite({
        outDir: tempDir(),
        resume: false,
        config: localConfig(`http://www.hostile.kz:${port}/`, ['www.hostile.kz'], port, { maxPages: 5, maxMobilePages: 0 }),
        probes: [],
      });
      expect(received).toEqual(expect.arrayContaining(['GET /kz/worker.js', 'GET /frame'])); // the worker and the frame ran
      expect(received.filter((r) => !r.startsWith('GET ') && !r.startsWith('HEAD '))).toEqual([]);
      const blocked = snap.pages.flatMap((p) => p.blockedRequests.map((b) => `${b.method} ${new URL(b.url).pathname}`));
      expect(blocked).toEqual(expect.arrayContaining(['POST /kz/api/track', 'POST /kz/beacon', 'PUT /kz/put', 'POST /kz/submit', 'POST /kz/worker-post']));
      expect(snap.pages.filter((p) => p.device === 'desktop' && p.status === 200).length).toBeGreaterThanOrEqual(5);
    } finally {
      server.close();
    }
  }, 120_000);
});
