/**
 * A4-2.4 — breadcrumbs showing the user's place in the hierarchy (1, all or nothing): present
 * when at least 90 % of the crawled inner desktop pages (kk, ru) show a breadcrumb trail — links
 * in a breadcrumbs region (an element named or labelled breadcrumb, or schema.org
 * BreadcrumbList microdata, as the crawler classifies regions).
 */
import type { PageRecord, Snapshot } from '../../../crawler/snapshot/schema.ts';
import { requireAnnex4 } from '../../methodology/annex4.ts';
import { note, scoredResult, unscoredResult } from '../../result.ts';
import type { Evidence, IndicatorResult, Rule } from '../../types.ts';
import { EVERY_PAGE_SHARE, homeKeys, isHomePage, judgedPages, shareEvidence, shareOf } from './structurePages.ts';

const ID = 'A4-2.4';
const DEFINITION = requireAnnex4('2.4');

export const BREADCRUMBS_INTERPRETATION = `Interpretation: breadcrumbs are required on inner pages (the home page is the root of the trail); they are present when at least ${EVERY_PAGE_SHARE * 100} % of the crawled inner desktop pages of kk and ru have at least one link inside the breadcrumb trail.`;

export const hasBreadcrumbs = (p: PageRecord) => p.links.some((l) => l.url !== null && l.regions.includes('breadcrumbs'));

export function runBreadcrumbs(snapshot: Snapshot): IndicatorResult[] {
  const homes = homeKeys(snapshot);
  const inner = judgedPages(snapshot).filter((p) => !isHomePage(p, homes));
  const evidence: Evidence[] = [note(BREADCRUMBS_INTERPRETATION)];
  if (inner.length === 0) {
    return [unscoredResult({ id: ID, max: DEFINITION.max, status: 'not-checked', evidence, summary: 'Not checked: no inner kk or ru page was crawled' })];
  }
  const outcome = shareOf(inner, hasBreadcrumbs);
  evidence.push(...shareEvidence('Inner pages with breadcrumbs', outcome));
  const example = inner.find(hasBreadcrumbs);
  const crumb = example?.links.find((l) => l.regions.includes('breadcrumbs'));
  if (example && crumb) evidence.push({ kind: 'element', label: `Breadcrumb link «${crumb.text.trim()}»`, url: example.finalUrl, selector: crumb.selector });
  return [
    scoredResult({
      id: ID,
      max: DEFINITION.max,
      deductions: outcome.met ? [] : [{ reason: `Breadcrumbs on ${outcome.passing} of ${outcome.total} inner pages (fewer than ${EVERY_PAGE_SHARE * 100} %)`, points: DEFINITION.max }],
      evidence,
      summary: outcome.met ? `Breadcrumbs on ${outcome.passing} of ${outcome.total} inner pages` : `No breadcrumbs on ${outcome.failing.length} of ${outcome.total} inner pages`,
    }),
  ];
}

export const breadcrumbsRule: Rule = { id: ID, run: runBreadcrumbs };
