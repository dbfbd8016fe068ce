/** The whole of the rules stage in one call: results in methodology order, k, and the scores. */
import type { Snapshot } from '../crawler/snapshot/schema.ts';
import type { IndicatorResult } from './types.ts';
import { mobileCoefficient, type MobileCoefficientResult } from './mobile/mobileCoefficient.ts';
import { runRules } from './runRules.ts';
import { score, type Deficiency, type Scores } from './scoring.ts';

export interface ScoredSnapshot {
  results: IndicatorResult[];
  scores: Scores;
  mobile: MobileCoefficientResult;
}

export function scoreSnapshot(snapshot: Snapshot, options: { deficiencies?: Deficiency[] } = {}): ScoredSnapshot {
  const results = runRules(snapshot);
  const mobile = mobileCoefficient(snapshot);
  const scores = score(results, { k: mobile.k, linkPenalty: mobile.linkPenalty, deficiencies: options.deficiencies ?? [] });
  return { results, scores, mobile };
}
