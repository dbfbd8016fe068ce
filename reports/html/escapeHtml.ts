/**
 * Everything from the audited site is untrusted: text is escaped for HTML text and attributes,
 * and only http(s) URLs become live links (a `javascript:` or `data:` URL is shown as text).
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** The URL when it may be a live link (absolute http/https), else null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"); parse as they do.
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}

/**
 * A snapshot-relative screenshot path ('screenshots/x.png') as a link relative to the report
 * (which sits beside snapshot/), or null when the path is anything else.
 */
export function screenshotHref(path: string | null | undefined): string | null {
  if (!path) return null;
  const clean = path.replace(/^\.\//, '').replace(/^snapshot\//, '');
  if (!/^screenshots\/[A-Za-z0-9._\-/]+\.(png|jpe?g|webp)$/i.test(clean) || clean.split('/').includes('..')) return null;
  return `snapshot/${clean}`;
}

/** A link whose text is the URL itself, or just the escaped text when the URL may not be live. */
export function linkOrText(url: string, text: string = url): string {
  const href = safeHref(url);
  return href ? `<a href="${esc(href)}" rel="noopener noreferrer nofollow" target="_blank">${esc(text)}</a>` : `<span class="url">${esc(text)}</span>`;
}
