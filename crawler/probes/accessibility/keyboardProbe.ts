/**
 * The keyboard probe (A4-3.4, and the first focus stop and "to top" control for A4-3.5): lists
 * what a mouse can operate, presses Tab through the page (at most MAX_TABS times) recording the
 * focus order and whether each stop shows a visible focus indicator (its computed outline,
 * shadow, border, background, colour or decoration differ from the unfocused look), detects
 * keyboard traps (focus stuck on one element), submenus that open on hover but not on focus,
 * and clickable elements (cursor: pointer with a click listener, found over CDP) that the
 * keyboard cannot reach.
 */
import { z } from 'zod';
import type { Page } from 'playwright';
import { evaluateJson } from '../../browser/evaluateJson.ts';
import type { Probe } from '../probeTypes.ts';
import { sampleTargets } from '../sampleTargets.ts';
import { ACCESSIBILITY_PATTERNS, isSkipLinkText } from '../../../lexicon/accessibilityTerms.ts';
import { KEYBOARD_JS } from './inpageScripts.ts';

export const MAX_TABS = 150;
/** This many Tabs in a row that reach no new element (before focus leaves the page) are a trap. */
export const TRAP_REPEATS = 8;
/**
 * Focus moves inside an iframe, a media player's own controls or a shadow root while the page's
 * activeElement stays on the host; only this many Tabs in a row on such a host are a trap.
 */
export const CONTAINER_TRAP_REPEATS = 40;
/** How long to wait, when focus seems to have left the page, for a script that pulls it back. */
export const LEAVE_CHECK_MS = 80;
const CONTAINER_TAGS = new Set(['iframe', 'frame', 'video', 'audio', 'object', 'embed']);

const ControlSchema = z.object({ tag: z.string(), role: z.string().nullable(), text: z.string(), selector: z.string(), html: z.string() });
const StopSchema = z.object({ tag: z.string(), text: z.string(), selector: z.string(), href: z.string().nullable(), indicator: z.boolean() });
export const KeyboardDataSchema = z.object({
  tabs: z.number(),
  /** The focus order (stops after the walk left the page or came back to its start). */
  order: z.array(StopSchema),
  controls: z.number(),
  /** Shown controls a mouse can use that Tab never reached. */
  unreachable: z.array(ControlSchema),
  unreachableCount: z.number(),
  /** Focus stops without a visible focus indicator. */
  noIndicator: z.array(StopSchema),
  noIndicatorCount: z.number(),
  trap: StopSchema.nullable(),
  hoverOnlyMenus: z.array(z.object({ selector: z.string(), trigger: z.string() })),
  /** Elements with a click listener and a pointer cursor that cannot take focus. */
  clickOnly: z.array(z.object({ selector: z.string(), text: z.string(), html: z.string() })),
  firstStop: z.object({
    tag: z.string(),
    text: z.string(),
    href: z.string().nullable(),
    selector: z.string(),
    /** Its text names a skip link, or it links to a fragment that exists on the page. */
    skipLink: z.boolean(),
    targetExists: z.boolean(),
  }).nullable(),
  toTop: z.array(z.object({ text: z.string(), selector: z.string(), href: z.string().nullable(), focusable: z.boolean() })),
  scrollHeight: z.number(),
  viewportHeight: z.number(),
  /** Links to anchors on the page (a table of contents of a long document). */
  fragmentLinks: z.number(),
});
export type KeyboardData = z.infer<typeof KeyboardDataSchema>;

const ActiveSchema = z.object({ index: z.number(), tag: z.string(), text: z.string(), selector: z.string(), href: z.string().nullable(), indicator: z.boolean(), outline: z.boolean(), shown: z.boolean() }).nullable();
const CollectedSchema = z.array(z.object({ i: z.number(), tag: z.string(), role: z.string().nullable(), text: z.string(), selector: z.string(), html: z.string(), shown: z.boolean(), focusable: z.boolean() }));
const PointerSchema = z.array(z.object({ selector: z.string(), text: z.string(), html: z.string() }));
const MenuSchema = z.array(z.object({ i: z.number(), selector: z.string(), trigger: z.string() }));

