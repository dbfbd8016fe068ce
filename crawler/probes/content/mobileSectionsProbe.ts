/**
 * The mobileSections probe: opens, in the phone context, the section pages of Annex 6 that the
 * desktop crawl found but the phone crawl did not reach (it only renders each language's home page
 * and the pages one click from it), and stores what the phone shows: title, headings, the main text
 * (menus, header and footer left out), links, images and media. On a separate mobile version
 * (m. host) the same path is opened on the mobile host. Decides nothing: rules/annex6 reads it.
 */
import { MobileSectionDataSchema, type MobileSectionData } from './mobileSectionSchema.ts';
import type { Snapshot } from '../../snapshot/schema.ts';
import { evaluateJson } from '../../browser/evaluateJson.ts';
import type { Probe, ProbeTarget } from '../probeTypes.ts';
export { MobileSectionDataSchema, type MobileSectionData };
import { annex6SectionPageUrls } from '../../../rules/contentDetection/sectionPages.ts';

/** At most this many section pages per language are opened on the phone. */
export const MOBILE_SECTION_PAGES_PER_LANG = 10;
const TEXT_CAP = 20000;

/** Runs in the page: a plain string, never a transpiled function. */
const EXTRACT = `(() => {
  const chrome = 'header, nav, footer, [role=navigation], [role=banner], [role=contentinfo], .breadcrumbs, .breadcrumb, aside';
  const inChrome = (el) => !!el.closest(chrome);
  const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
  const root = document.querySelector('main') || document.body;
  const clone = root.cloneNode(true);
  clone.querySelectorAll(chrome + ', script, style, noscript').forEach((n) => n.remove());
  // innerText of a detached clone has no layout: use the live main element when there is no chrome inside it.
  const liveHasChrome = root.querySelector(chrome) !== null;
  // a main element the phone does not render (display:none) shows no text (its innerText would be its textContent)
  const rendered = root.getClientRects().length > 0;
  const text = !rendered ? '' : liveHasChrome ? clone.textContent : root.innerText;
  const links = [...document.querySelectorAll('a[href]')].filter(visible).map((a) => ({
    url: /^https?:/i.test(a.href) ? a.href : null,
    text: (a.innerText || a.getAttribute('aria-label') || '').replace(/\\s+/g, ' ').trim(),
    main: !inChrome(a),
  }));
  const images = [...document.querySelectorAll('img')].filter(visible).map((i) => ({ src: i.currentSrc || i.src || null, alt: i.getAttribute('alt') }));
  const media = [...document.querySelectorAll('audio, video, audio source, video source, iframe')].map((m) => m.src || m.getAttribute('src') || '').filter(Boolean);
  return {
    title: document.title,
    headings: [...document.querySelectorAll('h1, h2, h3')].filter(visible).map((h) => h.innerText.replace(/\\s+/g, ' ').trim()),
    mainText: (text || '').replace(/[ \\t]+/g, ' ').replace(/\\n\\s*\\n+/g, '\\n').trim(),
    links, images, media,
  };
})()`;

/** The desktop URL as the phone opens it: on the mobile host when the site has a separate one. */
export function phoneUrlOf(snapshot: Snapshot, desktopUrl: string): string {
  const m = snapshot.site.mobile.find((p) => p.mobileHomeUrl !== null && (p.kind === 'redirect' || p.kind === 'link'));
  if (!m || !m.mobileHomeUrl) return desktopUrl;
  const target = new URL(desktopUrl);
  const mobile = new URL(m.mobileHomeUrl);
  target.protocol = mobile.protocol;
  target.host = mobile.host;
  return target.toString();
}

export function mobileSectionTargets(snapshot: Snapshot, perLang = MOBILE_SECTION_PAGES_PER_LANG): ProbeTarget[] {
  // no phone crawl asked for (--max-mobile-pages 0) or no mobile version (k = 0): nothing to open
  if (snapshot.site.config.maxMobilePages === 0 || !snapshot.site.mobile.some((m) => m.kind !== 'none')) return [];
  const onPhone = new Set(snapshot.pages.filter((p) => p.device === 'mobile').flatMap((p) => [p.url, p.finalUrl]));
  const targets: ProbeTarget[] = [];
  for (const lang of ['kk', 'ru'] as const) {
    const urls = annex6SectionPageUrls(snapshot, lang)
      .map((u) => phoneUrlOf(snapshot, u))
      .filter((u) => !onPhone.has(u));
    for (const url of [...new Set(urls)].slice(0, perLang)) targets.push({ url, lang, page: null });
  }
  return targets;
}

export const mobileSectionsProbe: Probe<MobileSectionData> = {
  id: 'mobileSections',
  device: 'mobile',
  navigate: false,
  timeoutMs: 30000,
  targets: (snapshot) => mobileSectionTargets(snapshot),
  async run(page, target, ctx) {
    const rendered = await ctx.render(page, target.url);
    const raw = await evaluateJson(page, EXTRACT);
    const data = MobileSectionDataSchema.omit({ requestedUrl: true, finalUrl: true, status: true }).parse(raw);
    return {
      requestedUrl: target.url,
      finalUrl: page.url(),
      status: rendered.status,
      ...data,
      mainText: data.mainText.slice(0, TEXT_CAP),
      links: data.links.slice(0, 400),
    };
  },
};
