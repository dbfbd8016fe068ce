/**
 * A4-1.1 — the site is found by the body's full and short name in Google, Yandex and Mail.ru.
 * The tool cannot query search engines (it never sends traffic anywhere but the audited site),
 * so the row is 'manual': the evidence gives the reviewer the names to search for, the engines
 * and the scoring steps, and the reviewer's verdict in report.html decides the points.
 */
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import type { IndicatorResult, Rule } from '../types.ts';
import { requireAnnex4 } from '../methodology/annex4.ts';
import { note, unscoredResult } from '../result.ts';

const DEFINITION = requireAnnex4('1.1');
const ID = 'A4-1.1';

export const SEARCH_ENGINE_INTERPRETATION =
  'Interpretation: indicator 1.1 needs a person — the tool sends no query to search engines. The reviewer searches the body\'s full and short names in each engine, finds the site\'s rank, and enters the points (the mean of the three engines\' steps) as a verdict.';

export function runSearchEngineRank(snapshot: Snapshot): IndicatorResult[] {
  const scoring = DEFINITION.scoring;
  const steps = scoring.type === 'rank-steps'
    ? scoring.steps.map((s) => `rank ${s.fromRank}${s.toRank === null ? '+' : `–${s.toRank}`} → ${s.points}`).join('; ')
    : '';
  const engines = scoring.type === 'rank-steps' ? scoring.engines.join(', ') : 'Google, Yandex, Mail.ru';
  const homes = snapshot.pages.filter((p) => p.device === 'desktop' && snapshot.site.languages.some((v) => v.homeUrl === p.url || v.homeUrl === p.finalUrl));
  const names = [...new Set(homes.flatMap((p) => [p.title, p.headings.find((h) => h.level === 1)?.text ?? '']).map((t) => t.trim()).filter(Boolean))];
  return [
    unscoredResult({
      id: ID,
      max: DEFINITION.max,
      status: 'manual',
      evidence: [
        note(SEARCH_ENGINE_INTERPRETATION),
        { kind: 'value', label: 'Engines', value: engines },
        { kind: 'value', label: 'Points per engine', value: steps },
        ...names.slice(0, 6).map((name) => ({ kind: 'value' as const, label: 'A name the site gives itself (search for the full and the short name)', value: name })),
      ],
      summary: `Needs a reviewer: search the body's names in ${engines}`,
    }),
  ];
}

export const searchEngineRankRule: Rule = { id: ID, run: runSearchEngineRank };
