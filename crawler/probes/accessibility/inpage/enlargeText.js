/*
 * In-page (plain JS, evaluated as a string): text-only enlargement to 200 %. Every element's
 * computed font size (and a line height given in px) is doubled as an inline !important style —
 * what a browser's "zoom text only" does to px-sized text. All values are read before any is
 * written. Returns the number of elements changed.
 */
(() => {
  const els = [...document.querySelectorAll('body, body *')].slice(0, 8000);
  const read = els.map((el) => { const cs = getComputedStyle(el); return [parseFloat(cs.fontSize), cs.lineHeight]; });
  els.forEach((el, i) => {
    const [size, lh] = read[i];
    if (!(size > 0)) return;
    el.style.setProperty('font-size', (size * 2) + 'px', 'important');
    if (/px$/.test(lh)) el.style.setProperty('line-height', (parseFloat(lh) * 2) + 'px', 'important');
  });
  return els.length;
})()
