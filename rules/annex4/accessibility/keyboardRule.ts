/**
 * A4-3.4 — all functionality operable from the keyboard with the active component highlighted
 * (0.2, all or nothing). From the keyboard probe's Tab walk on the sampled pages: every control a
 * mouse can use must be reached, every focus stop must show a visible focus indicator, no
 * keyboard trap, no submenu that opens only on hover, no click handler on an element the
 * keyboard cannot focus; axe-core's scrollable-region-focusable adds scroll areas the keyboard
 * cannot scroll.
 */
import type { Snapshot } from '../../../crawler/snapshot/schema.ts';
import { KeyboardDataSchema, MAX_TABS } from '../../../crawler/probes/accessibility/keyboardProbe.ts';
import { AxeDataSchema } from '../../../crawler/probes/accessibility/axeProbe.ts';
import { requireAnnex4 } from '../../methodology/annex4.ts';
import type { Evidence, IndicatorResult, Rule } from '../../types.ts';
import { allOrNothing, plural, probeRuns, type PageVerdict } from './probeRuns.ts';

const DEFINITION = requireAnnex4('3.4');
const ID = 'A4-3.4';
const LISTED = 3;

export const KEYBOARD_INTERPRETATION = `Interpretation: on each sampled page Tab is pressed up to ${MAX_TABS} times from the top. A page fails when a shown link, button, field or custom control (role=button/link/menuitem…, tabindex, onclick) is never reached; when a focus stop shows no visible focus indicator (its outline, shadow, border, background, colour or underline do not change on focus); when focus gets stuck (a keyboard trap); when a submenu opens on mouse hover but not when its parent has focus; when an element with a pointer cursor and a click listener cannot take focus; or when axe-core finds a scrollable region the keyboard cannot reach.`;

export function runKeyboard(snapshot: Snapshot): IndicatorResult[] {
  const runs = probeRuns(snapshot, 'keyboard', KeyboardDataSchema);
  const axe = new Map(probeRuns(snapshot, 'axe', AxeDataSchema).ok.map((r) => [r.record.url, r.data]));
  const verdicts: PageVerdict[] = runs.ok.map(({ record, data }) => {
    const url = record.url;
    const reasons: string[] = [];
    const evidence: Evidence[] = [{ kind: 'value', label: 'Tab presses / focus stops / shown controls', url, value: `${data.tabs} / ${data.order.length} / ${data.controls}` }];
    if (data.unreachableCount > 0) {
      reasons.push(`${plural(data.unreachableCount, 'control')} not reachable by Tab`);
      for (const c of data.unreachable.slice(0, LISTED)) evidence.push({ kind: 'element', label: `Not reachable by keyboard: ${c.tag}${c.role ? `[role=${c.role}]` : ''} «${c.text}»`, url, selector: c.selector, html: c.html });
    }
    if (data.noIndicatorCount > 0) {
      reasons.push(`${plural(data.noIndicatorCount, 'focus stop')} without a visible focus indicator`);
      for (const s of data.noIndicator.slice(0, LISTED)) evidence.push({ kind: 'element', label: `No visible focus indicator: ${s.tag} «${s.text}»`, url, selector: s.selector });
    }
    if (data.trap) {
      reasons.push('keyboard trap');
      evidence.push({ kind: 'element', label: `Focus stays on ${data.trap.tag} «${data.trap.text}» (keyboard trap)`, url, selector: data.trap.selector });
    }
    if (data.hoverOnlyMenus.length > 0) {
      reasons.push(`${plural(data.hoverOnlyMenus.length, 'submenu')} open only on mouse hover`);
      for (const m of data.hoverOnlyMenus.slice(0, LISTED)) evidence.push({ kind: 'element', label: `Submenu of «${m.trigger}» opens on hover, not on focus`, url, selector: m.selector });
    }
    if (data.clickOnly.length > 0) {
      reasons.push(`${plural(data.clickOnly.length, 'clickable element')} that cannot take focus`);
      for (const c of data.clickOnly.slice(0, LISTED)) evidence.push({ kind: 'element', label: `Click handler on an element the keyboard cannot focus «${c.text}»`, url, selector: c.selector, html: c.html });
    }
    const scroll = axe.get(url)?.rules.find((r) => r.id === 'scrollable-region-focusable');
    if (scroll && scroll.violations > 0) {
      reasons.push(`${plural(scroll.violations, 'scrollable region')} the keyboard cannot reach (axe-core)`);
      for (const n of scroll.nodes.slice(0, LISTED)) evidence.push({ kind: 'element', label: 'Scrollable region not reachable by keyboard', url, selector: n.target, html: n.html });
    }
    return { url, lang: record.lang, passes: reasons.length === 0, reasons, evidence };
  });
  return [
    allOrNothing({
      id: ID,
      definition: DEFINITION,
      probeIds: ['keyboard'],
      interpretation: KEYBOARD_INTERPRETATION,
      what: 'keyboard walk',
      verdicts,
      failed: runs.failed,
      passSummary: `Every control on ${plural(verdicts.length, 'sampled page')} is reachable by keyboard with a visible focus`,
      failSummary: (failing, judged) => `${failing.length} of ${judged} sampled pages are not fully operable from the keyboard`,
    }),
  ];
}

export const keyboardRule: Rule = { id: ID, run: runKeyboard };