const LISTED = 20;

async function clickListeners(page: Page, count: number): Promise<boolean[]> {
  if (count === 0) return [];
  const cdp = await page.context().newCDPSession(page);
  try {
    const out: boolean[] = [];
    for (let i = 0; i < count; i++) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector('[data-tekser-ptr="${i}"]')` });
      if (!result.objectId) { out.push(false); continue; }
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: 0 });
      out.push(listeners.some((l) => /^(click|mousedown|mouseup|pointerdown|pointerup)$/.test(l.type)));
    }
    return out;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Where focus is once the page's own short timers have run (a trap may move focus back a few ms
 * after blur): an in-page 20 ms timer fires after any the page set for less, however loaded the
 * machine is. With no short timer pending (the render-state script counts them), one task turn.
 */
const AFTER_TAB = `(async () => {
  const s = window.__tekserState ? window.__tekserState() : null;
  await new Promise((r) => setTimeout(r, s && s.timers === 0 ? 0 : 20));
  return window.__tekserKb.active();
})()`;

/**
 * Presses Tab and reads the focused element. Chromium: the key events over the page's DevTools
 * session, then the read (a walk makes up to MAX_TABS of these; Playwright's keyboard adds a round
 * trip and its own work to each). Other engines: Playwright's keyboard.
 */
async function tabber(page: Page): Promise<{ press(): Promise<unknown>; close(): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page).catch(() => null);
  if (!cdp) {
    return {
      press: async () => {
        await page.keyboard.press('Tab');
        return page.evaluate(AFTER_TAB);
      },
      close: async () => undefined,
    };
  }
  const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
  return {
    async press() {
      // Input events are ordered among themselves; the read must wait for their acknowledgement.
      await Promise.all([
        cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }),
        cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }),
      ]);
      const r = await cdp.send('Runtime.evaluate', { expression: AFTER_TAB, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) throw new Error(`reading focus failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      return r.result.value;
    },
    close: () => cdp.detach().catch(() => undefined),
  };
}

