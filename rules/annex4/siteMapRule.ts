/**
 * A4-2.5 — a site map is present (0.4): −0.1 for each broken link in the site map, at most −0.2.
 * The site map is an HTML page for people; sitemap.xml alone is shown as evidence but does not count.
 */
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import type { Deduction, Evidence, IndicatorResult, Rule } from '../types.ts';
import { requireAnnex4 } from '../methodology/annex4.ts';
import { note, scoredResult, unscoredResult } from '../result.ts';
import { indexUrls, looseUrlKey, type UrlStatus } from '../urlStatus.ts';
import { findSiteMapCandidates, siteMapContentLinks, type SiteMapCandidate } from './siteMapPages.ts';

const DEFINITION = requireAnnex4('2.5');
const ID = 'A4-2.5';
/** How many links of unknown status are listed one by one. */
const UNKNOWN_LISTED = 20;

function scoringOf() {
  const scoring = DEFINITION.scoring;
  if (scoring.type !== 'per-occurrence') throw new Error('Annex 4 2.5 must be a per-occurrence indicator');
  return scoring;
}

export const SITE_MAP_INTERPRETATION =
  'Interpretation: the site map is an HTML page for people, found by its link text («Сайт картасы», «Карта сайта», «Site map») or its URL path; a sitemap.xml file alone does not count. A broken link is one whose URL answered HTTP 400 or above or failed to load; links the crawl did not check are listed as not checked and cost nothing. Each language version has its own site map; the broken links are counted in the version whose site map has the most, so one entry broken in the kk, ru and en site maps is one defect, not three.';

function statusText(status: UrlStatus): string {
  if (status.status !== null) return `HTTP ${status.status}`;
  return status.error ?? 'no answer';
}

function candidateEvidence(candidate: SiteMapCandidate): Evidence {
  const how = candidate.how.join(', ');
  const from = candidate.linkedFrom[0];
  const label =
    candidate.state === 'found'
      ? `Site map (${candidate.lang ?? 'language unknown'}), found by ${how}`
      : candidate.state === 'broken'
        ? `A site-map link leads to a page that does not load (${candidate.status !== null ? `HTTP ${candidate.status}` : (candidate.error ?? 'error')})`
        : candidate.state === 'not-html'
          ? 'A site-map link leads to a file that is not an HTML page'
          : 'A site-map link was found but its page was not fetched by the crawl';
  const evidence: Evidence = { kind: candidate.state === 'found' ? 'page' : 'element', label, url: candidate.url, value: candidate.status };
  if (candidate.state !== 'found' && from) {
    evidence.selector = from.link.selector;
    evidence.label += ` (linked from ${from.from} as «${from.link.text.trim()}»)`;
  }
  return evidence;
}

