/**
 * The sample of pages the expensive probes run on, per language: the home page, every page with
 * a form, the longest pages, then one page per URL template (/kz/news/123 and /kz/news/456 are
 * one template), in crawl order, up to a cap. Deterministic.
 */
import { isHtmlPage } from '../extract/toPageRecord.ts';
import type { Device, Lang, PageRecord, Snapshot } from '../snapshot/schema.ts';
import type { ProbeTarget } from './probeTypes.ts';

export interface SampleOptions {
  device?: Device;
  langs?: readonly Lang[];
  perLang?: number;
  longest?: number;
}

/** /kz/news/2024/123?page=2 → /kz/news/:n/:n?page */
export function urlTemplate(url: string): string {
  const u = new URL(url);
  const path = u.pathname.split('/').map((seg) => (/\d/.test(seg) ? ':n' : seg)).join('/');
  const keys = [...new Set([...u.searchParams.keys()])].filter((k) => k !== 'lang').sort();
  return keys.length ? `${path}?${keys.join('&')}` : path;
}

const target = (p: PageRecord): ProbeTarget => ({ url: p.finalUrl, lang: p.lang, page: p });

export function homeTargets(snapshot: Snapshot, langs: readonly Lang[] = ['kk', 'ru']): ProbeTarget[] {
  return snapshot.site.languages
    .filter((v) => langs.includes(v.lang))
    .map((v) => {
      const page = snapshot.pages.find((p) => p.device === 'desktop' && (p.url === v.homeUrl || p.finalUrl === v.homeUrl)) ?? null;
      return { url: page?.finalUrl ?? v.homeUrl, lang: v.lang, page };
    });
}

export function sampleTargets(snapshot: Snapshot, options: SampleOptions = {}): ProbeTarget[] {
  const device = options.device ?? 'desktop';
  const langs = options.langs ?? ['kk', 'ru'];
  const perLang = options.perLang ?? 12;
  const longest = options.longest ?? 2;
  const out: ProbeTarget[] = [];
  for (const lang of langs) {
    const pages = snapshot.pages
      .filter((p) => p.device === device && p.lang === lang && isHtmlPage(p))
      .sort((a, b) => a.crawlLevel - b.crawlLevel || a.finalUrl.localeCompare(b.finalUrl));
    const chosen = new Map<string, PageRecord>();
    const add = (p: PageRecord | undefined) => {
      if (p && chosen.size < perLang && !chosen.has(p.finalUrl)) chosen.set(p.finalUrl, p);
    };
    const home = snapshot.site.languages.find((v) => v.lang === lang)?.homeUrl;
    add(pages.find((p) => p.url === home || p.finalUrl === home));
    for (const p of pages.filter((q) => q.forms.some((f) => !f.isSearch))) add(p);
    for (const p of [...pages].sort((a, b) => b.textLength - a.textLength).slice(0, longest)) add(p);
    const templates = new Set([...chosen.values()].map((p) => urlTemplate(p.finalUrl)));
    for (const p of pages) {
      const t = urlTemplate(p.finalUrl);
      if (templates.has(t)) continue;
      templates.add(t);
      add(p);
    }
    out.push(...[...chosen.values()].map(target));
  }
  return out;
}
