/**
 * Folding text for matching: lower case, Cyrillic Kazakh and Russian mapped to plain Latin
 * letters the way the 2021 Kazakh Latin alphabet writes them (ә→a, қ→q, ң→n, ұ/ү→u, і→i, ш→sh,
 * ж→j …), and Latin-script text stripped of its diacritics the same way, so «Бос орындар» and
 * «Bos oryndar» fold to the same string. Only used to compare; evidence keeps the original text.
 */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'j', з: 'z', и: 'i', й: 'i',
  к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ұ: 'u', ү: 'u', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', і: 'i', ь: '',
  э: 'e', ю: 'iu', я: 'ia',
};
const LATIN: Readonly<Record<string, string>> = {
  ä: 'a', ğ: 'g', ı: 'y', ñ: 'n', ö: 'o', ū: 'u', ü: 'u', ş: 'sh', ç: 'ch', á: 'a', ó: 'o', ú: 'u', ý: 'y', ǵ: 'g', ń: 'n',
};

const cache = new Map<string, string>();
const CACHE_MAX_KEY = 300;
const CACHE_MAX_SIZE = 20000;

export function fold(text: string): string {
  if (text.length > CACHE_MAX_KEY) return foldUncached(text);
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const out = foldUncached(text);
  if (cache.size >= CACHE_MAX_SIZE) cache.clear();
  cache.set(text, out);
  return out;
}

function foldUncached(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) {
    const mapped = CYRILLIC[ch] ?? LATIN[ch];
    if (mapped !== undefined) out += mapped;
    else if (/[a-z0-9]/.test(ch)) out += ch;
    else if (ch === '@' || ch === '.' || ch === '-') out += ch;
    else out += ' ';
  }
  // Latin-script Kazakh writes ж as "zh" in the older (2018) spelling and some sites keep it.
  return out.replace(/zh/g, 'j').replace(/\s+/g, ' ');
}
