/**
 * Finds the home page of each language version from the start page: the start page itself
 * (when it is a real home page), the language switcher's links, <link rel=alternate hreflang>,
 * a meta-refresh target, and finally the URL pattern (/kz/ ↔ /ru/, ?lang=kk ↔ ?lang=ru).
 */
import type { Lang, LanguageVersion, PageRecord } from '../snapshot/schema.ts';
import { counterpartUrl, languageOfUrl, normalizeLang } from '../url/languageOfUrl.ts';
import { normalizeUrl } from '../url/normalizeUrl.ts';

/** The URL a `<meta http-equiv=refresh content="5;url=/kz/">` leads to, if any. */
export function metaRefreshTarget(content: string | null, base: string): string | null {
  if (!content) return null;
  const m = /url\s*=\s*['"]?([^'";]+)/i.exec(content);
  return m?.[1] ? normalizeUrl(m[1].trim(), base) : null;
}

/** A start page that is a real home page, not a splash or language-choice page. */
export function looksLikeHomePage(p: PageRecord): boolean {
  const internal = p.links.filter((l) => l.url && !l.switchesTo).length;
  return p.metaRefresh === null && internal >= 10 && p.textLength >= 200;
}

/**
 * `wanted`: languages to look for; `guessable`: those whose home page may be guessed from the
 * URL pattern when nothing on the page names it (the English version is looked for, not guessed).
 */
export function findLanguageVersions(start: PageRecord, wanted: readonly Lang[], inScope: (url: string) => boolean, guessable: readonly Lang[] = wanted): LanguageVersion[] {
  const found = new Map<Lang, LanguageVersion>();
  const add = (lang: Lang | null, url: string | null, source: LanguageVersion['source']) => {
    if (!lang || !url || found.has(lang) || !inScope(url)) return;
    found.set(lang, { lang, homeUrl: url, source });
  };
  if (start.lang && looksLikeHomePage(start)) add(start.lang, start.finalUrl, 'start');
  const refresh = metaRefreshTarget(start.metaRefresh, start.finalUrl);
  for (const link of start.links) if (link.switchesTo && link.url) add(link.switchesTo, link.url, 'switcher');
  for (const h of start.hreflangs) add(normalizeLang(h.lang), h.url, 'hreflang');
  if (refresh) add(languageOfUrl(refresh)?.lang ?? null, refresh, 'url-pattern');
  const basis = refresh ?? start.finalUrl;
  for (const lang of guessable) add(lang, counterpartUrl(basis, lang), 'url-pattern');
  return wanted.flatMap((lang) => {
    const v = found.get(lang);
    return v ? [v] : [];
  });
}
