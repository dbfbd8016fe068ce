/** The whole of the rules stage in one call: results in methodology order, k, and the scores. */
import type { Snapshot } from '../crawler/snapshot/schema.ts';
import type { IndicatorResult } from './types.ts';
import { mobileCoefficient, type MobileCoefficientResult } from './mobile/mobileCoefficient.ts';
import { runRules } from './runRules.ts';
import { findDeficiencies } from './deficiencies/index.ts';
import { score, type Deficiency, type Scores } from './scoring.ts';

export interface ScoredSnapshot {
  results: IndicatorResult[];
  scores: Scores;
  mobile: MobileCoefficientResult;
  deficiencies: Deficiency[];
}

export function scoreSnapshot(snapshot: Snapshot, options: { deficiencies?: Deficiency[] } = {}): ScoredSnapshot {
  const results = runRules(snapshot);
  const mobile = mobileCoefficient(snapshot);
  const deficiencies = options.deficiencies ?? findDeficiencies(snapshot);
  const scores = score(results, { k: mobile.k, linkPenalty: mobile.linkPenalty, deficiencies });
  return { results, scores, mobile, deficiencies };
}
