// Runs inside the audited page (evaluated as a string by crawler/browser/extractFacts.ts).
// Plain JavaScript on purpose: no transpiler helper may leak into a function sent to the page.
// It reads what a person sees after the page's scripts ran and returns raw facts; the crawler
// normalises URLs and decides nothing.
(() => {
  const MAX_TEXT = 200000;
  const clip = (s, n) => (s.length > n ? s.slice(0, n) : s);
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();

  function cssPath(el) {
    if (!(el instanceof Element)) return '';
    if (el.id && /^[A-Za-z][\w-]*$/.test(el.id) && document.querySelectorAll('#' + el.id).length === 1) return '#' + el.id;
    const parts = [];
    let node = el;
    while (node && node.nodeType === 1 && node !== document.documentElement && parts.length < 6) {
      let part = node.localName;
      if (node.id && /^[A-Za-z][\w-]*$/.test(node.id) && document.querySelectorAll('#' + node.id).length === 1) {
        parts.unshift('#' + node.id);
        return parts.join(' > ');
      }
      const parent = node.parentElement;
      if (parent) {
        const same = Array.from(parent.children).filter((c) => c.localName === node.localName);
        if (same.length > 1) part += ':nth-of-type(' + (same.indexOf(node) + 1) + ')';
      }
      parts.unshift(part);
      node = parent;
    }
    return parts.join(' > ');
  }

  const BREADCRUMB_RE = /breadcrumb|хлебн|крошк|навигациялық тізбек/i;
  const LANGSWITCH_RE = /(^|[\s_-])(lang|langs|language|languages|lang-switch|locale|тіл|язык)([\s_-]|$)/i;

  function regionsOf(el) {
    const regions = new Set();
    let langSwitcher = false;
    for (let n = el.parentElement; n; n = n.parentElement) {
      const tag = n.localName;
      const role = (n.getAttribute('role') || '').toLowerCase();
      const label = (n.getAttribute('aria-label') || '') + ' ' + (n.className && typeof n.className === 'string' ? n.className : '') + ' ' + (n.id || '');
      if (BREADCRUMB_RE.test(label) || (n.getAttribute('itemtype') || '').includes('BreadcrumbList')) regions.add('breadcrumbs');
      if (LANGSWITCH_RE.test(label)) langSwitcher = true;
      if (tag === 'nav' || role === 'navigation') regions.add('nav');
      if (tag === 'header' || role === 'banner') regions.add('header');
      if (tag === 'footer' || role === 'contentinfo') regions.add('footer');
      if (tag === 'main' || role === 'main') regions.add('main');
      if (tag === 'aside' || role === 'complementary') regions.add('aside');
    }
    if (regions.size === 0) regions.add('other');
    return { regions: Array.from(regions), langSwitcher };
  }

  function labelOf(field) {
    if (field.id) {
      const l = document.querySelector('label[for="' + CSS.escape(field.id) + '"]');
      if (l) return norm(l.textContent);
    }
    const wrap = field.closest('label');
    if (wrap) return norm(wrap.textContent);
    const aria = field.getAttribute('aria-label');
    if (aria) return norm(aria);
    const by = field.getAttribute('aria-labelledby');
    if (by) return norm(by.split(/\s+/).map((id) => (document.getElementById(id) || {}).textContent || '').join(' '));
    return null;
  }

  const attr = (el, name) => {
    const v = el.getAttribute(name);
    return v === null ? null : v;
  };

  const links = Array.from(document.querySelectorAll('a[href], area[href]')).map((a) => {
    const { regions, langSwitcher } = regionsOf(a);
    return {
      href: a.href,
      rawHref: a.getAttribute('href') || '',
      text: clip(norm(a.innerText || a.textContent || ''), 300),
      imgAlt: Array.from(a.querySelectorAll('img[alt]')).map((i) => i.getAttribute('alt')).join(' ').trim() || null,
      title: attr(a, 'title'),
      ariaLabel: attr(a, 'aria-label'),
      target: attr(a, 'target'),
      rel: attr(a, 'rel'),
      hreflang: attr(a, 'hreflang'),
      regions,
      langSwitcher,
      selector: cssPath(a),
    };
  });

  const forms = Array.from(document.querySelectorAll('form')).map((f) => {
    const fields = Array.from(f.querySelectorAll('input, select, textarea'))
      .filter((el) => !['hidden', 'submit', 'button', 'image', 'reset'].includes((el.getAttribute('type') || '').toLowerCase()))
      .map((el) => ({
        tag: el.localName,
        type: attr(el, 'type'),
        name: attr(el, 'name'),
        id: el.id || null,
        label: labelOf(el),
        placeholder: attr(el, 'placeholder'),
        maxLength: el.hasAttribute('maxlength') ? Number(el.getAttribute('maxlength')) : null,
        required: el.hasAttribute('required') || el.getAttribute('aria-required') === 'true',
        selector: cssPath(el),
      }));
    return {
      action: f.getAttribute('action') === null ? null : f.action,
      method: (f.getAttribute('method') || 'get').toLowerCase(),
      role: attr(f, 'role'),
      text: clip(norm(f.innerText || ''), 300),
      fields,
      selector: cssPath(f),
    };
  });

  const images = Array.from(document.images).map((img) => ({
    src: img.currentSrc || img.src || null,
    alt: attr(img, 'alt'),
    role: attr(img, 'role'),
    inLink: !!img.closest('a[href]'),
    width: img.width,
    height: img.height,
    selector: cssPath(img),
  }));

  const media = Array.from(document.querySelectorAll('audio, video, iframe, embed, object')).map((m) => {
    const tag = m.localName;
    const isAV = tag === 'audio' || tag === 'video';
    return {
      kind: tag,
      src: (isAV ? m.currentSrc || m.src : m.src || m.data || m.getAttribute('src')) || null,
      autoplay: isAV ? m.autoplay : /autoplay=1|autoplay=true/i.test(m.getAttribute('src') || '') || m.hasAttribute('autoplay'),
      muted: isAV ? m.muted : false,
      controls: isAV ? m.controls : false,
      loop: isAV ? m.loop : false,
      selector: cssPath(m),
    };
  });

  const headings = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')).map((h) => ({
    level: /^h[1-6]$/.test(h.localName) ? Number(h.localName[1]) : Number(h.getAttribute('aria-level') || 2),
    text: clip(norm(h.innerText || h.textContent || ''), 300),
  }));

  const meta = (sel) => {
    const el = document.querySelector(sel);
    return el ? el.getAttribute('content') : null;
  };
  const linkEls = (sel) => Array.from(document.querySelectorAll(sel));
  const body = document.body;
  const text = body ? body.innerText || '' : '';
  const bodyStyle = body ? getComputedStyle(body) : null;

  return {
    title: document.title || '',
    htmlLang: document.documentElement.getAttribute('lang'),
    canonical: (linkEls('link[rel="canonical"]')[0] || {}).href || null,
    metaRefresh: meta('meta[http-equiv="refresh" i]'),
    viewport: meta('meta[name="viewport" i]'),
    headings,
    text: clip(text, MAX_TEXT),
    textLength: text.length,
    links,
    hreflangs: linkEls('link[rel="alternate"][hreflang]').map((l) => ({ lang: l.getAttribute('hreflang') || '', url: l.href })),
    feedLinks: linkEls('link[rel="alternate"]')
      .filter((l) => /rss|atom|xml/i.test(l.getAttribute('type') || ''))
      .map((l) => ({ url: l.href, type: l.getAttribute('type'), title: l.getAttribute('title') })),
    forms,
    images,
    media,
    layout: {
      viewportWidth: window.innerWidth,
      scrollWidth: Math.max(document.documentElement.scrollWidth, body ? body.scrollWidth : 0),
      bodyFontSizePx: bodyStyle ? parseFloat(bodyStyle.fontSize) || null : null,
    },
  };
})()
