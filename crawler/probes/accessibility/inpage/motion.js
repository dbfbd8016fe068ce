/*
 * In-page (plain JS, evaluated as a string): window.__tekserMotion. sample() records the state
 * of media elements, running animations and carousel-like blocks; after a wait, compare(p)
 * samples again and returns what played or moved in between, each with the pause/stop/mute
 * control found near it (p: lexicon patterns).
 */
(() => {
  /* @include cssPath.js */
  const html = (el) => { const h = el.outerHTML || ''; return h.length > 300 ? h.slice(0, 299) + '…' : h; };
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    return r.width >= 8 && r.height >= 8 && cs.visibility !== 'hidden' && cs.display !== 'none';
  };
  const MOVERS = '[aria-roledescription="carousel" i], marquee, blink, [class*="carousel" i], [class*="slider" i], [class*="swiper" i], [class*="slick" i], [class*="owl-" i], [class*="ticker" i], [class*="marquee" i], [class*="bxslider" i], [class*="flexslider" i], [class*="splide" i], [class*="glide" i], [class*="scroll" i][class*="text" i]';
  const signature = (el) => {
    const parts = [];
    const nodes = [el, ...el.querySelectorAll('*')].slice(0, 300);
    for (const n of nodes) {
      const cs = getComputedStyle(n);
      const r = n.getBoundingClientRect();
      parts.push(n.localName + (n.hidden ? 'H' : '') + cs.display[0] + cs.visibility[0] + cs.opacity + cs.transform + Math.round(r.left) + ',' + Math.round(r.top) + (n.className && typeof n.className === 'string' && /active|current|selected|show/i.test(n.className) ? '*' : ''));
    }
    return parts.join('|');
  };
  let first = null;
  // Playback time accumulated per element while watched. currentTime alone cannot tell: a short
  // looping video wraps around, so "now − before" can be near zero or negative while it plays.
  const playedFor = new WeakMap();
  const track = (m) => {
    const acc = { total: 0, last: m.currentTime };
    const step = () => {
      const t = m.currentTime;
      let d = t - acc.last;
      if (d < 0 && m.loop && Number.isFinite(m.duration)) d = m.duration - acc.last + t;
      if (d > 0 && d < 10) acc.total += d;
      acc.last = t;
    };
    acc.step = step;
    m.addEventListener('timeupdate', step);
    m.addEventListener('seeking', () => { acc.last = m.currentTime; });
    playedFor.set(m, acc);
  };
  const state = () => {
    const media = [...document.querySelectorAll('video, audio')].map((m, i) => {
      m.setAttribute('data-tekser-media', String(i));
      return { i, tag: m.localName, paused: m.paused, ended: m.ended, t: m.currentTime, muted: m.muted, volume: m.volume, controls: m.controls, autoplay: m.autoplay, loop: m.loop, duration: Number.isFinite(m.duration) ? m.duration : null, shown: shown(m) };
    });
    const movers = [];
    for (const el of document.querySelectorAll(MOVERS)) {
      if (movers.length >= 20) break;
      if (movers.some((m) => m.el.contains(el) || el.contains(m.el))) continue;
      if (!shown(el) || el.closest('video')) continue;
      movers.push({ el, sig: signature(el) });
    }
    return { media, movers };
  };
  const nearControl = (el, pause) => {
    for (let e = el, up = 0; e && e !== document.body && up < 4; e = e.parentElement, up++) {
      for (const c of e.querySelectorAll('button, [role="button"], a, input[type="button"], input[type="checkbox"], [tabindex]')) {
        const href = c.getAttribute('href');
        // A link to another page ("Heating will be stopped …") is not a control.
        if (c.localName === 'a' && href && !/^(#|javascript:)/i.test(href)) continue;
        const label = ((c.getAttribute('aria-label') || '') + ' ' + (c.getAttribute('title') || '') + ' ' + (c.textContent || '') + ' ' + (c.value || '') + ' ' + (typeof c.className === 'string' ? c.className : '')).replace(/\s+/g, ' ').trim();
        if (label.length <= 60 && pause.test(label)) return { text: label.slice(0, 60), selector: cssPath(c) };
      }
    }
    return null;
  };
  window.__tekserMotion = {
    /**
     * Media with the autoplay attribute that this browser did not start (a headless browser
     * without --autoplay-policy=no-user-gesture-required blocks it) are started, as a visitor's
     * browser that allows autoplay would. Returns how many were started.
     */
    kick() {
      let n = 0;
      for (const m of document.querySelectorAll('video[autoplay], audio[autoplay]')) {
        if (m.paused && m.played.length === 0 && !m.ended) { n++; try { const p = m.play(); if (p && p.catch) p.catch(() => undefined); } catch (e) { /* not playable */ } }
      }
      return n;
    },
    sample() {
      first = state();
      for (const m of document.querySelectorAll('video, audio')) track(m);
      return first.media.length + first.movers.length;
    },
    compare(p) {
      const pause = new RegExp(p.pause.source, p.pause.flags);
      const now = state();
      const media = [];
      for (const m of now.media) {
        const before = first && first.media.find((b) => b.i === m.i);
        const el = document.querySelector('[data-tekser-media="' + m.i + '"]');
        const acc = el && playedFor.get(el);
        if (acc) acc.step();
        const advanced = acc ? acc.total : before ? m.t - before.t : 0;
        const playing = !m.paused && !m.ended && advanced > 0.5;
        const longerThan3s = m.loop || m.duration === null || m.duration > 3;
        media.push({ tag: m.tag, selector: cssPath(el), html: html(el), src: el.currentSrc || el.getAttribute('src'), playing, advanced, longerThan3s,
          muted: m.muted, volume: m.volume, startedMuted: before ? before.muted : m.muted, controls: m.controls, autoplay: m.autoplay, loop: m.loop, duration: m.duration, shown: m.shown,
          control: m.controls ? { text: 'native controls', selector: cssPath(el) } : nearControl(el, pause) });
      }
      const iframes = [...document.querySelectorAll('iframe[src]')].filter((f) => /[?&](autoplay|auto_play)=(1|true)/i.test(f.getAttribute('src') || '')).slice(0, 10)
        .map((f) => ({ selector: cssPath(f), src: (f.getAttribute('src') || '').slice(0, 200), muted: /[?&]mute(d)?=(1|true)/i.test(f.getAttribute('src') || ''), control: nearControl(f, pause) }));
      const moving = [];
      for (const m of now.movers) {
        const before = first && first.movers.find((b) => b.el === m.el);
        if (!before || before.sig === m.sig) continue;
        if (m.el.localName === 'marquee' || m.el.localName === 'blink') continue;
        moving.push({ kind: 'changes', selector: cssPath(m.el), html: html(m.el), control: nearControl(m.el, pause) });
      }
      for (const el of document.querySelectorAll('marquee, blink')) {
        if (moving.length >= 20) break;
        if (shown(el)) moving.push({ kind: el.localName, selector: cssPath(el), html: html(el), control: nearControl(el, pause) });
      }
      const seenTargets = new Set();
      for (const a of (document.getAnimations ? document.getAnimations() : [])) {
        if (moving.length >= 20) break;
        if (a.playState !== 'running' || !a.effect || !a.effect.target) continue;
        const t = a.effect.getComputedTiming();
        const long = t.iterations === Infinity || (typeof t.endTime === 'number' && t.endTime > 3000);
        const target = a.effect.target;
        if (!long || seenTargets.has(target) || !shown(target) || target.closest('video') || target.closest('[aria-busy="true"]')) continue;
        // A loading spinner that will go away is not content.
        if (/spin|load|progress/i.test(typeof target.className === 'string' ? target.className : '')) continue;
        seenTargets.add(target);
        const inside = (sel) => { try { const el = document.querySelector(sel); return !!el && el.contains(target); } catch (e) { return false; } };
        if (moving.some((m) => inside(m.selector))) continue;
        moving.push({ kind: 'animation', selector: cssPath(target), html: html(target), control: nearControl(target, pause) });
      }
      return { media, iframes, moving };
    },
  };
  return true;
})()
