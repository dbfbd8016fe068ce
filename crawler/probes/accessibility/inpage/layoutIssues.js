/*
 * In-page (plain JS, evaluated as a string): layout defects of the page as it is displayed now —
 * horizontal scrolling, text cut by an overflow-hidden box, and text boxes that overlap.
 * Returns { scrollWidth, clientWidth, horizontalScroll, clipped: [...], overlaps: [...] }.
 */
(() => {
  const MAX_ELEMENTS = 5000;
  const MAX_RECTS = 2500;
  const MAX_LISTED = 15;
  /* @include cssPath.js */
  const visible = (el) => {
    const cs = getComputedStyle(el);
    return cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0.05;
  };
  const doc = document.documentElement;
  const scrollWidth = Math.max(doc.scrollWidth, document.body ? document.body.scrollWidth : 0);
  const clientWidth = doc.clientWidth;
  const textNodesOf = (root, cap) => {
    const out = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n && out.length < cap; n = walker.nextNode()) {
      if (n.nodeValue && n.nodeValue.trim().length > 0 && n.parentElement && !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(n.parentElement.tagName)) out.push(n);
    }
    return out;
  };
  const rectsOf = (node) => {
    const r = document.createRange();
    r.selectNodeContents(node);
    return [...r.getClientRects()].filter((x) => x.width > 1 && x.height > 1);
  };
  // Clipped text: a box that hides overflow and cuts a line of its text partly.
  const clipped = [];
  let clippedCount = 0;
  const all = document.body ? document.body.getElementsByTagName('*') : [];
  for (let i = 0; i < all.length && i < MAX_ELEMENTS; i++) {
    const el = all[i];
    const cs = getComputedStyle(el);
    const hides = /hidden|clip/.test(cs.overflowX) || /hidden|clip/.test(cs.overflowY);
    if (!hides || el.clientWidth <= 2 || el.clientHeight <= 2) continue;
    if (el.scrollWidth <= el.clientWidth + 2 && el.scrollHeight <= el.clientHeight + 2 && cs.textOverflow !== 'ellipsis') continue;
    if (!visible(el)) continue;
    const box = el.getBoundingClientRect();
    let cut = null;
    for (const t of textNodesOf(el, 60)) {
      if (!visible(t.parentElement)) continue;
      for (const r of rectsOf(t)) {
        // A line shows inside the box when a quarter of its height does: a text rect is its glyphs'
        // full ascent and descent, taller than a tight line-height, so the next line, hidden whole,
        // still reaches a pixel or two into the box (DejaVu Serif at 16 px: 18.6 px in 16 px lines).
        const tall = Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top);
        const wide = Math.min(r.right, box.right) - Math.max(r.left, box.left);
        const inside = wide > 1 && tall > Math.max(1, r.height / 4);
        const outside = r.right > box.right + 2 || r.bottom > box.bottom + 2 || r.left < box.left - 2 || r.top < box.top - 2;
        if (inside && outside) { cut = t.nodeValue.trim().slice(0, 80); break; }
      }
      if (cut) break;
    }
    if (!cut && cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 2) cut = (el.textContent || '').trim().slice(0, 80);
    if (cut) {
      clippedCount++;
      if (clipped.length < MAX_LISTED) clipped.push({ selector: cssPath(el), text: cut });
    }
  }
  // Overlapping text: line boxes of different text nodes that intersect, each cut to what its
  // clipping ancestors (overflow other than visible) show: text they hide is not painted.
  const clips = new Map();
  const clipOf = (el) => {
    if (!el || el === document.body || el === document.documentElement) return null;
    if (clips.has(el)) return clips.get(el);
    let clip = clipOf(el.parentElement);
    const cs = getComputedStyle(el);
    if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
      const b = el.getBoundingClientRect();
      clip = clip
        ? { left: Math.max(clip.left, b.left), top: Math.max(clip.top, b.top), right: Math.min(clip.right, b.right), bottom: Math.min(clip.bottom, b.bottom) }
        : { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
    }
    clips.set(el, clip);
    return clip;
  };
  const rects = [];
  const nodes = document.body ? textNodesOf(document.body, MAX_RECTS) : [];
  nodes.forEach((t, idx) => {
    if (!visible(t.parentElement)) return;
    const clip = clipOf(t.parentElement);
    for (const q of rectsOf(t)) {
      const r = clip ? { left: Math.max(q.left, clip.left), top: Math.max(q.top, clip.top), right: Math.min(q.right, clip.right), bottom: Math.min(q.bottom, clip.bottom) } : q;
      if (r.right - r.left <= 1 || r.bottom - r.top <= 1) continue;
      if (rects.length < MAX_RECTS) rects.push({ idx, t, l: r.left + scrollX, t0: r.top + scrollY, r: r.right + scrollX, b: r.bottom + scrollY });
    }
  });
  rects.sort((a, b) => a.t0 - b.t0);
  const overlaps = [];
  let overlapCount = 0;
  const seen = new Set();
  for (let i = 0; i < rects.length; i++) {
    const a = rects[i];
    for (let j = i + 1; j < rects.length && rects[j].t0 < a.b; j++) {
      const b = rects[j];
      if (a.idx === b.idx) continue;
      const w = Math.min(a.r, b.r) - Math.max(a.l, b.l);
      const h = Math.min(a.b, b.b) - Math.max(a.t0, b.t0);
      if (w <= 2 || h <= 2) continue;
      const minArea = Math.min((a.r - a.l) * (a.b - a.t0), (b.r - b.l) * (b.b - b.t0));
      if (w * h < 0.25 * minArea) continue;
      const key = a.idx < b.idx ? a.idx + ':' + b.idx : b.idx + ':' + a.idx;
      if (seen.has(key)) continue;
      seen.add(key);
      overlapCount++;
      if (overlaps.length < MAX_LISTED) overlaps.push({ selector: cssPath(a.t.parentElement), other: cssPath(b.t.parentElement), text: a.t.nodeValue.trim().slice(0, 60) + ' | ' + b.t.nodeValue.trim().slice(0, 60) });
    }
  }
  return { scrollWidth, clientWidth, horizontalScroll: scrollWidth > clientWidth + 1, clippedCount, clipped, overlapCount, overlaps };
})()
