/**
 * The cross-browser probes (A4-2.1): render the page in every engine available — Chromium on the
 * desktop (the baseline; Chrome, Edge and Opera are Chromium), Chromium with a phone profile
 * (Android), Chromium with an iPhone profile (iPhone emulation for iOS: Playwright's iPhone
 * metrics and iOS Safari user agent, touch, device scale — the layout an iPhone gets, not WebKit's
 * engine), and Firefox when one is installed (findFirefox.ts) — and record in each what the rule
 * compares: navigation present, length of the main text, horizontal overflow, uncaught page
 * errors. Real WebKit (Safari) cannot be installed here and Windows Phone is retired: the rule
 * reports them "not checked". Each is one site-level run (target: the first home page) that
 * renders the kk and ru home pages and one inner page. Two probes: the Chromium engines in the
 * page probes' lane, beside the other probes; Firefox (a browser of its own, a few hundred MB) in
 * the serial lane, after them — so the audit's tail holds Firefox alone, not nine Chromium
 * renders too. The rule reads both records.
 */
import { z } from 'zod';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright';
import { guardContext } from '../../audit/contextGuards.ts';
import { devices } from 'playwright';
import { phoneContextOptions, TEKSER_TOKEN } from '../../audit/userAgents.ts';
import { isHtmlPage } from '../../extract/toPageRecord.ts';
import type { Snapshot } from '../../snapshot/schema.ts';
import type { Probe, ProbeContext, ProbeTarget } from '../probeTypes.ts';
import { homeTargets } from '../sampleTargets.ts';
import { findFirefox, launchFirefox } from './findFirefox.ts';
import { RENDER_FACTS_JS } from './renderFactsInPage.ts';

export const BROWSERS_PROBE_ID = 'site-browsers';
export const FIREFOX_BROWSERS_PROBE_ID = 'site-browsers-firefox';
/** The probes whose records the rule reads (their pages' engines are merged by URL). */
export const BROWSERS_PROBE_IDS: readonly string[] = [BROWSERS_PROBE_ID, FIREFOX_BROWSERS_PROBE_ID];
export const ENGINES = ['chromium-desktop', 'chromium-android', 'chromium-iphone', 'firefox'] as const;

/** The iPhone whose profile emulates iOS (Playwright's device list). */
export const IPHONE_DEVICE = 'iPhone 15';

/** Chromium context options that emulate an iPhone: its viewport, scale, touch and iOS Safari user agent (marked with Tekser's token). */
export function iphoneContextOptions() {
  const d = devices[IPHONE_DEVICE];
  return {
    viewport: d?.viewport ?? { width: 393, height: 659 },
    deviceScaleFactor: d?.deviceScaleFactor ?? 3,
    isMobile: true,
    hasTouch: true,
    userAgent: `${d?.userAgent ?? 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1'} ${TEKSER_TOKEN}`,
  };
}

export const EngineRenderSchema = z.object({
  engine: z.enum(ENGINES),
  /** 'not-installed': no such browser here; 'unavailable': it did not start (neither is a failure of the site). */
  state: z.enum(['rendered', 'not-installed', 'unavailable', 'error']),
  browserVersion: z.string().nullable(),
  status: z.number().nullable(),
  finalUrl: z.string().nullable(),
  title: z.string(),
  navPresent: z.boolean(),
  navLinks: z.number(),
  mainTextLength: z.number(),
  linkCount: z.number(),
  scrollWidth: z.number(),
  clientWidth: z.number(),
  pageErrors: z.array(z.string()),
  screenshot: z.string().nullable(),
  error: z.string().nullable(),
});
export type EngineRender = z.infer<typeof EngineRenderSchema>;
export const BrowsersPageSchema = z.object({ url: z.string(), lang: z.enum(['kk', 'ru', 'en']).nullable(), engines: z.array(EngineRenderSchema) });
/** One record per probe for the site: every sampled page in the probe's engines (Firefox is launched once). */
export const BrowsersProbeDataSchema = z.object({ pages: z.array(BrowsersPageSchema) });
export type BrowsersProbeData = z.infer<typeof BrowsersProbeDataSchema>;

interface Facts { title: string; navPresent: boolean; navLinks: number; mainTextLength: number; linkCount: number; scrollWidth: number; clientWidth: number }

const blank = (engine: EngineRender['engine'], state: EngineRender['state'], error: string | null, version: string | null = null): EngineRender => ({
  engine, state, browserVersion: version, status: null, finalUrl: null, title: '', navPresent: false, navLinks: 0, mainTextLength: 0, linkCount: 0,
  scrollWidth: 0, clientWidth: 0, pageErrors: [], screenshot: null, error,
});

/** The home pages (kk, ru) and the first inner page of the first language. */
export function browserTargets(snapshot: Snapshot): ProbeTarget[] {
  const homes = homeTargets(snapshot, ['kk', 'ru']);
  const homeUrls = new Set(homes.map((h) => h.url));
  const inner = snapshot.pages
    .filter((p) => p.device === 'desktop' && p.lang === (homes[0]?.lang ?? 'kk') && isHtmlPage(p) && p.discoveredVia === 'link' && !homeUrls.has(p.finalUrl))
    .sort((a, b) => a.crawlLevel - b.crawlLevel || a.finalUrl.localeCompare(b.finalUrl))[0];
  return inner ? [...homes, { url: inner.finalUrl, lang: inner.lang, page: inner }] : homes;
}

