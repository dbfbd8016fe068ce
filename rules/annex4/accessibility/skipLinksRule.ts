/**
 * A4-3.5 — a "to top" link on pages with much text, and a link to skip to the main content on
 * every page (0.2, all or nothing). From the keyboard probe: the first Tab stop of each sampled
 * page must be a skip link whose target exists; a long page (more than LONG_PAGE_SCREENS
 * screens) needs a "to top" control (words and class names in lexicon/accessibilityTerms.ts).
 */
import type { Snapshot } from '../../../crawler/snapshot/schema.ts';
import { KeyboardDataSchema } from '../../../crawler/probes/accessibility/keyboardProbe.ts';
import { requireAnnex4 } from '../../methodology/annex4.ts';
import type { Evidence, IndicatorResult, Rule } from '../../types.ts';
import { allOrNothing, plural, probeRuns, type PageVerdict } from './probeRuns.ts';

const DEFINITION = requireAnnex4('3.5');
const ID = 'A4-3.5';
/** A page taller than this many window heights has "much text" and needs a "to top" link … */
export const LONG_PAGE_SCREENS = 2;
/** … and so has a document with a table of contents of at least this many links to its own anchors. */
export const TOC_LINKS = 3;

export const SKIP_LINKS_INTERPRETATION = `Interpretation: the link to skip to the main content must be the first stop when Tab is pressed on a page (it may be hidden until focused), link to a fragment (#…) that exists on the page, and be named as a skip link («Негізгі мазмұнға өту», «Перейти к основному содержанию», "Skip to main content") or point at the main content (#main, #content…). A page taller than ${LONG_PAGE_SCREENS} window heights (at 1366×768), or a document with a table of contents (${TOC_LINKS} or more links to its own anchors), has "much text" and needs a "to top" control («Жоғарыға», «Наверх», ▲, a back-to-top button). Judged on the sampled pages.`;

export function runSkipLinks(snapshot: Snapshot): IndicatorResult[] {
  const runs = probeRuns(snapshot, 'keyboard', KeyboardDataSchema);
  let longPages = 0;
  const verdicts: PageVerdict[] = runs.ok.map(({ record, data }) => {
    const url = record.url;
    const reasons: string[] = [];
    const evidence: Evidence[] = [];
    const first = data.firstStop;
    if (!first) reasons.push('nothing on the page takes keyboard focus');
    else if (!first.skipLink) {
      reasons.push('no skip-to-content link as the first focus stop');
      evidence.push({ kind: 'element', label: `First focus stop is ${first.tag} «${first.text}»${first.href ? ` → ${first.href}` : ''}, not a skip link`, url, selector: first.selector });
    } else if (!first.targetExists) {
      reasons.push(`the skip link points at ${first.href}, which does not exist on the page`);
      evidence.push({ kind: 'element', label: `Skip link «${first.text}» → ${first.href} (target missing)`, url, selector: first.selector });
    } else {
      evidence.push({ kind: 'element', label: `Skip link «${first.text}» → ${first.href}`, url, selector: first.selector });
    }
    const screens = data.viewportHeight > 0 ? data.scrollHeight / data.viewportHeight : 0;
    if (screens > LONG_PAGE_SCREENS || data.fragmentLinks >= TOC_LINKS) {
      longPages += 1;
      const top = data.toTop[0];
      if (!top) {
        reasons.push(`long page (${screens.toFixed(1)} screens${data.fragmentLinks >= TOC_LINKS ? `, ${data.fragmentLinks} links to its own anchors` : ''}) without a "to top" link`);
        evidence.push({ kind: 'value', label: 'Page height in window heights (no "to top" control found)', url, value: Number(screens.toFixed(1)) });
      } else evidence.push({ kind: 'element', label: `"To top" control «${top.text}» on a page of ${screens.toFixed(1)} screens`, url, selector: top.selector });
    }
    return { url, lang: record.lang, passes: reasons.length === 0, reasons, evidence };
  });
  return [
    allOrNothing({
      id: ID,
      definition: DEFINITION,
      probeIds: ['keyboard'],
      interpretation: SKIP_LINKS_INTERPRETATION,
      what: 'keyboard walk',
      verdicts,
      failed: runs.failed,
      extra: [{ kind: 'value', label: `Sampled pages with much text (longer than ${LONG_PAGE_SCREENS} screens or with a table of contents)`, value: longPages }],
      passSummary: `Skip link first on ${plural(verdicts.length, 'sampled page')}; "to top" on ${plural(longPages, 'long page')}`,
      failSummary: (failing, judged) => `${failing.length} of ${judged} sampled pages lack a skip link (first focus stop) or a "to top" link on a long page`,
    }),
  ];
}

export const skipLinksRule: Rule = { id: ID, run: runSkipLinks };
