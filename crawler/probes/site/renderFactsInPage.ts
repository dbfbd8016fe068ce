/**
 * In-page script of the cross-browser probe: the facts compared between engines. A plain string
 * (an expression), so that every engine evaluates the same code.
 */
export const RENDER_FACTS_JS = `(() => {
  const nav = [...document.querySelectorAll('nav, [role=navigation]')].sort((a, b) => b.querySelectorAll('a[href]').length - a.querySelectorAll('a[href]').length)[0] || null;
  const main = document.querySelector('main, [role=main]') || document.body;
  const doc = document.documentElement;
  return {
    title: document.title || '',
    navPresent: !!nav && nav.querySelectorAll('a[href]').length >= 2,
    navLinks: nav ? nav.querySelectorAll('a[href]').length : 0,
    mainTextLength: ((main && main.innerText) || '').replace(/\\s+/g, ' ').trim().length,
    linkCount: document.querySelectorAll('a[href]').length,
    scrollWidth: Math.max(doc.scrollWidth, document.body ? document.body.scrollWidth : 0),
    clientWidth: doc.clientWidth,
  };
})()`;
