/**
 * The deficiencies of Annexes 5 and 6 (0.1 point each, capped at 50 % of C or M): insufficient
 * information, outdated acts, materials not updated in time, kk and ru not identical, cited acts
 * without a link. Each finder is a pure function of the snapshot.
 */
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import type { Deficiency } from '../scoring.ts';
import { findActsWithoutLink } from './actWithoutLink.ts';
import { findInsufficient } from './insufficient.ts';
import { findLanguagesDiffer } from './languagesDiffer.ts';
import { findNotUpdated } from './notUpdated.ts';
import { findOutdatedActs } from './outdatedAct.ts';

export type DeficiencyFinder = (snapshot: Snapshot) => Deficiency[];

/** The finders in use; each deficiency kind adds its own. */
export const DEFICIENCY_FINDERS: readonly DeficiencyFinder[] = [
  findInsufficient,
  findOutdatedActs,
  (snapshot) => findNotUpdated(snapshot),
  findLanguagesDiffer,
  findActsWithoutLink,
];

export function findDeficiencies(snapshot: Snapshot): Deficiency[] {
  return DEFICIENCY_FINDERS.flatMap((find) => find(snapshot));
}