/**
 * Every target in one engine, one after another in the same page (a page's first render costs
 * several times a later one's). A target's screenshot is named after its place in the run (from 1)
 * and the engine.
 */
async function renderIn(engine: EngineRender['engine'], context: BrowserContext, version: string, targets: readonly ProbeTarget[], ctx: ProbeContext): Promise<EngineRender[]> {
  const page: Page = await context.newPage();
  let errors: string[] = [];
  page.on('pageerror', (e) => { if (errors.length < 10) errors.push(e.message.split('\n')[0] ?? 'error'); });
  const one = async (target: ProbeTarget, n: number): Promise<EngineRender> => {
    errors = [];
    try {
      const r = await ctx.render(page, target.url);
      if (r.error) return { ...blank(engine, 'error', r.error, version), status: r.status, finalUrl: r.finalUrl };
      const facts = (await page.evaluate(RENDER_FACTS_JS)) as Facts;
      const shot = await ctx.screenshot(page, `page${n}-${engine}`);
      return { engine, state: 'rendered', browserVersion: version, status: r.status, finalUrl: r.finalUrl, ...facts, pageErrors: errors, screenshot: shot, error: null };
    } catch (err) {
      return blank(engine, 'error', (err as Error).message.split('\n')[0] ?? 'error', version);
    }
  };
  try {
    const out: EngineRender[] = [];
    for (const [i, t] of targets.entries()) out.push(await one(t, i + 1));
    return out;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** One --resolve address for Firefox's forced DNS, when every rule maps to the same address. */
function forcedAddress(snapshot: Snapshot): string | null {
  const addresses = new Set(snapshot.site.config.resolve.map((r) => r.address));
  return addresses.size === 1 ? [...addresses][0]! : null;
}

/** Renders every target in Firefox (launched once); 'not-installed'/'unavailable' rows when it cannot run. */
async function firefoxRenders(targets: readonly ProbeTarget[], ctx: ProbeContext): Promise<EngineRender[]> {
  const found = findFirefox();
  if (!found) return targets.map(() => blank('firefox', 'not-installed', 'No Firefox found (set TEKSER_FIREFOX_PATH or install firefox-esr)'));
  let browser: Browser | null = null;
  try {
    browser = await launchFirefox(found, forcedAddress(ctx.snapshot));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: false });
    await guardContext(context);
    return await renderIn('firefox', context, `Firefox ${browser.version()}`, targets, ctx);
  } catch (err) {
    const why = `Firefox (${found.executablePath}) did not start: ${(err as Error).message.split('\n')[0]}`;
    return targets.map(() => blank('firefox', 'unavailable', why));
  } finally {
    await browser?.close().catch(() => undefined);
  }
}

const pagesOf = (targets: readonly ProbeTarget[], ...rows: EngineRender[][]): BrowsersProbeData => ({
  pages: targets.map((t, i) => ({ url: t.url, lang: t.lang, engines: rows.map((r) => r[i]).filter((e): e is EngineRender => e !== undefined) })),
});

/** Chromium on the desktop, as an Android phone and as an iPhone: a fresh context each, one after another, closed once used. */
export const browsersProbe: Probe<BrowsersProbeData> = {
  id: BROWSERS_PROBE_ID,
  device: 'desktop',
  navigate: false,
  timeoutMs: 120_000,
  targets: (snapshot) => browserTargets(snapshot).slice(0, 1),
  async run(_page, _target, ctx) {
    const targets = browserTargets(ctx.snapshot);
    const version = ctx.browser.version();
    const renderInNew = async (engine: EngineRender['engine'], options: BrowserContextOptions, label: string) => {
      const context = await ctx.newContext(options);
      try {
        return await renderIn(engine, context, label, targets, ctx);
      } finally {
        await context.close().catch(() => undefined);
      }
    };
    return pagesOf(targets,
      await renderInNew('chromium-desktop', { viewport: { width: 1280, height: 900 } }, `Chromium ${version}`),
      await renderInNew('chromium-android', phoneContextOptions(version), `Chromium ${version} (Android phone profile)`),
      await renderInNew('chromium-iphone', iphoneContextOptions(), `Chromium ${version} (iPhone emulation, ${IPHONE_DEVICE} profile)`));
  },
};

/** Firefox: launched once for the run, after the other probes (serial lane), never beside Lighthouse. */
export const firefoxBrowsersProbe: Probe<BrowsersProbeData> = {
  id: FIREFOX_BROWSERS_PROBE_ID,
  device: 'desktop',
  navigate: false,
  lane: 'serial',
  timeoutMs: 120_000,
  targets: (snapshot) => browserTargets(snapshot).slice(0, 1),
  async run(_page, _target, ctx) {
    const targets = browserTargets(ctx.snapshot);
    return pagesOf(targets, await firefoxRenders(targets, ctx));
  },
};
