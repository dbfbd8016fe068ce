/**
 * A4-3.1 — text alternatives for non-text content that carries meaning (0.2, all or nothing):
 * axe-core's text-alternative rules (image-alt, input-image-alt, area-alt, object-alt,
 * svg-img-alt, role-img-alt) on the sampled pages; any violation on a page fails it.
 */
import type { Snapshot } from '../../../crawler/snapshot/schema.ts';
import { AxeDataSchema, TEXT_ALTERNATIVE_RULES } from '../../../crawler/probes/accessibility/axeProbe.ts';
import { requireAnnex4 } from '../../methodology/annex4.ts';
import type { Evidence, IndicatorResult, Rule } from '../../types.ts';
import { allOrNothing, ELEMENTS_PER_PAGE, plural, probeRuns, type PageVerdict } from './probeRuns.ts';

const DEFINITION = requireAnnex4('3.1');
const ID = 'A4-3.1';

export const TEXT_ALTERNATIVES_INTERPRETATION = `Interpretation: axe-core ${TEXT_ALTERNATIVE_RULES.join(', ')} on the sampled pages (home, pages with forms, the longest pages, one page per URL template). An image with alt="" or role="presentation" is treated as decorative, as WCAG allows; whether an existing alt text is meaningful is not judged. Any image, image button, image-map area, object, SVG or role="img" element without a text alternative fails its page.`;

export function runTextAlternatives(snapshot: Snapshot): IndicatorResult[] {
  const runs = probeRuns(snapshot, 'axe', AxeDataSchema);
  const rules = new Set<string>(TEXT_ALTERNATIVE_RULES);
  const verdicts: PageVerdict[] = runs.ok.map(({ record, data }) => {
    const violating = data.rules.filter((r) => rules.has(r.id) && r.violations > 0);
    const checked = data.rules.filter((r) => rules.has(r.id)).reduce((n, r) => n + r.passes + r.violations, 0);
    const evidence: Evidence[] = violating.flatMap((r) =>
      r.nodes.slice(0, ELEMENTS_PER_PAGE).map((n) => ({ kind: 'element' as const, label: `${r.id}: no text alternative`, url: record.url, selector: n.target, html: n.html })),
    );
    const count = violating.reduce((n, r) => n + r.violations, 0);
    return {
      url: record.url,
      lang: record.lang,
      passes: count > 0 ? false : checked === 0 ? null : true,
      reasons: count > 0 ? [`${plural(count, 'element')} without a text alternative (${violating.map((r) => `${r.id} ${r.violations}`).join(', ')})`] : [],
      evidence,
    };
  });
  return [
    allOrNothing({
      id: ID,
      definition: DEFINITION,
      probeIds: ['axe'],
      interpretation: TEXT_ALTERNATIVES_INTERPRETATION,
      what: 'axe-core',
      verdicts,
      failed: runs.failed,
      passSummary: `Every non-text element on ${plural(verdicts.length, 'sampled page')} has a text alternative`,
      failSummary: (failing, judged) => `${failing.length} of ${judged} sampled pages have non-text content without a text alternative`,
    }),
  ];
}

export const textAlternativesRule: Rule = { id: ID, run: runTextAlternatives };
