/*
 * In-page (plain JS, evaluated as a string): window.__tekserForms. prepare(i) empties every
 * field of form i (an empty submission is invalid input for any form that needs data),
 * remembers which texts were visible, and submits it with requestSubmit()
 * — the submission itself is always cancelled here (window listener) and in the browser
 * context (POST aborted, navigations answered 204). collect(i) then reads what told the user
 * about the errors: native validation messages, aria-invalid fields with their described-by
 * text, role=alert / aria-live texts, and new visible text next to a field.
 */
(() => {
  /* @include cssPath.js */
  const visibleText = (el) => {
    if (!el) return '';
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    if (r.width < 1 || r.height < 1 || cs.visibility === 'hidden' || cs.display === 'none') return '';
    return (el.innerText || '').replace(/\s+/g, ' ').trim();
  };
  const SEARCH = /search|поиск|іздеу|izdeu|poisk/i;
  const forms = () => [...document.forms].filter((f) => {
    const role = f.getAttribute('role') || '';
    const action = f.getAttribute('action') || '';
    const names = [...f.elements].map((e) => (e.name || '') + ' ' + (e.type || '')).join(' ');
    if (role === 'search' || SEARCH.test(action) || SEARCH.test(f.className || '')) return false;
    const fields = fieldsOf(f);
    if (fields.length === 0) return false;
    return !(fields.length === 1 && /search|\bq\b|query/i.test(names));
  });
  const fieldsOf = (f) => [...f.elements].filter((e) => /^(input|textarea|select)$/i.test(e.tagName) && !/^(hidden|submit|button|reset|image|checkbox|radio|file)$/i.test(e.type || '') && !e.disabled && !e.readOnly);
  const containerOf = (field) => field.closest('.field, .form-group, .form-item, .input-group, p, li, div') || field.parentElement;
  const state = { submitEvents: 0, sitePrevented: false, before: new Map(), alertsBefore: '' };
  window.addEventListener('submit', (e) => { state.submitEvents++; state.sitePrevented = state.sitePrevented || e.defaultPrevented; e.preventDefault(); }, false);
  const alertsText = () => [...document.querySelectorAll('[role="alert"], [aria-live]:not([aria-live="off"]), [role="status"]')].map(visibleText).filter(Boolean).join(' | ');
  window.__tekserForms = {
    list() { return forms().map((f, i) => ({ i, selector: cssPath(f), method: (f.getAttribute('method') || 'get').toLowerCase(), fields: fieldsOf(f).length, novalidate: f.noValidate })); },
    prepare(i) {
      const f = forms()[i];
      if (!f) return false;
      const filled = [];
      for (const field of fieldsOf(f)) {
        state.before.set(field, visibleText(containerOf(field)));
        const type = (field.type || '').toLowerCase();
        const value = '';
        if (field.tagName === 'SELECT') { field.selectedIndex = field.options.length && !field.options[0].value ? 0 : field.selectedIndex; continue; }
        try { field.value = value; } catch (e) { /* number fields refuse letters */ }
        field.dispatchEvent(new Event('input', { bubbles: true }));
        field.dispatchEvent(new Event('change', { bubbles: true }));
        field.dispatchEvent(new Event('blur'));
        filled.push(field.name || field.id || type);
      }
      state.alertsBefore = alertsText();
      const submitter = f.querySelector('button[type="submit"], input[type="submit"], button:not([type])');
      try { f.requestSubmit(submitter || undefined); } catch (e) { f.requestSubmit(); }
      return filled.length;
    },
    collect(i) {
      const f = forms()[i];
      if (!f) return null;
      const messages = [];
      const fields = fieldsOf(f);
      let invalidNative = 0;
      for (const field of fields) {
        const name = field.name || field.id || field.type;
        if (!f.noValidate && field.willValidate && !field.validity.valid && field.validationMessage) {
          invalidNative++;
          messages.push({ kind: 'native', field: name, text: field.validationMessage.slice(0, 200) });
        }
        const ids = (field.getAttribute('aria-describedby') || '') + ' ' + (field.getAttribute('aria-errormessage') || '');
        const described = ids.split(/\s+/).filter(Boolean).map((id) => visibleText(document.getElementById(id))).filter(Boolean).join(' ');
        if (field.getAttribute('aria-invalid') === 'true' && described) messages.push({ kind: 'aria', field: name, text: described.slice(0, 200) });
        else if (described && !(state.before.get(field) || '').includes(described)) messages.push({ kind: 'described', field: name, text: described.slice(0, 200) });
        const now = visibleText(containerOf(field));
        const before = state.before.get(field) || '';
        if (now && now !== before && now.length > before.length) {
          const added = now.replace(before, '').trim();
          if (added && !messages.some((m) => m.field === name && m.kind !== 'native')) messages.push({ kind: 'near-field', field: name, text: added.slice(0, 200) });
        }
      }
      const alerts = alertsText();
      if (alerts && alerts !== state.alertsBefore) messages.push({ kind: 'alert', field: null, text: alerts.replace(state.alertsBefore, '').trim().slice(0, 200) });
      return { submitEvents: state.submitEvents, sitePrevented: state.sitePrevented, invalidNative, messages: messages.slice(0, 20) };
    },
  };
  return true;
})()
