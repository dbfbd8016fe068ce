/**
 * What a phone gets when it opens a language version's home page (para 24 of the methodology):
 * a redirect to a mobile host or path, a responsive page (width=device-width viewport and no
 * horizontal scrolling at 360–414 CSS px), a desktop page with a link to a mobile version, or
 * nothing. For a separate mobile version it also looks for the link back to the full version
 * (para 28). It measures; the rules decide k.
 */
import type { Page } from 'playwright';
import { matchesTerm } from '../../lexicon/interfaceTerms.ts';
import { renderPage } from '../browser/renderPage.ts';
import { toPageRecord } from '../extract/toPageRecord.ts';
import type { TakeBlocked } from '../audit/contextGuards.ts';
import type { Lang, MobileProbe, PageRecord } from '../snapshot/schema.ts';

export const PHONE_WIDTHS = [360, 414] as const;
const MOBILE_PATH_RE = /^\/(m|mobile|pda)(\/|$)/i;

export function isMobileLocation(url: string, desktopHost: string): boolean {
  const u = new URL(url);
  const host = u.hostname.toLowerCase();
  const base = desktopHost.toLowerCase().replace(/:\d+$/, '');
  if (host !== base && (host.startsWith('m.') || host.startsWith('mobile.') || host.startsWith('pda.'))) return true;
  return MOBILE_PATH_RE.test(u.pathname);
}

export function isResponsive(viewportMeta: string | null, scrollWidths: readonly { width: number; scrollWidth: number }[]): boolean {
  if (!viewportMeta || !/width\s*=\s*device-width/i.test(viewportMeta)) return false;
  return scrollWidths.length > 0 && scrollWidths.every((s) => s.scrollWidth <= s.width + 1);
}

function findLink(p: PageRecord, test: (text: string, url: string) => boolean): { url: string; text: string } | null {
  const l = p.links.find((x) => x.url && test(`${x.text} ${x.title ?? ''} ${x.ariaLabel ?? ''}`, x.url));
  return l?.url ? { url: l.url, text: l.text } : null;
}

export interface MobileProbeResult {
  probe: MobileProbe;
  /** The pages the phone rendered (the home page, and the mobile version's home when separate). */
  pages: PageRecord[];
}

export async function probeMobile(
  page: Page,
  lang: Lang,
  homeUrl: string,
  takeBlocked: TakeBlocked,
  shot: { abs: string; rel: string } | null,
): Promise<MobileProbeResult> {
  const desktopHost = new URL(homeUrl).host;
  const render = await renderPage(page, homeUrl);
  const base = { device: 'mobile' as const, discoveredVia: 'mobile' as const, crawlLevel: 0, inheritedLang: lang };
  const ctx = async () => ({ blockedRequests: await takeBlocked(page), fetchedAt: new Date().toISOString() });
  const first = toPageRecord(render, { ...(await ctx()), ...base, screenshot: null });
  const pages = [first];
  if (render.error || !render.facts) {
    return {
      probe: {
        lang, requestedUrl: homeUrl, finalUrl: render.finalUrl, redirectChain: render.redirectChain, kind: 'none',
        viewportMeta: null, scrollWidths: [], mobileLink: null, mobileHomeUrl: null, linkBack: null, screenshot: null,
        error: render.error ?? `HTTP ${render.status}`,
      },
      pages,
    };
  }
  const original = page.viewportSize();
  const scrollWidths: { width: number; scrollWidth: number }[] = [];
  for (const width of PHONE_WIDTHS) {
    await page.setViewportSize({ width, height: original?.height ?? 800 });
    await page.waitForTimeout(100);
    const scrollWidth = (await page.evaluate('Math.max(document.documentElement.scrollWidth, document.body ? document.body.scrollWidth : 0)')) as number;
    scrollWidths.push({ width, scrollWidth });
  }
  if (original) await page.setViewportSize(original);
  let screenshot: string | null = null;
  if (shot) {
    await page.screenshot({ path: shot.abs }).then(() => { screenshot = shot.rel; }, () => undefined);
  }
  first.screenshot = screenshot;

  const redirected = isMobileLocation(first.finalUrl, desktopHost) || render.clientRedirects.some((u) => isMobileLocation(u, desktopHost));
  const mobileLink = redirected ? null : findLink(first, (text, url) => matchesTerm(text, 'mobileVersion') || isMobileLocation(url, desktopHost));
  let mobileHomeUrl: string | null = redirected ? first.finalUrl : null;
  let mobileHome: PageRecord | null = redirected ? first : null;
  if (mobileLink) {
    const r = await renderPage(page, mobileLink.url);
    mobileHome = toPageRecord(r, { ...(await ctx()), ...base, crawlLevel: 1, screenshot: null });
    pages.push(mobileHome);
    mobileHomeUrl = mobileHome.error ? null : mobileHome.finalUrl;
  }
  const mobileHost = mobileHomeUrl ? new URL(mobileHomeUrl).host : null;
  const linkBack = mobileHome && mobileHost
    ? findLink(mobileHome, (text, url) => matchesTerm(text, 'fullVersion') || (new URL(url).host !== mobileHost && !isMobileLocation(url, desktopHost) && new URL(url).hostname.endsWith(new URL(homeUrl).hostname.replace(/^www\./, ''))))
    : null;
  const kind: MobileProbe['kind'] = redirected ? 'redirect' : isResponsive(first.viewport, scrollWidths) ? 'responsive' : mobileLink ? 'link' : 'none';
  return {
    probe: {
      lang,
      requestedUrl: homeUrl,
      finalUrl: first.finalUrl,
      redirectChain: first.redirectChain,
      kind,
      viewportMeta: first.viewport,
      scrollWidths,
      mobileLink,
      mobileHomeUrl,
      linkBack,
      screenshot,
      error: null,
    },
    pages,
  };
}
