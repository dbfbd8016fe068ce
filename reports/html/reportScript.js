/*
 * The report's own script (inlined into report.html, allowed by its CSP hash): filters, search,
 * deep links, and the reviewer's verdicts exported as a JSON download. It reads only the DOM of
 * the report; it sends nothing anywhere.
 */
(function () {
  'use strict';
  var body = document.body;
  var cards = Array.prototype.slice.call(document.querySelectorAll('article.ind'));
  var pairs = Array.prototype.slice.call(document.querySelectorAll('section.pair'));
  var failed = document.getElementById('f-failed');
  var annex = document.getElementById('f-annex');
  var lang = document.getElementById('f-lang');
  var search = document.getElementById('f-search');
  var count = document.getElementById('f-count');

  function apply() {
    var q = (search.value || '').trim().toLowerCase();
    var shown = 0;
    cards.forEach(function (card) {
      var st = card.getAttribute('data-status');
      var ok = (!failed.checked || st === 'fail' || st === 'partial') &&
        (!annex.value || card.getAttribute('data-annex') === annex.value) &&
        (!lang.value || card.getAttribute('data-lang') === lang.value) &&
        (!q || (card.getAttribute('data-search') || '').indexOf(q) !== -1);
      card.classList.toggle('hidden', !ok);
      if (ok) shown++;
    });
    pairs.forEach(function (pair) {
      pair.classList.toggle('hidden', !pair.querySelector('article.ind:not(.hidden)'));
    });
    Array.prototype.forEach.call(document.querySelectorAll('section.annex'), function (sec) {
      sec.classList.toggle('hidden', !sec.querySelector('article.ind:not(.hidden)'));
    });
    count.textContent = String(shown);
  }

  function reset() {
    failed.checked = false;
    annex.value = '';
    lang.value = '';
    search.value = '';
    apply();
  }

  function goToHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var el = document.getElementById(id);
    if (!el) return;
    if (el.closest('.hidden')) reset();
    Array.prototype.forEach.call(document.querySelectorAll('.targeted'), function (t) { t.classList.remove('targeted'); });
    el.classList.add('targeted');
    el.scrollIntoView();
  }

  [failed, annex, lang].forEach(function (el) { el.addEventListener('change', apply); });
  search.addEventListener('input', apply);
  window.addEventListener('hashchange', goToHash);

  /* Verdicts */
  var forms = Array.prototype.slice.call(document.querySelectorAll('.vform'));
  var vcount = document.getElementById('v-count');
  var verror = document.getElementById('v-error');
  function readForm(form) {
    var outcome = form.querySelector('.v-outcome').value;
    if (!outcome) return null;
    var v = { id: form.getAttribute('data-id'), lang: form.getAttribute('data-lang') || null };
    if (outcome === 'points') v.points = Number(form.querySelector('.v-points').value);
    else v.outcome = outcome;
    v.reason = form.querySelector('.v-reason').value.trim();
    return v;
  }
  function updateCount() {
    vcount.textContent = String(forms.filter(function (f) { return readForm(f) !== null; }).length);
  }
  /* Work in progress survives a reload: kept in this browser's storage for this audit only. */
  var storeKey = 'tekser-verdicts:' + body.getAttribute('data-url') + '|' + body.getAttribute('data-audited');
  function save() {
    var state = { reviewer: document.getElementById('v-reviewer').value, rows: {} };
    forms.forEach(function (form) {
      var outcome = form.querySelector('.v-outcome').value;
      if (outcome) state.rows[form.getAttribute('data-id') + '|' + form.getAttribute('data-lang')] = [outcome, form.querySelector('.v-points').value, form.querySelector('.v-reason').value];
    });
    try { localStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* storage unavailable: nothing kept */ }
  }
  function restore() {
    var state = null;
    try { state = JSON.parse(localStorage.getItem(storeKey) || 'null'); } catch (e) { state = null; }
    if (!state || typeof state !== 'object') return;
    if (typeof state.reviewer === 'string') document.getElementById('v-reviewer').value = state.reviewer;
    forms.forEach(function (form) {
      var row = state.rows && state.rows[form.getAttribute('data-id') + '|' + form.getAttribute('data-lang')];
      if (!row) return;
      form.querySelector('.v-outcome').value = String(row[0]);
      form.querySelector('.v-points').value = String(row[1]);
      form.querySelector('.v-points').disabled = row[0] !== 'points';
      form.querySelector('.v-reason').value = String(row[2]);
    });
  }
  forms.forEach(function (form) {
    var sel = form.querySelector('.v-outcome');
    var pts = form.querySelector('.v-points');
    sel.addEventListener('change', function () { pts.disabled = sel.value !== 'points'; updateCount(); save(); });
    form.addEventListener('input', function () { updateCount(); save(); });
  });
  document.getElementById('v-reviewer').addEventListener('input', save);

  /* Screenshots open large over the page; Escape or a click closes them. */
  var box = document.getElementById('lightbox');
  var boxImg = box.querySelector('img');
  Array.prototype.forEach.call(document.querySelectorAll('a.thumb'), function (a) {
    a.addEventListener('click', function (ev) {
      ev.preventDefault();
      boxImg.src = a.getAttribute('href');
      boxImg.alt = a.querySelector('img').alt;
      box.hidden = false;
    });
  });
  box.addEventListener('click', function () { box.hidden = true; boxImg.removeAttribute('src'); });
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') box.hidden = true; });
  document.getElementById('v-export').addEventListener('click', function () {
    var reviewer = document.getElementById('v-reviewer').value.trim();
    var now = new Date().toISOString();
    var bad = !reviewer;
    var verdicts = [];
    forms.forEach(function (form) {
      var v = readForm(form);
      if (!v) return;
      var max = Number(form.getAttribute('data-max'));
      if (!v.reason || (v.points !== undefined && (!isFinite(v.points) || v.points < 0 || v.points > max))) {
        bad = true;
        form.classList.add('invalid');
        return;
      }
      form.classList.remove('invalid');
      v.reviewer = reviewer;
      v.decidedAt = now;
      verdicts.push(v);
    });
    verror.hidden = !bad;
    if (bad) return;
    var file = {
      format: 'tekser-verdicts',
      version: 1,
      report: { url: body.getAttribute('data-url'), auditedAt: body.getAttribute('data-audited') },
      verdicts: verdicts
    };
    var blob = new Blob([JSON.stringify(file, null, 2) + '\n'], { type: 'application/json' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'verdicts-' + (body.getAttribute('data-host') || 'site') + '-' + now.slice(0, 10) + '.json';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  });

  restore();
  apply();
  updateCount();
  goToHash();
})();
