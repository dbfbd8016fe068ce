/**
 * A4-3.7 — text contrast not below 4.5:1 (0.2, all or nothing): axe-core color-contrast run at
 * 4.5:1 for ALL text (the methodology has no large-text exception). The WCAG view (3:1 for large
 * text: ≥ 18 pt, or ≥ 14 pt bold) is reported beside it and decides nothing — unless the rule is
 * built with the 'wcag' standard (`tekser page --contrast wcag`), where that view decides.
 */
import type { Snapshot } from '../../../crawler/snapshot/schema.ts';
import { AxeDataSchema, REQUIRED_CONTRAST, WCAG_LARGE_TEXT_CONTRAST, type AxeNode } from '../../../crawler/probes/accessibility/axeProbe.ts';
import { requireAnnex4 } from '../../methodology/annex4.ts';
import type { Evidence, IndicatorResult, Rule } from '../../types.ts';
import { allOrNothing, ELEMENTS_PER_PAGE, plural, probeRuns, type PageVerdict } from './probeRuns.ts';

const DEFINITION = requireAnnex4('3.7');
const ID = 'A4-3.7';

export const CONTRAST_INTERPRETATION = `Interpretation: the methodology asks ${REQUIRED_CONTRAST}:1 for all text with no large-text exception, so axe-core color-contrast is run with ${REQUIRED_CONTRAST}:1 for normal and large text alike; any text below it fails its page. The WCAG 1.4.3 view (${REQUIRED_CONTRAST}:1, and ${WCAG_LARGE_TEXT_CONTRAST}:1 for text of at least 18 pt or 14 pt bold) is shown beside it for information. Text whose background axe cannot determine (images, gradients) is counted as "needs review" and does not fail a page.`;

/** Which threshold decides: the methodology's 4.5:1 for all text (default) or WCAG 1.4.3 (3:1 for large text). */
export type ContrastStandard = 'methodology' | 'wcag';
export const CONTRAST_STANDARDS: readonly ContrastStandard[] = ['methodology', 'wcag'];

export const WCAG_CONTRAST_INTERPRETATION = `Interpretation (WCAG view, asked for with --contrast wcag): judged by WCAG 1.4.3 instead of the methodology — text needs ${REQUIRED_CONTRAST}:1, and text of at least 18 pt or 14 pt bold needs only ${WCAG_LARGE_TEXT_CONTRAST}:1. axe-core measures at ${REQUIRED_CONTRAST}:1 for all text; large text between ${WCAG_LARGE_TEXT_CONTRAST}:1 and ${REQUIRED_CONTRAST}:1 is accepted here. Failing elements beyond the ones axe-core reports in detail are counted as failing. Text whose background axe cannot determine (images, gradients) is counted as "needs review" and does not fail a page.`;

function nodeEvidence(url: string, n: AxeNode): Evidence {
  const c = n.contrast;
  const label = c
    ? `Contrast ${c.ratio ?? '?'}:1 (text ${c.fgColor ?? '?'} on ${c.bgColor ?? '?'}, ${c.fontSize ?? '?'} ${c.fontWeight ?? ''}${c.large ? ', large text' : ''}); WCAG view: ${c.wcagFail ? 'fails' : `passes (${WCAG_LARGE_TEXT_CONTRAST}:1 for large text)`}`
    : 'Text contrast below 4.5:1';
  return { kind: 'element', label, url, selector: n.target, html: n.html, value: c?.ratio ?? null };
}

export function runContrast(snapshot: Snapshot, options: { standard?: ContrastStandard } = {}): IndicatorResult[] {
  const wcagDecides = options.standard === 'wcag';
  const runs = probeRuns(snapshot, 'axe', AxeDataSchema);
  let wcagPages = 0;
  let largeOnly = 0;
  let review = 0;
  const verdicts: PageVerdict[] = runs.ok.map(({ record, data }) => {
    const rule = data.rules.find((r) => r.id === 'color-contrast');
    const below = rule?.violations ?? 0;
    review += rule?.incomplete ?? 0;
    // Nodes beyond the ones kept in detail are not known to be large text: they count as WCAG failures.
    const wcag = (rule?.nodes ?? []).filter((n) => n.contrast?.wcagFail !== false).length + Math.max(0, below - (rule?.nodes.length ?? 0));
    const count = wcagDecides ? wcag : below;
    if (wcag > 0) wcagPages += 1;
    largeOnly += (rule?.nodes ?? []).filter((n) => n.contrast?.wcagFail === false).length;
    const evidence = (rule?.nodes ?? []).slice(0, ELEMENTS_PER_PAGE).map((n) => nodeEvidence(record.url, n));
    if (count > 0 && data.screenshot) evidence.push({ kind: 'screenshot', label: 'The page as measured', url: record.url, value: data.screenshot });
    return {
      url: record.url,
      lang: record.lang,
      passes: count > 0 ? false : rule && rule.passes > 0 ? true : null,
      reasons: count === 0 ? [] : wcagDecides
        ? [`${plural(count, 'text element')} below the WCAG 1.4.3 threshold (${REQUIRED_CONTRAST}:1, ${WCAG_LARGE_TEXT_CONTRAST}:1 for large text)`]
        : [`${plural(count, 'text element')} below ${REQUIRED_CONTRAST}:1${wcag === 0 ? ' (all large text that WCAG would accept at 3:1)' : ''}`],
      evidence: wcagDecides ? evidence.filter((e) => !(e.kind === 'element' && /WCAG view: passes/.test(e.label))) : evidence,
    };
  });
  const extra: Evidence[] = [
    { kind: 'value', label: `WCAG view (${WCAG_LARGE_TEXT_CONTRAST}:1 for large text): sampled pages with text below the WCAG threshold`, value: wcagPages },
    { kind: 'value', label: `Large-text elements between ${WCAG_LARGE_TEXT_CONTRAST}:1 and ${REQUIRED_CONTRAST}:1 (fail here, pass under WCAG; among the listed elements)`, value: largeOnly },
    { kind: 'value', label: 'Text elements whose contrast axe could not determine (needs review; not counted)', value: review },
  ];
  return [
    allOrNothing({
      id: ID,
      definition: DEFINITION,
      probeIds: ['axe'],
      interpretation: wcagDecides ? WCAG_CONTRAST_INTERPRETATION : CONTRAST_INTERPRETATION,
      what: 'axe-core',
      verdicts,
      failed: runs.failed,
      extra,
      passSummary: wcagDecides
        ? `All text on ${plural(verdicts.length, 'sampled page')} meets WCAG 1.4.3 (${REQUIRED_CONTRAST}:1, ${WCAG_LARGE_TEXT_CONTRAST}:1 for large text)`
        : `All text on ${plural(verdicts.length, 'sampled page')} has contrast of at least ${REQUIRED_CONTRAST}:1`,
      failSummary: (failing, judged) => wcagDecides
        ? `${failing.length} of ${judged} sampled pages have text below the WCAG 1.4.3 threshold`
        : `${failing.length} of ${judged} sampled pages have text below ${REQUIRED_CONTRAST}:1 (WCAG view: ${wcagPages})`,
    }),
  ];
}

export const contrastRule: Rule = { id: ID, run: runContrast };

/** The A4-3.7 rule judged by the given standard (the default rule is the methodology's). */
export function contrastRuleFor(standard: ContrastStandard): Rule {
  return standard === 'methodology' ? contrastRule : { id: ID, run: (snapshot) => runContrast(snapshot, { standard }) };
}
