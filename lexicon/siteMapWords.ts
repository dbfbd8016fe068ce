/**
 * Words that name an HTML site map (the page for people, not sitemap.xml) in Kazakh, Russian and
 * English, in link texts and titles, and in URL paths (transliterated).
 */
export const SITE_MAP_TEXT = /(сайт\s*карта(сы)?|карта\s*сайта|site\s*-?\s*map|sitemap)/iu;
export const SITE_MAP_PATH = /(site-?map|karta-?saita|sa[iy]t-?kartas[iy]|kartasaita)/i;
/** A machine-readable site map (sitemap.xml, sitemap.xml.gz, sitemap_index.xml). */
export const XML_SITEMAP_PATH = /\.xml(\.gz)?$/i;

export function namesSiteMap(text: string | null | undefined): boolean {
  return text !== null && text !== undefined && SITE_MAP_TEXT.test(text);
}

/** Whether a URL's path looks like an HTML site-map page (and not like sitemap.xml). */
export function isSiteMapPath(url: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return false;
  }
  return SITE_MAP_PATH.test(path) && !XML_SITEMAP_PATH.test(path);
}

export function isXmlSitemapUrl(url: string): boolean {
  try {
    return XML_SITEMAP_PATH.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
