/** A4-2.6 (search) and A4-2.1 (browsers) from hand-made probe records; Firefox discovery order. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EngineRender } from '../../crawler/probes/site/browsersProbe.ts';
import { findFirefox } from '../../crawler/probes/site/findFirefox.ts';
import type { SearchProbeData } from '../../crawler/probes/site/searchProbe.ts';
import { runBrowsers } from '../../rules/annex4/structure/browsersRule.ts';
import { runSearch } from '../../rules/annex4/structure/searchRule.ts';
import { HOME, page, probeRecord, snapshot } from './snapshotBuilder.ts';

const searchData = (over: Partial<SearchProbeData> = {}): SearchProbeData => ({
  formFound: true, method: 'get', action: `${HOME}/ru/search`, formSelector: 'form', maxLengthAttr: 100, typedKept: 25, phrase: 'закупки осуществляются',
  deepPageUrl: `${HOME}/ru/deep`, submitted: true, notSubmittedReason: null, resultsUrl: `${HOME}/ru/search?q=x`, resultsStatus: 200, separatePage: true,
  queryKept: true, deepPageFound: true, resultLinkCount: 3, advancedSigns: ['select section'], ...over,
});
const searchSnap = (kk: Partial<SearchProbeData>, ru: Partial<SearchProbeData> = {}) =>
  snapshot({
    pages: [page({ url: `${HOME}/ru`, forms: [{ action: null, method: 'get', isSearch: true, fields: [], selector: 'form' }] })],
    probes: [
      probeRecord({ probe: 'site-search', url: `${HOME}/kk`, lang: 'kk', data: searchData(kk) }),
      probeRecord({ probe: 'site-search', url: `${HOME}/ru`, lang: 'ru', data: searchData(ru) }),
    ],
  });

describe('A4-2.6 search', () => {
  it('all four requirements met → 1', () => {
    expect(runSearch(searchSnap({}))[0]).toMatchObject({ id: 'A4-2.6', points: 1, status: 'pass' });
  });
  it('−0.25 per requirement not met in any language', () => {
    const [r] = runSearch(searchSnap({ typedKept: 10, maxLengthAttr: 10 }, { advancedSigns: [], queryKept: false }));
    expect(r?.points).toBe(0.25);
    expect(r?.deductions.map((d) => d.reason.slice(0, 3))).toEqual(['(1)', '(3)', '(4)']);
  });
  it('a deep page not found fails (2)', () => {
    const [r] = runSearch(searchSnap({ deepPageFound: false }));
    expect(r?.points).toBe(0.75);
    expect(r?.deductions[0]?.reason).toMatch(/^\(2\).*did not find/);
  });
  it('a POST form is not submitted: (2)–(4) not checked and not deducted', () => {
    const post = { method: 'post', submitted: false, notSubmittedReason: 'POST', resultsUrl: null, deepPageFound: false, queryKept: false, separatePage: false, advancedSigns: [] };
    const [r] = runSearch(searchSnap(post, post));
    expect(r?.points).toBe(1);
    expect(r?.evidence.filter((e) => e.value === 'not-checked')).toHaveLength(6);
  });
  it('no search form anywhere → 0', () => {
    const snap = snapshot({ pages: [page({ url: `${HOME}/ru` })], probes: [probeRecord({ probe: 'site-search', url: `${HOME}/ru`, data: { ...searchData(), formFound: false, submitted: false } })] });
    const [r] = runSearch(snap);
    expect(r).toMatchObject({ points: 0, status: 'fail' });
    expect(r?.deductions).toHaveLength(4);
  });
});

const engine = (e: EngineRender['engine'], over: Partial<EngineRender> = {}): EngineRender => ({
  engine: e, state: 'rendered', browserVersion: e, status: 200, finalUrl: `${HOME}/ru`, title: 'T', navPresent: true, navLinks: 8, mainTextLength: 1000,
  linkCount: 40, scrollWidth: e === 'chromium-android' ? 412 : e === 'chromium-iphone' ? 393 : 1280, clientWidth: e === 'chromium-android' ? 412 : e === 'chromium-iphone' ? 393 : 1280, pageErrors: [], screenshot: null, error: null, ...over,
});
const browsersSnap = (engines: EngineRender[]) => snapshot({ probes: [probeRecord({ probe: 'site-browsers', url: `${HOME}/kk`, data: { pages: [{ url: `${HOME}/kk`, lang: 'kk', engines }] } })] });

describe('A4-2.1 browsers', () => {
  it('correct everywhere checked → 0.25; iOS by iPhone emulation; Safari, Windows Phone not checked', () => {
    const [r] = runBrowsers(browsersSnap([engine('chromium-desktop'), engine('chromium-android'), engine('chromium-iphone'), engine('firefox')]));
    expect(r).toMatchObject({ points: 0.25, status: 'pass' });
    expect(r?.evidence.filter((e) => e.kind === 'note' && /: not checked — /.test(e.label)).map((e) => e.label.split(':')[0])).toEqual(['Safari', 'Windows Phone']);
    expect(r?.evidence.some((e) => /^iOS: checked as iPhone emulation \(iOS\)/.test(e.label))).toBe(true);
  });
  it('iPhone emulation scrolling sideways: −0.03 for iOS only', () => {
    const [r] = runBrowsers(browsersSnap([engine('chromium-desktop'), engine('chromium-android'), engine('chromium-iphone', { scrollWidth: 980 }), engine('firefox')]));
    expect(r?.points).toBe(0.22);
    expect(r?.deductions.map((d) => d.reason)).toEqual([expect.stringMatching(/^iOS \(iPhone emulation\) does not display correctly: .*horizontal scrolling/)]);
  });
  it('records made before iPhone emulation: iOS not checked, no deduction', () => {
    const [r] = runBrowsers(browsersSnap([engine('chromium-desktop'), engine('chromium-android'), engine('firefox')]));
    expect(r).toMatchObject({ points: 0.25, status: 'pass' });
    expect(r?.evidence.filter((e) => e.kind === 'note' && /: not checked — /.test(e.label))).toHaveLength(3);
  });
  it('Firefox missing its menu and text: −0.03', () => {
    const [r] = runBrowsers(browsersSnap([engine('chromium-desktop'), engine('chromium-android'), engine('firefox', { navPresent: false, mainTextLength: 100 })]));
    expect(r?.points).toBe(0.22);
  });
  it('Firefox in a record of its own is compared with the Chromium baseline of the same page in the other record', () => {
    const page = (engines: EngineRender[]) => ({ pages: [{ url: `${HOME}/kk`, lang: 'kk', engines }] });
    const [r] = runBrowsers(snapshot({ probes: [
      probeRecord({ probe: 'site-browsers', url: `${HOME}/kk`, data: page([engine('chromium-desktop'), engine('chromium-android'), engine('chromium-iphone')]) }),
      probeRecord({ probe: 'site-browsers-firefox', url: `${HOME}/kk`, data: page([engine('firefox', { navPresent: false, mainTextLength: 100 })]) }),
    ] }));
    expect(r?.points).toBe(0.22);
    expect(r?.deductions.map((d) => d.reason)).toEqual([expect.stringMatching(/^Firefox \(firefox\) does not display correctly: .*navigation menu missing; main text 100 characters/)]);
  });
  it('Android scrolling sideways: −0.03; a Chromium fault costs Chrome, IE (Edge) and Opera', () => {
    const [a] = runBrowsers(browsersSnap([engine('chromium-desktop'), engine('chromium-android', { scrollWidth: 980 }), engine('firefox')]));
    expect(a?.points).toBe(0.22);
    const [c] = runBrowsers(browsersSnap([engine('chromium-desktop', { scrollWidth: 1600 }), engine('chromium-android'), engine('firefox')]));
    expect(c?.points).toBe(0.16);
    expect(c?.deductions.map((d) => d.reason.split(' (')[0])).toEqual(['Internet Explorer', 'Google Chrome', 'Opera']);
  });
  it('script errors only count when Chromium does not have them too', () => {
    const [r] = runBrowsers(browsersSnap([engine('chromium-desktop', { pageErrors: ['x is undefined'] }), engine('chromium-android', { pageErrors: ['x is undefined'] }), engine('firefox', { pageErrors: ['x is undefined', 'y'] })]));
    expect(r?.points).toBe(0.22);
  });
  it('an engine that is not installed is never a failure', () => {
    const [r] = runBrowsers(browsersSnap([engine('chromium-desktop'), engine('chromium-android'), engine('firefox', { state: 'not-installed', error: 'No Firefox found' })]));
    expect(r?.points).toBe(0.25);
    expect(r?.evidence.some((e) => /Firefox: not checked — No Firefox found/.test(e.label))).toBe(true);
  });
  it('without probe records: not checked', () => {
    expect(runBrowsers(snapshot())[0]?.status).toBe('not-checked');
  });
});

describe('findFirefox', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tekser-ff-'));
  const exe = join(dir, 'firefox');
  writeFileSync(exe, '');
  const sys = join(dir, 'firefox-esr');
  writeFileSync(sys, '');
  it('option, then TEKSER_FIREFOX_PATH, then Playwright\'s, then the system path', () => {
    expect(findFirefox(exe, {}, [sys], () => null)).toEqual({ executablePath: exe, source: 'option' });
    expect(findFirefox(null, { TEKSER_FIREFOX_PATH: exe }, [sys], () => null)).toEqual({ executablePath: exe, source: 'env' });
    expect(findFirefox(null, {}, [sys], () => exe)).toEqual({ executablePath: exe, source: 'playwright' });
    expect(findFirefox(null, {}, ['/nope', sys], () => null)).toEqual({ executablePath: sys, source: 'system' });
  });
  it('null when nothing is there', () => {
    expect(findFirefox(null, {}, ['/nope'], () => null)).toBeNull();
    expect(findFirefox(join(dir, 'missing'), {}, [sys], () => null)).toBeNull();
  });
});

describe('A4-2.6 a field that could not be typed into', () => {
  it('is judged by its maxlength (none = no limit)', () => {
    expect(runSearch(searchSnap({ typedKept: null, maxLengthAttr: null }))[0]?.points).toBe(1);
    expect(runSearch(searchSnap({ typedKept: null, maxLengthAttr: 15 }))[0]?.deductions[0]?.reason).toMatch(/^\(1\).*maxlength is 15/);
  });
});
