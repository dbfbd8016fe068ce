/**
 * The accessibility probes (axe, zoom, keyboard, motion, form-errors) and the A4-3.1…3.8 rules
 * through crawlSite on the fixture site: a clean site passes every indicator, a site with the
 * accessibility defects fails each one for the reason the defect plants.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../crawler/audit/crawlSite.ts';
import { ACCESSIBILITY_PROBES } from '../../crawler/probes/accessibility/index.ts';
import type { Probe, ProbeTarget } from '../../crawler/probes/probeTypes.ts';
import { homeTargets } from '../../crawler/probes/sampleTargets.ts';
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { ACCESSIBILITY_RULES } from '../../rules/annex4/accessibility/index.ts';
import type { IndicatorResult } from '../../rules/types.ts';
import { startFixtureSite, type FixtureSite } from '../fixtures/index.ts';
import { fixtureConfig, tempDir } from './fixtureAudit.ts';

/** Few targets to keep the test short: the kk home page, the feedback form and the longest page. */
function fewTargets(snapshot: Snapshot): ProbeTarget[] {
  const out = homeTargets(snapshot, ['kk']);
  const kk = snapshot.pages.filter((p) => p.device === 'desktop' && p.lang === 'kk' && p.status === 200);
  const feedback = kk.find((p) => p.forms.some((f) => !f.isSearch));
  const longest = [...kk].sort((a, b) => b.textLength - a.textLength)[0];
  for (const p of [feedback, longest]) if (p && !out.some((t) => t.url === p.finalUrl)) out.push({ url: p.finalUrl, lang: p.lang, page: p });
  // The regulation (a long page with chapters and a "to top" link) lies deeper than this small crawl.
  const home = out[0];
  if (home) out.push({ url: new URL('/kz/about/regulation', home.url).href, lang: 'kk', page: null });
  return out;
}

const PROBES: Probe[] = ACCESSIBILITY_PROBES.map((probe) => ({
  ...probe,
  targets: (s: Snapshot) => fewTargets(s).filter((t) => probe.id !== 'form-errors' || t.page?.forms.some((f) => !f.isSearch)),
}));

const DEFECTS = {
  imagesWithoutAlt: true,
  lowContrast: true,
  zoomBreaks: true,
  userScalableNo: true,
  autoplayVideo: true,
  carouselNoPause: true,
  noSkipLink: true,
  noToTopLink: true,
  noFormErrors: true,
} as const;

interface Audit {
  snapshot: Snapshot;
  results: Map<string, IndicatorResult>;
  ms: number;
}

async function audit(site: FixtureSite): Promise<Audit> {
  const started = Date.now();
  const snapshot = await crawlSite({
    config: fixtureConfig(site, 'classic', { maxPages: 24, maxMobilePages: 0, langs: ['kk'], screenshots: true }),
    outDir: tempDir(),
    resume: false,
    probes: PROBES,
  });
  const results = new Map(ACCESSIBILITY_RULES.flatMap((rule) => rule.run(snapshot)).map((r) => [r.id, r]));
  return { snapshot, results, ms: Date.now() - started };
}

const labels = (r: IndicatorResult | undefined) => (r?.evidence ?? []).map((e) => e.label).join('\n');

describe('accessibility probes and rules on the fixture site', () => {
  let clean: Audit;
  let broken: Audit;
  const sites: FixtureSite[] = [];
  beforeAll(async () => {
    const a = await startFixtureSite({ style: 'classic' });
    const b = await startFixtureSite({ style: 'classic', defects: DEFECTS });
    sites.push(a, b);
    [clean, broken] = await Promise.all([audit(a), audit(b)]);
  }, 180_000);
  afterAll(async () => {
    for (const s of sites) await s.close();
  });

  it('runs every probe on the feedback page, the home page and a long page without errors', () => {
    const urls = new Set(clean.snapshot.probes.map((r) => r.url));
    expect([...urls].some((u) => u.endsWith('/kz/feedback'))).toBe(true);
    expect(clean.snapshot.probes.filter((r) => r.error !== null).map((r) => `${r.probe} ${r.url}: ${r.error}`)).toEqual([]);
    expect(new Set(clean.snapshot.probes.map((r) => r.probe))).toEqual(new Set(['axe', 'zoom', 'keyboard', 'motion', 'form-errors']));
  });

  it('passes all eight indicators on the clean site', () => {
    for (const id of ['A4-3.1', 'A4-3.2', 'A4-3.3', 'A4-3.4', 'A4-3.5', 'A4-3.6', 'A4-3.7', 'A4-3.8']) {
      const r = clean.results.get(id);
      expect({ id, status: r?.status, summary: r?.summary, why: r?.deductions }).toMatchObject({ id, status: 'pass' });
      expect(r?.points).toBe(0.2);
    }
    // The clean site's forms answer with their own texts; its skip link and "to top" were found.
    expect(labels(clean.results.get('A4-3.6'))).toMatch(/aria-invalid|alert/);
    expect(labels(clean.results.get('A4-3.5'))).toMatch(/Skip link «Негізгі мазмұнға өту» → #main-content/);
    expect(labels(clean.results.get('A4-3.5'))).toMatch(/"To top" control «Жоғарыға»/);
  });

  it('fails each indicator on the defective site for the planted reason', () => {
    const r = (id: string) => {
      const result = broken.results.get(id);
      expect({ id, status: result?.status, points: result?.points }).toEqual({ id, status: 'fail', points: 0 });
      return labels(result);
    };
    expect(r('A4-3.1')).toMatch(/image-alt: no text alternative/);
    expect(r('A4-3.2')).toMatch(/video plays by itself \(loops, muted\), no stop\/pause\/mute control/);
    expect(r('A4-3.3')).toMatch(/carousel\/slider\/ticker changed by itself; no pause\/stop control/);
    expect(r('A4-3.5')).toMatch(/not a skip link/);
    expect(labels(broken.results.get('A4-3.5'))).toMatch(/no "to top" control found/);
    expect(r('A4-3.6')).toMatch(/no error message/);
    const contrast = r('A4-3.7');
    expect(contrast).toMatch(/Contrast 2\.8\d:1 \(text #999999 on #ffffff/);
    const zoom = r('A4-3.8');
    expect(zoom).toMatch(/Viewport meta/);
    expect(zoom).toMatch(/Zoom 200 %: document width \/ window width \(CSS px\)/);
    // Keyboard use is not broken by these defects.
    expect(broken.results.get('A4-3.4')?.status).toBe('pass');
  });

  it('measures the zoom defect itself, not only the viewport meta', () => {
    const zoom = broken.snapshot.probes.find((p) => p.probe === 'zoom' && p.url.endsWith('/kz/'));
    const data = zoom?.data as { zoom: { issues: { horizontalScroll: boolean; scrollWidth: number } }; baseline: { horizontalScroll: boolean } };
    expect(data.baseline.horizontalScroll).toBe(false);
    expect(data.zoom.issues).toMatchObject({ horizontalScroll: true, scrollWidth: 1000 });
    const cleanZoom = clean.snapshot.probes.find((p) => p.probe === 'zoom' && p.url.endsWith('/kz/'));
    expect((cleanZoom?.data as { zoom: { issues: { horizontalScroll: boolean } } }).zoom.issues.horizontalScroll).toBe(false);
    expect(zoom?.screenshots.length).toBeGreaterThan(0);
  });

  it('never lets a form submission leave the browser', () => {
    for (const site of sites) expect(site.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([]);
    for (const site of sites) expect(site.requests.filter((r) => /\/kz\/feedback\?/.test(r.url))).toEqual([]);
  });
});
