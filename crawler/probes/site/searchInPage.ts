/**
 * In-page scripts of the search probe, as plain strings (never TS functions: transpilers inject
 * helpers). Each is an expression evaluated with page.evaluate(string).
 */

/** Finds the site search form; returns its facts and marks the query field with data-tekser-q. */
export const FIND_SEARCH_FORM_JS = `(() => {
  const words = /(іздеу|izdeu|поиск|search|найти|query)/i;
  const forms = [...document.querySelectorAll('form')];
  const fieldOf = (f) => [...f.querySelectorAll('input')].find((i) => {
    const t = (i.getAttribute('type') || 'text').toLowerCase();
    if (t === 'search') return true;
    if (t !== 'text' && t !== '') return false;
    const hint = [i.name, i.id, i.placeholder, i.getAttribute('aria-label'), i.title].join(' ');
    return /^(q|s|query|search|text|keyword|keywords|searchtext|search_query)$/i.test(i.name || '') || words.test(hint);
  });
  const candidates = forms.map((f) => ({ f, field: fieldOf(f) })).filter((c) => c.field);
  const pick = candidates.find((c) => c.f.getAttribute('role') === 'search' || c.f.closest('[role=search]')) || candidates[0];
  if (!pick) return null;
  pick.field.setAttribute('data-tekser-q', '1');
  const ml = pick.field.getAttribute('maxlength');
  return {
    action: pick.f.action || location.href,
    method: (pick.f.getAttribute('method') || 'get').toLowerCase(),
    fieldName: pick.field.name || null,
    maxLengthAttr: ml === null ? null : Number(ml),
    selector: pick.f.id ? '#' + pick.f.id : 'form',
  };
})()`;

/** The GET URL the marked search form would navigate to with the given query (never submits). */
export const SEARCH_URL_JS = `((query) => {
  const field = document.querySelector('[data-tekser-q]');
  if (!field || !field.form) return null;
  field.value = query;
  const data = new FormData(field.form);
  const params = new URLSearchParams();
  for (const [k, v] of data) if (typeof v === 'string') params.append(k, v);
  const url = new URL(field.form.action || location.href);
  url.search = params.toString();
  url.hash = '';
  return url.href;
})`;

/** On a results page: the query field's value, the links of the main content, advanced-search signs. */
export const READ_RESULTS_JS = `(() => {
  const words = /(іздеу|izdeu|поиск|search|найти|query)/i;
  const adv = /(кеңейтілген\\s+іздеу|расширенный\\s+поиск|advanced\\s+search)/i;
  const filterName = /(section|category|cat|type|rubric|from|to|date|since|until|period|year|sort|bolim|razdel)/i;
  const values = [...document.querySelectorAll('input')]
    .filter((i) => { const t = (i.getAttribute('type') || 'text').toLowerCase(); return t === 'search' || t === 'text'; })
    .map((i) => i.value).filter(Boolean);
  const main = document.querySelector('main, [role=main], #main, #content, .content') || document.body;
  const links = [...main.querySelectorAll('a[href]')].map((a) => a.href);
  const signs = [];
  for (const f of document.querySelectorAll('form')) {
    const fields = [...f.querySelectorAll('input, select, textarea')];
    const hasQuery = fields.some((i) => (i.getAttribute('type') || '').toLowerCase() === 'search' || words.test([i.name, i.placeholder, i.getAttribute('aria-label')].join(' ')));
    if (!hasQuery && !adv.test(f.textContent || '')) continue;
    for (const i of fields) {
      const t = (i.getAttribute('type') || '').toLowerCase();
      if (t === 'hidden' || t === 'submit' || t === 'button') continue;
      if (i.tagName === 'SELECT') signs.push('select ' + (i.name || i.id || '?'));
      else if (t === 'date' || t === 'datetime-local' || t === 'month') signs.push('date field ' + (i.name || i.id || '?'));
      else if (t === 'checkbox' || t === 'radio') signs.push(t + ' ' + (i.name || i.id || '?'));
      else if (i.name && filterName.test(i.name)) signs.push('filter field ' + i.name);
    }
  }
  for (const el of document.querySelectorAll('a, button, summary, legend, h2, h3, label')) {
    if (adv.test(el.textContent || '')) { signs.push('text «' + (el.textContent || '').trim().slice(0, 60) + '»'); break; }
  }
  return { values, links, signs: [...new Set(signs)].slice(0, 12), textLength: (document.body.innerText || '').length };
})()`;
