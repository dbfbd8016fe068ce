/**
 * The page-level Annex 4 indicators `tekser page` reports (2.3, 2.4, 2.9 from the page record,
 * 3.1–3.8 from the accessibility probes), run as pure rules on a one-page snapshot; and the rows
 * shown for a page that could not be opened.
 */
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { requireAnnex4 } from '../../rules/methodology/annex4.ts';
import { ACCESSIBILITY_RULES } from '../../rules/annex4/accessibility/index.ts';
import { contrastRuleFor, type ContrastStandard } from '../../rules/annex4/accessibility/contrastRule.ts';
import { breadcrumbsRule } from '../../rules/annex4/structure/breadcrumbsRule.ts';
import { datesRule } from '../../rules/annex4/structure/datesRule.ts';
import { everyPageElementsRule } from '../../rules/annex4/structure/everyPageElementsRule.ts';
import { unscoredResult } from '../../rules/result.ts';
import type { IndicatorResult, Rule } from '../../rules/types.ts';

export const PAGE_INDICATORS = ['A4-2.3', 'A4-2.4', 'A4-2.9', 'A4-3.1', 'A4-3.2', 'A4-3.3', 'A4-3.4', 'A4-3.5', 'A4-3.6', 'A4-3.7', 'A4-3.8'] as const;

export function pageRules(contrast: ContrastStandard): Rule[] {
  const a11y = ACCESSIBILITY_RULES.map((r) => (r.id === 'A4-3.7' ? contrastRuleFor(contrast) : r));
  return [everyPageElementsRule, breadcrumbsRule, datesRule, ...a11y];
}

const order = (id: string) => {
  const i = (PAGE_INDICATORS as readonly string[]).indexOf(id);
  return i < 0 ? PAGE_INDICATORS.length : i;
};

/** The page-level results for one page's snapshot, in indicator order. */
export function runPageRules(snapshot: Snapshot, contrast: ContrastStandard): IndicatorResult[] {
  return pageRules(contrast)
    .flatMap((rule) => rule.run(snapshot))
    .filter((r) => (PAGE_INDICATORS as readonly string[]).includes(r.id))
    .sort((a, b) => order(a.id) - order(b.id));
}

/** Every page-level indicator as an error with the reason the page could not be measured. */
export function errorRows(url: string, message: string): IndicatorResult[] {
  return PAGE_INDICATORS.map((id) => unscoredResult({
    id,
    max: requireAnnex4(id.replace(/^A4-/, '')).max,
    status: 'error',
    evidence: [{ kind: 'note', label: `The page could not be opened: ${message}`, url }],
    summary: `Error: the page could not be opened (${message})`,
  }));
}
