/**
 * A4-2.12 — direct access to the home page (0.1): the start URL must lead straight to the home
 * page, with no splash or intermediate page (a language choice, "enter the site"). Decided from
 * the crawler's start probe (site.start).
 */
import type { Snapshot, StartProbe } from '../../crawler/snapshot/schema.ts';
import type { Evidence, IndicatorResult, Rule } from '../types.ts';
import { requireAnnex4 } from '../methodology/annex4.ts';
import { looksLikeSplashTitle } from '../../lexicon/splashPageWords.ts';
import { note, scoredResult, unscoredResult } from '../result.ts';

const DEFINITION = requireAnnex4('2.12');
const ID = 'A4-2.12';

/** A page "has navigation" when the crawler saw a nav menu, or at least this many internal links … */
export const MIN_INTERNAL_LINKS = 10;
/** … together with at least this much visible text. */
export const MIN_TEXT_LENGTH = 300;

export const HOME_PAGE_INTERPRETATION = `Interpretation: the start URL gives direct access when it leads, by HTTP redirects only, to a page with navigation (a navigation menu, or at least ${MIN_INTERNAL_LINKS} internal links and ${MIN_TEXT_LENGTH} characters of text). A thin page (few links, little text — a language choice or "enter the site" page), or a thin page that moves on by a meta refresh or a script, is an intermediate page. A timed meta refresh (delay > 0) is a splash page even on a full page. A script that only changes the URL of a page that already shows navigation does not count against the site.`;

export function hasNavigation(start: Pick<StartProbe, 'hasNav' | 'internalLinkCount' | 'textLength'>): boolean {
  return start.hasNav || (start.internalLinkCount >= MIN_INTERNAL_LINKS && start.textLength >= MIN_TEXT_LENGTH);
}

/** The delay in seconds of a meta refresh ("5; url=/ru" → 5), or null when there is none or it cannot be read. */
export function metaRefreshDelay(content: string | null): number | null {
  if (content === null) return null;
  const delay = Number.parseFloat(content.split(/[;,]/)[0] ?? '');
  return Number.isFinite(delay) ? delay : null;
}

function probeEvidence(start: StartProbe): Evidence[] {
  const evidence: Evidence[] = [
    { kind: 'page', label: 'Requested start URL', url: start.requestedUrl, value: start.status },
    { kind: 'page', label: 'Final URL after HTTP redirects', url: start.finalUrl, value: start.status },
    {
      kind: 'value',
      label: 'HTTP redirect chain',
      value: start.redirectChain.length === 0 ? '(none)' : start.redirectChain.map((hop) => `${hop.status} ${hop.url}`).join(' → '),
    },
  ];
  if (start.clientRedirects.length === 0) evidence.push({ kind: 'value', label: 'Client-side redirects', value: '(none)' });
  for (const redirect of start.clientRedirects) {
    evidence.push({ kind: 'element', label: `Client-side redirect by ${redirect.via}`, url: redirect.url, value: redirect.via });
  }
  if (start.metaRefresh !== null) evidence.push({ kind: 'element', label: 'Meta refresh', selector: 'meta[http-equiv="refresh"]', value: start.metaRefresh });
  evidence.push(
    { kind: 'value', label: 'Page title', value: start.title },
    { kind: 'value', label: 'Navigation menu seen', value: start.hasNav },
    { kind: 'value', label: 'Internal links', value: start.internalLinkCount },
    { kind: 'value', label: 'Visible text length (characters)', value: start.textLength },
  );
  if (start.screenshot !== null) evidence.push({ kind: 'screenshot', label: 'Start page as loaded', value: start.screenshot });
  return evidence;
}

export function runHomePageAccess(snapshot: Snapshot): IndicatorResult[] {
  const start = snapshot.site.start;
  if (start === null) {
    return [
      unscoredResult({
        id: ID,
        max: DEFINITION.max,
        status: 'not-checked',
        evidence: [note(HOME_PAGE_INTERPRETATION), note('The snapshot has no start probe (site.start is null).')],
        summary: 'Not checked: the crawl recorded no start probe',
      }),
    ];
  }
  const evidence = [note(HOME_PAGE_INTERPRETATION), ...probeEvidence(start)];
  const withNav = hasNavigation(start);
  const delay = metaRefreshDelay(start.metaRefresh);
  const splashTitle = looksLikeSplashTitle(start.title);
  let failure: string | null = null;
  if (start.status === null || start.status >= 400) {
    failure = `The start URL did not load (${start.status === null ? 'no answer' : `HTTP ${start.status}`})`;
  } else if (start.clientRedirects.length > 0 && !withNav) {
    const via = [...new Set(start.clientRedirects.map((r) => r.via))].join(' and ');
    failure = `The start URL opens a thin page that moves on by ${via} (${start.internalLinkCount} internal links, ${start.textLength} characters of text)`;
  } else if (delay !== null && delay > 0 && (start.clientRedirects.some((r) => r.via === 'meta-refresh') || /url\s*=/i.test(start.metaRefresh ?? ''))) {
    failure = `The start page is a splash page: it moves on after a ${delay} s meta refresh`;
  } else if (!withNav) {
    failure = `The start URL opens an intermediate page (${start.internalLinkCount} internal links, ${start.textLength} characters of text, no navigation menu)${splashTitle ? ` titled «${start.title}»` : ''}`;
  }
  if (failure === null && splashTitle) {
    evidence.push(note(`The page title «${start.title}» reads like a language-choice or splash page, but the page has navigation; a reviewer may look at the screenshot.`));
  }
  if (failure === null && start.clientRedirects.length > 0) {
    evidence.push(note('A client-side redirect happened on a page that already shows navigation; it is not counted as an intermediate page.'));
  }
  return [
    scoredResult({
      id: ID,
      max: DEFINITION.max,
      deductions: failure === null ? [] : [{ reason: failure, points: DEFINITION.max }],
      evidence,
      summary: failure ?? `The start URL leads${start.redirectChain.length > 0 ? ' by HTTP redirects' : ''} straight to the home page ${start.finalUrl}`,
    }),
  ];
}

export const homePageAccessRule: Rule = { id: ID, run: runHomePageAccess };
