/**
 * Shared helpers of the structure rules: the pages "every page" indicators are judged on (crawled
 * desktop HTML pages of kk and ru), home pages, the per-item scoring of an Annex 4 indicator, and
 * the threshold that turns a share of pages into "present on every page".
 */
import type { Lang, PageRecord, Snapshot } from '../../../crawler/snapshot/schema.ts';
import { isHtmlPage } from '../../../crawler/extract/toPageRecord.ts';
import { requireAnnex4, type Annex4Indicator, type Annex4Item } from '../../methodology/annex4.ts';
import { looseUrlKey } from '../../urlStatus.ts';
import { percent } from '../../result.ts';
import type { Evidence } from '../../types.ts';

/**
 * Interpretation: an element required "on every page" is present when at least this share of the
 * crawled desktop pages (kk and ru) have it; a few special pages (a print view, an error page)
 * should not cost the whole item, a missing element on a tenth of the site should.
 */
export const EVERY_PAGE_SHARE = 0.9;
/** How many failing pages are listed one by one in the evidence. */
export const EXAMPLES = 10;

export const JUDGED_LANGS: readonly Lang[] = ['kk', 'ru'];

/** Crawled desktop HTML pages of kk and ru, in URL order. */
export function judgedPages(snapshot: Snapshot, langs: readonly Lang[] = JUDGED_LANGS): PageRecord[] {
  return snapshot.pages
    .filter((p) => p.device === 'desktop' && p.lang !== null && langs.includes(p.lang) && isHtmlPage(p))
    .sort((a, b) => a.finalUrl.localeCompare(b.finalUrl));
}

/** Loose keys of the language versions' home pages (and of the pages that fetched them). */
export function homeKeys(snapshot: Snapshot): Set<string> {
  const keys = new Set<string>();
  for (const v of snapshot.site.languages) {
    keys.add(looseUrlKey(v.homeUrl));
    for (const p of snapshot.pages) if (p.url === v.homeUrl || p.finalUrl === v.homeUrl) keys.add(looseUrlKey(p.finalUrl));
  }
  try {
    keys.add(looseUrlKey(new URL('/', snapshot.site.config.startUrl).href));
  } catch {
    /* no root */
  }
  return keys;
}

export function isHomePage(page: PageRecord, homes: ReadonlySet<string>): boolean {
  return homes.has(looseUrlKey(page.finalUrl)) || homes.has(looseUrlKey(page.url));
}

export function perItem(id: string): { indicator: Annex4Indicator; perItem: number; items: Annex4Item[] } {
  const indicator = requireAnnex4(id);
  if (indicator.scoring.type !== 'per-item') throw new Error(`Annex 4 ${id} must be a per-item indicator`);
  return { indicator, perItem: indicator.scoring.perItem, items: indicator.scoring.items };
}

export function itemTitle(items: readonly Annex4Item[], id: string): string {
  return items.find((i) => i.id === id)?.title.en ?? id;
}

export interface ShareOutcome {
  total: number;
  passing: number;
  share: number;
  met: boolean;
  failing: PageRecord[];
}

/** The share of pages that pass a test, and whether it reaches `min`. */
export function shareOf(pages: readonly PageRecord[], test: (p: PageRecord) => boolean, min = EVERY_PAGE_SHARE): ShareOutcome {
  const failing = pages.filter((p) => !test(p));
  const passing = pages.length - failing.length;
  const share = pages.length === 0 ? 0 : passing / pages.length;
  return { total: pages.length, passing, share, met: pages.length > 0 && share >= min, failing };
}

/** Evidence rows for a share: the value, then examples of failing pages. */
export function shareEvidence(what: string, outcome: ShareOutcome): Evidence[] {
  const rows: Evidence[] = [
    { kind: 'value', label: `${what}: ${outcome.passing} of ${outcome.total} pages (${percent(outcome.share)}; present when ≥ ${percent(EVERY_PAGE_SHARE)})`, value: outcome.share },
  ];
  for (const p of outcome.failing.slice(0, EXAMPLES)) rows.push({ kind: 'page', label: `Without it: ${p.title || p.finalUrl}`, url: p.finalUrl });
  if (outcome.failing.length > EXAMPLES) rows.push({ kind: 'note', label: `… and ${outcome.failing.length - EXAMPLES} more pages without it` });
  return rows;
}