export function runSiteMap(snapshot: Snapshot): IndicatorResult[] {
  const scoring = scoringOf();
  const index = indexUrls(snapshot);
  const candidates = findSiteMapCandidates(snapshot, index);
  const found = candidates.filter((c) => c.state === 'found');
  const evidence: Evidence[] = [note(SITE_MAP_INTERPRETATION)];
  for (const sitemap of snapshot.site.sitemaps) {
    evidence.push({
      kind: 'note',
      label: `sitemap.xml ${sitemap.status === 200 ? `found (${sitemap.urlCount} URLs)` : `not usable (${sitemap.status !== null ? `HTTP ${sitemap.status}` : (sitemap.error ?? 'no answer')})`} — evidence only; it does not count as the site map`,
      url: sitemap.url,
      value: sitemap.urlCount,
    });
  }
  for (const candidate of candidates) evidence.push(candidateEvidence(candidate));

  const langs = snapshot.site.config.langs;
  const langsWith = new Set(found.map((c) => c.lang));
  const missingLangs = langs.filter((lang) => !langsWith.has(lang));
  if (found.length > 0 && missingLangs.length > 0) {
    evidence.push(note(`No HTML site map was found for: ${missingLangs.join(', ')}. A site map in at least one language version counts as present.`));
  }

  if (found.length === 0) {
    if (candidates.some((c) => c.state === 'not-fetched')) {
      return [
        unscoredResult({
          id: ID,
          max: DEFINITION.max,
          status: 'not-checked',
          evidence,
          summary: 'Not checked: a site-map link was found but its page was not fetched',
        }),
      ];
    }
    return [
      scoredResult({
        id: ID,
        max: DEFINITION.max,
        deductions: [{ reason: 'No HTML site-map page was found on the site', points: DEFINITION.max }],
        evidence,
        summary:
          snapshot.site.sitemaps.some((s) => s.status === 200)
            ? 'No HTML site map (only sitemap.xml, which does not count)'
            : 'No HTML site map found',
      }),
    ];
  }

  const linkSeen = new Map<string, { url: string; selector: string; text: string; from: string; lang: string }>();
  for (const candidate of found) {
    if (!candidate.page) continue;
    const { links, scope } = siteMapContentLinks(candidate.page);
    evidence.push({ kind: 'value', label: `Links in the site map ${candidate.url} (taken from: ${scope})`, url: candidate.url, value: links.length });
    for (const link of links) {
      const key = looseUrlKey(link.url ?? '');
      if (!linkSeen.has(key)) linkSeen.set(key, { url: link.url ?? '', selector: link.selector, text: link.text.trim(), from: candidate.url, lang: candidate.lang ?? '?' });
    }
  }
  const brokenByLang = new Map<string, Deduction[]>();
  const unknown: { url: string; selector: string; text: string; from: string }[] = [];
  let ok = 0;
  for (const link of linkSeen.values()) {
    const status = index.status(link.url, 'sitemap-page-link');
    if (status.state === 'broken') {
      const list = brokenByLang.get(link.lang) ?? [];
      list.push({ reason: `Broken link in the site map: ${link.url} (${statusText(status)})`, points: scoring.perOccurrence });
      brokenByLang.set(link.lang, list);
      evidence.push({
        kind: 'element',
        label: `Broken link «${link.text}» on ${link.from} (${statusText(status)}, from ${status.source})`,
        url: link.url,
        selector: link.selector,
        value: status.status,
      });
    } else if (status.state === 'ok') ok += 1;
    else unknown.push(link);
  }
  // The language version whose site map has the most broken links decides the deduction.
  const worst = [...brokenByLang].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0];
  const deductions = worst?.[1] ?? [];
  evidence.push({ kind: 'value', label: 'Site-map links that work', value: ok });
  evidence.push({ kind: 'value', label: `Site-map links that are broken${brokenByLang.size > 1 ? ` (per language: ${[...brokenByLang].map(([l, d]) => `${l} ${d.length}`).join(', ')}; counted: ${worst?.[0]})` : ''}`, value: deductions.length });
  if (unknown.length > 0) {
    evidence.push({ kind: 'value', label: 'Site-map links not checked (status unknown; not counted as broken)', value: unknown.length });
    for (const link of unknown.slice(0, UNKNOWN_LISTED)) {
      evidence.push({ kind: 'element', label: `Not checked: «${link.text}» on ${link.from}`, url: link.url, selector: link.selector, value: null });
    }
  }
  const summary =
    deductions.length === 0
      ? `HTML site map found (${found.map((c) => c.lang ?? '?').join(', ')}); no broken links among ${ok} checked${unknown.length ? `, ${unknown.length} not checked` : ''}`
      : `HTML site map found; ${deductions.length} broken link(s) (−${scoring.perOccurrence} each, at most −${scoring.cap})`;
  return [scoredResult({ id: ID, max: DEFINITION.max, deductions, cap: scoring.cap, evidence, summary })];
}

export const siteMapRule: Rule = { id: ID, run: runSiteMap };
