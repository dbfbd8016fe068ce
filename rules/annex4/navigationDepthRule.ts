/**
 * A4-2.2 — navigational accessibility: full points when at least 50 % of the materials are within
 * 5 clicks of the home page, otherwise 0 (the original names Xenu Link Sleuth). Decided from the
 * crawler's click depths (site.depthSummary, site.depths). One site-level row carries the points;
 * the per-language shares are evidence.
 */
import type { Lang, Snapshot } from '../../crawler/snapshot/schema.ts';
import type { Evidence, IndicatorResult, Rule } from '../types.ts';
import { requireAnnex4 } from '../methodology/annex4.ts';
import { note, percent, scoredResult, unscoredResult } from '../result.ts';
import { looseUrlKey } from '../urlStatus.ts';

const DEFINITION = requireAnnex4('2.2');
const ID = 'A4-2.2';

export const NAVIGATION_DEPTH_INTERPRETATION =
  "Interpretation: every page the crawl knows (found by links or listed in sitemap.xml) is a material; its click depth is the shortest chain of links from its language's home page, through any links rather than the menu alone (language-switch links left out). Pages not reachable by links count as deeper than 5. The 50 % threshold is applied to all language versions together; the per-language shares are shown.";

export interface LanguageDepthShare {
  lang: Lang | 'unknown';
  /** Pages at click depth ≤ maxClicks. */
  within: number;
  /** Pages reachable, but deeper than maxClicks. */
  deeper: number;
  /** Pages known but not reachable by links from the home page. */
  unreachable: number;
  /** All known pages (the denominator). */
  total: number;
  histogram: Record<string, number>;
}

function scoringOf() {
  const scoring = DEFINITION.scoring;
  if (scoring.type !== 'share-threshold') throw new Error('Annex 4 2.2 must be a share-threshold indicator');
  return scoring;
}

/** Per-language shares from site.depthSummary, or, when the crawler wrote none, from site.depths. */
export function depthShares(snapshot: Snapshot, maxClicks: number): LanguageDepthShare[] {
  const { depthSummary, depths } = snapshot.site;
  if (depthSummary.length > 0) {
    return depthSummary.map((summary) => {
      let within = 0;
      let deeper = 0;
      for (const [depth, count] of Object.entries(summary.histogram)) {
        if (Number(depth) <= maxClicks) within += count;
        else deeper += count;
      }
      // Pages known beyond the crawl's max depth are deeper still.
      deeper += summary.beyondMaxDepth;
      const total = Math.max(summary.total + summary.beyondMaxDepth, within + deeper + summary.unreachable);
      return { lang: summary.lang, within, deeper, unreachable: summary.unreachable, total, histogram: summary.histogram };
    });
  }
  const langOf = new Map<string, Lang | null>();
  for (const page of snapshot.pages) {
    langOf.set(page.url, page.lang);
    langOf.set(looseUrlKey(page.url), page.lang);
  }
  const byLang = new Map<Lang | 'unknown', LanguageDepthShare>();
  for (const [url, depth] of Object.entries(depths)) {
    const lang = langOf.get(url) ?? langOf.get(looseUrlKey(url)) ?? 'unknown';
    const share = byLang.get(lang) ?? { lang, within: 0, deeper: 0, unreachable: 0, total: 0, histogram: {} };
    share.total += 1;
    if (depth === null) share.unreachable += 1;
    else {
      share.histogram[String(depth)] = (share.histogram[String(depth)] ?? 0) + 1;
      if (depth <= maxClicks) share.within += 1;
      else share.deeper += 1;
    }
    byLang.set(lang, share);
  }
  return [...byLang.values()];
}

function histogramText(histogram: Record<string, number>): string {
  return Object.entries(histogram)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([depth, count]) => `${depth}:${count}`)
    .join(', ');
}

/** Up to `limit` pages that are unreachable or deeper than `beyond` clicks: unreachable first, then deepest. */
export function deepestPages(depths: Record<string, number | null>, beyond: number, limit: number): { url: string; depth: number | null }[] {
  return Object.entries(depths)
    .map(([url, depth]) => ({ url, depth }))
    .filter((entry) => entry.depth === null || entry.depth > beyond)
    .sort((a, b) => {
      if (a.depth === null && b.depth === null) return a.url.localeCompare(b.url);
      if (a.depth === null) return -1;
      if (b.depth === null) return 1;
      return b.depth - a.depth || a.url.localeCompare(b.url);
    })
    .slice(0, limit);
}

export function runNavigationDepth(snapshot: Snapshot): IndicatorResult[] {
  const { maxClicks, minShare } = scoringOf();
  const shares = depthShares(snapshot, maxClicks);
  const within = shares.reduce((s, l) => s + l.within, 0);
  const total = shares.reduce((s, l) => s + l.total, 0);
  const evidence: Evidence[] = [note(NAVIGATION_DEPTH_INTERPRETATION)];
  if (total === 0) {
    return [
      unscoredResult({
        id: ID,
        max: DEFINITION.max,
        status: 'not-checked',
        evidence: [...evidence, note('The snapshot has no click depths (site.depthSummary and site.depths are empty).')],
        summary: 'Not checked: the crawl recorded no click depths',
      }),
    ];
  }
  for (const share of shares) {
    evidence.push({
      kind: 'value',
      label: `${share.lang}: ${share.within} of ${share.total} known pages at click depth ≤ ${maxClicks} (${percent(share.within / Math.max(1, share.total))}); ${share.deeper} deeper, ${share.unreachable} not reachable by links`,
      value: share.total === 0 ? null : Math.round((share.within / share.total) * 1000) / 1000,
    });
    evidence.push({ kind: 'value', label: `${share.lang}: pages by click depth (depth:count)`, value: histogramText(share.histogram) || '(none)' });
  }
  const share = within / total;
  evidence.push({ kind: 'value', label: `Site: share of known pages at click depth ≤ ${maxClicks}`, value: Math.round(share * 1000) / 1000 });
  for (const page of deepestPages(snapshot.site.depths, maxClicks, 10)) {
    evidence.push({
      kind: 'page',
      label: page.depth === null ? 'Not reachable by links from the home page' : `Click depth ${page.depth}`,
      url: page.url,
      value: page.depth,
    });
  }
  const cutByDepth = snapshot.site.notFetched.filter((n) => n.reason === 'max-depth').length;
  if (cutByDepth > 0) {
    evidence.push(
      note(
        `${cutByDepth} linked URLs were not fetched because the crawl's depth limit (${snapshot.site.config.maxDepth}) was reached; they are not in the count.`,
        cutByDepth,
      ),
    );
  }
  if (snapshot.site.status !== 'complete') {
    evidence.push(note(`The crawl did not complete (status: ${snapshot.site.status}); the share is over the pages it found.`));
  }
  const passed = within >= minShare * total - 1e-9;
  const summary = `${percent(share)} of ${total} known pages are within ${maxClicks} clicks of the home page (${percent(minShare)} needed)`;
  return [
    scoredResult({
      id: ID,
      max: DEFINITION.max,
      deductions: passed
        ? []
        : [{ reason: `Only ${percent(share)} of known pages are within ${maxClicks} clicks of the home page; at least ${percent(minShare)} are needed`, points: DEFINITION.max }],
      evidence,
      summary,
    }),
  ];
}

export const navigationDepthRule: Rule = { id: ID, run: runNavigationDepth };
