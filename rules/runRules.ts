/**
 * Runs every rule on a snapshot and returns the results in methodology order: Annex 4 (1.1 … 4.4),
 * then Annex 5 and Annex 6 sections, kk before ru. A rule that throws gives 'error' rows instead
 * of stopping the audit.
 */
import type { Snapshot } from '../crawler/snapshot/schema.ts';
import type { IndicatorResult, Rule } from './types.ts';
import { ANNEX4 } from './methodology/annex4.ts';
import { RESULT_LANGS, annexIndicatorId, indicatorCatalogue, rowMax } from './methodology/catalogue.ts';
import { homePageAccessRule } from './annex4/homePageAccessRule.ts';
import { navigationDepthRule } from './annex4/navigationDepthRule.ts';
import { rssRule } from './annex4/rssRule.ts';
import { searchEngineRankRule } from './annex4/searchEngineRankRule.ts';
import { siteMapRule } from './annex4/siteMapRule.ts';
import { ACCESSIBILITY_RULES } from './annex4/accessibility/index.ts';
import { STRUCTURE_RULES } from './annex4/structure/index.ts';
import { ANNEX5_RULES } from './annex5/index.ts';
import { ANNEX6_RULES } from './annex6/index.ts';
import { notDecidedAnnex4Rule } from './notDecidedRules.ts';
import { note, unscoredResult } from './result.ts';

/** The Annex 4 rules decided so far, by indicator id. */
export const DECIDED_ANNEX4_RULES: readonly Rule[] = [searchEngineRankRule, navigationDepthRule, siteMapRule, homePageAccessRule, rssRule, ...STRUCTURE_RULES, ...ACCESSIBILITY_RULES];

/** Every rule in methodology order. */
export function allRules(): Rule[] {
  const decided = new Map(DECIDED_ANNEX4_RULES.map((rule) => [rule.id, rule]));
  const annex4 = ANNEX4.map((indicator) => decided.get(annexIndicatorId(4, indicator.id)) ?? notDecidedAnnex4Rule(indicator.id));
  return [...annex4, ...ANNEX5_RULES, ...ANNEX6_RULES];
}

/** The rows a rule was meant to give, each as an 'error' result carrying the message. */
function errorRows(rule: Rule, snapshot: Snapshot, error: unknown): IndicatorResult[] {
  const message = error instanceof Error ? error.message : String(error);
  const rows = indicatorCatalogue(snapshot.site.config.type).filter(
    (definition) => definition.id === rule.id || (rule.id.length === 2 && definition.id.startsWith(`${rule.id}-`)),
  );
  return rows.flatMap((definition) =>
    (definition.annex === 4 ? [null] : RESULT_LANGS).map((lang) =>
      unscoredResult({
        id: definition.id,
        lang,
        device: definition.device,
        max: rowMax(definition, lang),
        status: 'error',
        evidence: [note(`The rule ${rule.id} failed on this snapshot: ${message}. This is a bug in the tool; please report it with the snapshot.`)],
        summary: `Error: ${message}`,
      }),
    ),
  );
}

export function runRules(snapshot: Snapshot, rules: readonly Rule[] = allRules()): IndicatorResult[] {
  const results: IndicatorResult[] = [];
  for (const rule of rules) {
    try {
      results.push(...rule.run(snapshot));
    } catch (error) {
      results.push(...errorRows(rule, snapshot, error));
    }
  }
  return results;
}