export async function walkKeyboard(page: Page): Promise<KeyboardData> {
  await page.evaluate(KEYBOARD_JS);
  const controls = CollectedSchema.parse(await evaluateJson(page, 'window.__tekserKb.collect()'));
  const pointer = PointerSchema.parse(await page.evaluate('window.__tekserKb.pointerOnly()'));
  const listening = await clickListeners(page, pointer.length);
  const clickOnly = pointer.filter((_, i) => listening[i]);
  const toTop = z.array(z.object({ text: z.string(), selector: z.string(), href: z.string().nullable(), focusable: z.boolean() }))
    .parse(await page.evaluate(`window.__tekserKb.toTop(${JSON.stringify(ACCESSIBILITY_PATTERNS)})`));
  const size = z.object({ h: z.number(), v: z.number(), f: z.number() }).parse(await page.evaluate('({ h: document.documentElement.scrollHeight, v: innerHeight, f: window.__tekserKb.fragmentLinks() })'));

  // Hover-only submenus: open on hover, stay closed when their parent has focus.
  const hoverOnlyMenus: KeyboardData['hoverOnlyMenus'] = [];
  const menus = MenuSchema.parse(await page.evaluate('window.__tekserKb.menus()'));
  for (const menu of menus) {
    await page.evaluate(`document.querySelector('[data-tekser-menu="${menu.i}"] > a[href], [data-tekser-menu="${menu.i}"] > button, [data-tekser-menu="${menu.i}"] > [tabindex]').focus()`);
    const onFocus = await page.evaluate(`window.__tekserKb.submenuShown(${menu.i})`);
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    let onHover = false;
    try {
      await page.hover(`[data-tekser-menu="${menu.i}"]`, { timeout: 2000 });
      onHover = (await page.evaluate(`window.__tekserKb.submenuShown(${menu.i})`)) === true;
    } catch {
      onHover = false;
    }
    await page.mouse.move(0, 0);
    if (onHover && onFocus !== true) hoverOnlyMenus.push({ selector: menu.selector, trigger: menu.trigger });
  }

  // The Tab walk, from the top of the document.
  // Tab continues from the last focused or clicked point: move that point to the top of the document.
  await page.evaluate(`(() => {
    if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.setAttribute('data-tekser-start', '');
    document.body.insertBefore(start, document.body.firstChild);
    start.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  })()`);
  const order: KeyboardData['order'] = [];
  const reached = new Set<number>();
  const noIndicator: KeyboardData['order'] = [];
  let trap: KeyboardData['trap'] = null;
  const seen = new Set<string>();
  let sinceNew = 0;
  let tabs = 0;
  let left = false;
  const tabKey = await tabber(page);
  try {
    while (tabs < MAX_TABS) {
      tabs++;
      let active = ActiveSchema.parse(await tabKey.press());
      if (active === null && order.length > 0) {
        // Focus left the document (past the last element) — unless a script pulls it back (a trap).
        await page.waitForTimeout(LEAVE_CHECK_MS);
        active = ActiveSchema.parse(await page.evaluate('window.__tekserKb.active()'));
        if (active === null) { left = true; break; }
      }
      if (active === null) continue;
      const stop = { tag: active.tag, text: active.text, selector: active.selector, href: active.href, indicator: active.indicator };
      if (!seen.has(active.selector)) {
        seen.add(active.selector);
        sinceNew = 0;
        order.push(stop);
        if (active.index >= 0) reached.add(active.index);
        if (!active.indicator && active.shown) noIndicator.push(stop);
        continue;
      }
      // Focus came back to an element already visited without leaving the page first.
      sinceNew++;
      const limit = CONTAINER_TAGS.has(active.tag) || active.tag.includes('-') ? CONTAINER_TRAP_REPEATS : TRAP_REPEATS;
      if (sinceNew >= limit) {
        trap = stop;
        break;
      }
    }
  } finally {
    await tabKey.close();
  }
  await page.evaluate(`document.querySelectorAll('[data-tekser-start]').forEach((e) => e.remove())`);
  // An element reached counts for every control inside it (and a control inside a reached one).
  const reachedSelectors = order.map((s) => s.selector);
  const unreachable = controls.filter((c) => c.shown && !reached.has(c.i) && (!c.focusable || left || trap !== null) && !reachedSelectors.some((s) => c.selector.startsWith(`${s} > `) || s.startsWith(`${c.selector} > `)));
  const first = order[0];
  let firstStop: KeyboardData['firstStop'] = null;
  if (first) {
    const targetExists = (await page.evaluate(`window.__tekserKb.fragmentTarget(${JSON.stringify(first.href)})`)) === true;
    const skipLink = first.href !== null && first.href.startsWith('#') && first.href.length > 1 && (isSkipLinkText(first.text) || /main|content|maincontent|mazmun|kontent|soderzh/i.test(first.href));
    firstStop = { tag: first.tag, text: first.text, href: first.href, selector: first.selector, skipLink, targetExists };
  }
  return {
    tabs,
    order: order.slice(0, MAX_TABS),
    controls: controls.filter((c) => c.shown).length,
    unreachable: unreachable.slice(0, LISTED).map(({ tag, role, text, selector, html }) => ({ tag, role, text, selector, html })),
    unreachableCount: unreachable.length,
    noIndicator: noIndicator.slice(0, LISTED),
    noIndicatorCount: noIndicator.length,
    trap,
    hoverOnlyMenus,
    clickOnly: clickOnly.slice(0, LISTED),
    firstStop,
    toTop,
    scrollHeight: size.h,
    viewportHeight: size.v,
    fragmentLinks: size.f,
  };
}

export const keyboardProbe: Probe<KeyboardData> = {
  id: 'keyboard',
  sharedRender: 2,
  device: 'desktop',
  timeoutMs: 90_000,
  targets: (snapshot) => sampleTargets(snapshot, { perLang: 8 }),
  run: (page) => walkKeyboard(page),
};
