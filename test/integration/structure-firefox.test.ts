/**
 * A4-2.1 in a real Firefox: a small site served here hides its menu and text and throws only in
 * Firefox; the cross-browser probe must see that (Chromium fine, Firefox not) and the rule take
 * 0.03 for Firefox alone. Skips only when no Firefox is installed (the reason is printed).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../crawler/audit/crawlSite.ts';
import { BrowsersProbeDataSchema, browsersProbe, firefoxBrowsersProbe } from '../../crawler/probes/site/browsersProbe.ts';
import { findFirefox } from '../../crawler/probes/site/findFirefox.ts';
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { runBrowsers } from '../../rules/annex4/structure/browsersRule.ts';
import { localConfig, tempDir } from './fixtureAudit.ts';

const firefox = findFirefox();
if (!firefox) console.warn('structure-firefox: skipped — no Firefox found (TEKSER_FIREFOX_PATH, Playwright\'s Firefox, /usr/lib/firefox-esr/firefox-esr); install firefox-esr');

const body = (title: string, text: string) => `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body><header><nav><a href="/ru/">Главная</a> <a href="/ru/about">О нас</a> <a href="/ru/news">Новости</a> <a href="/ru/contacts">Контакты</a></nav></header>
<main><h1>${title}</h1><p>${text.repeat(20)}</p></main>
<script>if (/Firefox\\//.test(navigator.userAgent)) { document.querySelector('nav').remove(); document.querySelector('main').innerHTML = '<p>Ошибка</p>'; throw new Error('only in Firefox'); }</script>
</body></html>`;

describe.skipIf(!firefox)('cross-browser probe in Firefox', () => {
  let server: Server;
  let snap: Snapshot;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/') { res.writeHead(302, { location: '/ru/' }); res.end(); return; }
      const known: Record<string, string> = { '/ru/': 'Главная страница', '/ru/about': 'О нас', '/ru/news': 'Новости', '/ru/contacts': 'Контакты' };
      const title = known[path ?? ''];
      if (!title) { res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }); res.end('<h1>404</h1>'); return; }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body(title, 'Текст страницы для проверки отображения. '));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    snap = await crawlSite({ config: localConfig(`http://127.0.0.1:${port}/`, [], port, { langs: ['ru'], maxPages: 4, maxMobilePages: 0, resolve: [], screenshots: true }), outDir: tempDir(), resume: false, probes: [browsersProbe, firefoxBrowsersProbe] });
  }, 90_000);
  afterAll(async () => { await new Promise((resolve) => server?.close(resolve)); });

  /** The engines of the first page, from both probes' records (Chromium's and Firefox's). */
  const engines = () => snap.probes.filter((r) => r.probe.startsWith('site-browsers')).flatMap((r) => {
    expect(r.error).toBeNull();
    return BrowsersProbeDataSchema.parse(r.data).pages[0]?.engines ?? [];
  });

  it('records Chromium correct and Firefox without menu, text and with the script error', () => {
    const chromium = engines().find((e) => e.engine === 'chromium-desktop');
    const ff = engines().find((e) => e.engine === 'firefox');
    const iphone = engines().find((e) => e.engine === 'chromium-iphone');
    expect(chromium).toMatchObject({ state: 'rendered', navPresent: true, pageErrors: [] });
    // iOS row: Chromium with an iPhone profile (phone width, same page as the baseline).
    expect(iphone).toMatchObject({ state: 'rendered', navPresent: true, pageErrors: [] });
    expect(iphone?.browserVersion).toMatch(/iPhone emulation/);
    expect(iphone?.clientWidth).toBeLessThan(500);
    expect(ff).toMatchObject({ state: 'rendered', navPresent: false });
    expect(ff?.browserVersion).toMatch(/^Firefox \d+/);
    expect(ff?.pageErrors.join(' ')).toContain('only in Firefox');
    expect(ff?.mainTextLength).toBeLessThan((chromium?.mainTextLength ?? 0) / 2);
  });

  it('keeps one screenshot per page and engine (the runs render two pages)', () => {
    const records = snap.probes.filter((r) => r.probe.startsWith('site-browsers'));
    expect(records.map((r) => r.probe).sort()).toEqual(['site-browsers', 'site-browsers-firefox']);
    const shots = records.flatMap((r) => BrowsersProbeDataSchema.parse(r.data).pages.flatMap((p) => p.engines.map((e) => e.screenshot)));
    expect(shots.length).toBe(8);
    expect(shots.every((s) => s !== null)).toBe(true);
    expect(new Set(shots).size).toBe(shots.length);
    expect(records.flatMap((r) => r.screenshots).sort()).toEqual([...shots].sort());
  });

  it('A4-2.1 takes 0.03 for Firefox only', () => {
    const [r] = runBrowsers(snap);
    expect(r?.points).toBe(0.22);
    expect(r?.deductions.filter((d) => d.points > 0).map((d) => d.reason)).toEqual([expect.stringMatching(/^Firefox \(firefox\) does not display correctly: .*navigation menu missing/)]);
  });
});
