/**
 * Language detection for Kazakhstan state-body sites (Kazakh / Russian / English).
 *
 * - `languageOfUrl`: a language marker in the first path segment (`/kz/…`,
 *   `/kk/`, `/qaz/`, `/ru/`, `/rus/`, `/en/`, `/eng/`, also a bare `/kz`) or in
 *   the query (`?lang=kk|kz|ru|en`, `?language=…`). The path wins over the query.
 * - `languageOfLabel`: language of a switcher link from its text ('ҚАЗ', 'Рус',
 *   'ENG' …) or its hreflang (which wins when it is recognised).
 * - `counterpartUrl`: the same URL with its language marker swapped.
 * - `normalizeLang`: html lang / hreflang codes ('kk-KZ', 'ru-RU', 'kz' …).
 */

export type Lang = 'kk' | 'ru' | 'en';

const CODE_TO_LANG: Readonly<Record<string, Lang>> = {
  kk: 'kk', kz: 'kk', kaz: 'kk', qaz: 'kk', kk_kz: 'kk',
  ru: 'ru', rus: 'ru',
  en: 'en', eng: 'en',
};

/** Maps a language code ('kk', 'kk-KZ', 'kz', 'ru-RU', 'en_US', 'rus' …) to a Lang, else null. */
export function normalizeLang(code: string | null | undefined): Lang | null {
  if (code === null || code === undefined) return null;
  const primary = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return CODE_TO_LANG[primary] ?? null;
}

/** Path-segment markers (first segment only). */
const PATH_MARKERS: Readonly<Record<string, Lang>> = {
  kz: 'kk', kk: 'kk', qaz: 'kk',
  ru: 'ru', rus: 'ru',
  en: 'en', eng: 'en',
};
/** Query values accepted for `lang=` / `language=`. */
const QUERY_VALUES: Readonly<Record<string, Lang>> = {
  kk: 'kk', kz: 'kk', qaz: 'kk',
  ru: 'ru', rus: 'ru',
  en: 'en', eng: 'en',
};
const QUERY_KEYS = new Set(['lang', 'language']);

interface PathMarker { kind: 'path'; lang: Lang; segment: string }
interface QueryMarker { kind: 'query'; lang: Lang; index: number; key: string; value: string }
type Marker = PathMarker | QueryMarker;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function findMarker(u: URL): Marker | null {
  const first = u.pathname.split('/')[1] ?? '';
  const pathLang = PATH_MARKERS[first.toLowerCase()];
  if (pathLang !== undefined) return { kind: 'path', lang: pathLang, segment: first };
  const parts = u.search === '' ? [] : u.search.slice(1).split('&');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const key = safeDecode(part.slice(0, eq));
    const value = safeDecode(part.slice(eq + 1));
    if (!QUERY_KEYS.has(key.toLowerCase())) continue;
    const lang = QUERY_VALUES[value.trim().toLowerCase()];
    if (lang !== undefined) return { kind: 'query', lang, index: i, key: part.slice(0, eq), value };
  }
  return null;
}

/** Language marked in the URL (path first, then query), or null when there is no marker. */
export function languageOfUrl(url: string): { lang: Lang; source: 'path' | 'query' } | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const marker = findMarker(u);
  return marker === null ? null : { lang: marker.lang, source: marker.kind };
}

/** Picks the spelling of `target` in the style of the marker currently used. */
function markerFor(current: string, currentLang: Lang, target: Lang, kind: 'path' | 'query'): string {
  const lower = current.toLowerCase();
  let code: string;
  if (lower.length === 3) {
    code = { kk: 'qaz', ru: 'rus', en: 'eng' }[target];
  } else if (target === 'kk') {
    // Keep the site's own spelling of Kazakh when we see it; otherwise the
    // usual convention: '/kz/' in paths, 'lang=kk' in queries.
    code = currentLang === 'kk' ? lower : kind === 'path' ? 'kz' : 'kk';
  } else {
    code = target;
  }
  return current !== '' && current === current.toUpperCase() && /[A-Z]/.test(current) ? code.toUpperCase() : code;
}

/**
 * The same URL with its language marker switched to `lang` (everything else
 * kept verbatim, fragment included). Null when the URL has no marker or does
 * not parse. Returns the URL itself (serialised) when it is already in `lang`.
 */
export function counterpartUrl(url: string, lang: Lang): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const marker = findMarker(u);
  if (marker === null) return null;
  if (marker.lang === lang) return u.href;
  if (marker.kind === 'path') {
    const rest = u.pathname.slice(1 + marker.segment.length);
    u.pathname = `/${markerFor(marker.segment, marker.lang, lang, 'path')}${rest}`;
    return u.href;
  }
  const parts = u.search.slice(1).split('&');
  parts[marker.index] = `${marker.key}=${encodeURIComponent(markerFor(marker.value.trim(), marker.lang, lang, 'query'))}`;
  u.search = `?${parts.join('&')}`;
  return u.href;
}

/** Switcher labels (lowercased, whitespace collapsed, surrounding punctuation removed). */
const LABELS: Readonly<Record<string, Lang>> = {
  // Kazakh
  'қаз': 'kk', 'қазақша': 'kk', 'қазақ тілі': 'kk', 'қазақ тілінде': 'kk', 'қазақ': 'kk',
  'каз': 'kk', 'казакша': 'kk', 'казахский': 'kk', 'казахский язык': 'kk',
  kaz: 'kk', kz: 'kk', kk: 'kk', qaz: 'kk', qazaqsha: 'kk', 'qazaq tili': 'kk', kazakh: 'kk',
  // Russian
  'рус': 'ru', 'русский': 'ru', 'русский язык': 'ru', 'на русском': 'ru', 'орыс': 'ru',
  'орысша': 'ru', 'орыс тілі': 'ru', ru: 'ru', rus: 'ru', russian: 'ru',
  // English
  eng: 'en', english: 'en', en: 'en', 'ағылшын': 'en', 'ағылшынша': 'en', 'ағылшын тілі': 'en',
  'англ': 'en', 'английский': 'en',
};

/** Language named by a switcher link's text or hreflang (hreflang wins when recognised). */
export function languageOfLabel(text: string, hreflang?: string | null): Lang | null {
  const fromHreflang = normalizeLang(hreflang);
  if (fromHreflang !== null) return fromHreflang;
  const key = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return LABELS[key] ?? null;
}
