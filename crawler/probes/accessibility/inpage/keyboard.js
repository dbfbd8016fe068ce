/*
 * In-page (plain JS, evaluated as a string): helpers of the keyboard probe, installed as
 * window.__tekserKb. collect(patterns) lists what a mouse can operate and remembers each
 * element's unfocused style (only inside an open modal dialog, when there is one); active()
 * describes the focused element, looking into same-origin frames, and whether its look
 * changed (a visible focus indicator); toTop(patterns) finds "to top" controls; pointerOnly()
 * marks clickable-looking elements that the keyboard cannot reach, for the listener check.
 */
(() => {
  /* @include cssPath.js */
  const shown = (el) => {
    if (!el.isConnected) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || cs.display === 'none') return false;
    for (let e = el; e; e = e.parentElement) if (Number(getComputedStyle(e).opacity) < 0.05) return false;
    // Off-screen "visually hidden" elements (e.g. a skip link at left:-9999px) are not for the mouse.
    const right = r.right + scrollX, bottom = r.bottom + scrollY;
    return right > 0 && bottom > 0 && r.left + scrollX < document.documentElement.scrollWidth;
  };
  const text = (el) => ((el.getAttribute('aria-label') || el.innerText || el.getAttribute('title') || el.getAttribute('alt') || el.value || '') + '').replace(/\s+/g, ' ').trim().slice(0, 80);
  const html = (el) => { const h = el.outerHTML || ''; return h.length > 300 ? h.slice(0, 299) + '…' : h; };
  const STYLE_PROPS = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'border-top-color', 'border-bottom-color', 'border-bottom-width', 'background-color', 'color', 'text-decoration-line', 'text-decoration-color', 'transform'];
  /** The look of an element, its ::before/::after and its parent (a focus indicator may be drawn on any of them). */
  const styleOf = (el) => {
    const out = [];
    for (const [node, pseudo] of [[el, null], [el, '::before'], [el, '::after'], [el.parentElement, null]]) {
      if (!node) continue;
      const cs = getComputedStyle(node, pseudo);
      for (const p of STYLE_PROPS) out.push(cs.getPropertyValue(p));
    }
    return out;
  };
  const CANDIDATES = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, video[controls], audio[controls], [contenteditable="true"], [role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="checkbox"], [role="radio"], [role="switch"], [role="option"], [tabindex], [onclick]';
  const state = { list: [], styles: new Map() };
  const isFocusable = (el) => el.tabIndex >= 0 && !el.disabled;
  /** While a modal dialog is open, everything outside it is inert: only its controls count. */
  const outsideModal = (el) => {
    let modal = null;
    try { modal = document.querySelector('dialog:modal'); } catch (e) { modal = null; }
    return !!modal && !modal.contains(el);
  };
  /**
   * The element that has the focus: inside a same-origin frame, the one focused there (the frame
   * is the stop reached; the indicator is the inner element's). A cross-origin frame cannot be
   * looked into: it is returned with `opaque`.
   */
  const focused = () => {
    let el = document.activeElement;
    let frame = null;
    while (el && (el.localName === 'iframe' || el.localName === 'frame')) {
      let doc = null;
      try { doc = el.contentDocument; } catch (e) { doc = null; }
      if (!doc) return { el, frame: frame || el, opaque: true };
      const inner = doc.activeElement;
      if (!inner || inner === doc.body || inner === doc.documentElement) break;
      frame = frame || el;
      el = inner;
    }
    return { el, frame, opaque: false };
  };
  const api = {
    collect() {
      const out = [];
      const els = [...document.querySelectorAll(CANDIDATES)].slice(0, 1500);
      els.forEach((el) => {
        if (el.disabled || el.closest('[inert]') || outsideModal(el)) return;
        const ti = el.getAttribute('tabindex');
        // An element taken out of the tab order on purpose that sits inside a focusable one is not a separate control,
        // and tabindex="-1" alone (a focus target for scripts) does not make an element a control.
        if (ti !== null && Number(ti) < 0 && el.parentElement && el.parentElement.closest(CANDIDATES)) return;
        if (ti !== null && Number(ti) < 0 && el.matches('[tabindex]:not(a[href], area[href], button, input, select, textarea, summary, iframe, [role], [onclick], [contenteditable="true"])')) return;
        const i = state.list.length;
        state.list.push(el);
        el.setAttribute('data-tekser-kb', String(i));
        state.styles.set(el, styleOf(el));
        out.push({ i, tag: el.localName, role: el.getAttribute('role'), text: text(el), selector: cssPath(el), html: html(el), shown: shown(el), focusable: isFocusable(el) });
      });
      return out;
    },
    active() {
      const { el, frame, opaque } = focused();
      if (!el || el === document.body || el === document.documentElement || el.hasAttribute('data-tekser-start')) return null;
      const before = state.styles.get(el);
      const now = styleOf(el);
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const changed = before ? now.some((v, k) => v !== before[k]) : outline;
      const index = (frame || el).getAttribute('data-tekser-kb');
      const r = el.getBoundingClientRect();
      return {
        index: index === null ? -1 : Number(index), tag: el.localName, text: text(el),
        selector: frame && frame !== el ? cssPath(frame) + ' >>> ' + cssPath(el) : cssPath(el),
        // What is drawn inside a cross-origin frame cannot be read: not counted as a missing indicator.
        href: el.getAttribute('href'), indicator: changed || outline || opaque, outline, shown: r.width >= 1 && r.height >= 1,
      };
    },
    /** The element a fragment link points at, if it exists. */
    fragmentTarget(href) {
      if (!href || href.charAt(0) !== '#' || href.length < 2) return false;
      const id = decodeURIComponent(href.slice(1));
      return !!(document.getElementById(id) || document.getElementsByName(id)[0]);
    },
    /** Links to anchors on the same page (a table of contents), not counting skip and "to top" links. */
    fragmentLinks() {
      let n = 0;
      for (const a of document.querySelectorAll('a[href^="#"]')) {
        const href = a.getAttribute('href');
        if (href.length < 2 || /^#(top|up|header|page|wrapper|main|content|main-content|maincontent)$/i.test(href)) continue;
        if (api.fragmentTarget(href)) n++;
      }
      return n;
    },
    toTop(p) {
      const words = new RegExp(p.toTop.source, p.toTop.flags);
      const marker = new RegExp(p.toTopMarker.source, p.toTopMarker.flags);
      const found = [];
      for (const el of document.querySelectorAll('a, button, [role="button"], [role="link"], [onclick], [class*="top" i], [id*="top" i], [class*="up" i]')) {
        const label = ((el.getAttribute('aria-label') || '') + ' ' + (el.getAttribute('title') || '') + ' ' + (el.textContent || '')).replace(/\s+/g, ' ').trim();
        const href = el.getAttribute('href') || '';
        const fragment = href === '#' || /^#/.test(href) || /^javascript:/i.test(href) || el.localName !== 'a';
        const byText = label.length <= 40 && words.test(label) && fragment;
        const byMarker = marker.test((el.id || '') + ' ' + (typeof el.className === 'string' ? el.className : '')) || /^#(top|up|header|page|wrapper)$/i.test(href);
        if (!byText && !byMarker) continue;
        if (!(el.localName === 'a' || el.localName === 'button' || el.hasAttribute('role') || el.hasAttribute('onclick') || el.tabIndex >= 0 || getComputedStyle(el).cursor === 'pointer')) continue;
        found.push({ text: label.slice(0, 60), selector: cssPath(el), href: href || null, focusable: isFocusable(el) });
        if (found.length >= 5) break;
      }
      return found;
    },
    pointerOnly() {
      const out = [];
      for (const el of document.querySelectorAll('body *')) {
        if (out.length >= 40) break;
        if (el.matches(CANDIDATES) || el.closest('a[href], button, label, summary, [role="button"], [role="link"]') || outsideModal(el)) continue;
        if (el.querySelector('a[href], button, input, select, textarea, [tabindex]')) continue;
        if (getComputedStyle(el).cursor !== 'pointer') continue;
        if (el.parentElement && getComputedStyle(el.parentElement).cursor === 'pointer' && !el.parentElement.matches(CANDIDATES)) continue;
        if (!shown(el)) continue;
        el.setAttribute('data-tekser-ptr', String(out.length));
        out.push({ selector: cssPath(el), text: text(el), html: html(el) });
      }
      return out;
    },
    /** Nav items with a hidden submenu: [{i, selector}] (the parent link gets data-tekser-menu). */
    menus() {
      const out = [];
      for (const sub of document.querySelectorAll('nav li > ul, nav li > div, header li > ul, [role="menubar"] [role="menu"], li > ul[class*="sub" i], li > ul[class*="drop" i]')) {
        if (out.length >= 8) break;
        const li = sub.parentElement;
        const cs = getComputedStyle(sub);
        if (!(cs.display === 'none' || cs.visibility === 'hidden' || sub.getBoundingClientRect().height < 1)) continue;
        const trigger = li.querySelector(':scope > a[href], :scope > button, :scope > [tabindex]');
        if (!trigger || !shown(trigger)) continue;
        li.setAttribute('data-tekser-menu', String(out.length));
        sub.setAttribute('data-tekser-sub', String(out.length));
        out.push({ i: out.length, selector: cssPath(sub), trigger: text(trigger) });
      }
      return out;
    },
    submenuShown(i) {
      const sub = document.querySelector('[data-tekser-sub="' + i + '"]');
      if (!sub) return false;
      const cs = getComputedStyle(sub);
      return cs.display !== 'none' && cs.visibility !== 'hidden' && sub.getBoundingClientRect().height >= 1;
    },
  };
  window.__tekserKb = api;
  return true;
})()
