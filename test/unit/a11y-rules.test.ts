/** A4-3.1 … 3.8 rules on hand-made probe records: pass and fail, not-checked and error, the evidence they give. */
import { describe, expect, it } from 'vitest';
import type { AxeData, AxeNode, AxeRuleOutcome } from '../../crawler/probes/accessibility/axeProbe.ts';
import type { FormErrorsData, FormOutcome } from '../../crawler/probes/accessibility/formErrorsProbe.ts';
import type { KeyboardData } from '../../crawler/probes/accessibility/keyboardProbe.ts';
import type { MotionData, Moving, PlayedMedia } from '../../crawler/probes/accessibility/motionProbe.ts';
import type { LayoutIssues, ZoomData } from '../../crawler/probes/accessibility/zoomProbe.ts';
import type { ProbeRecord } from '../../crawler/snapshot/schema.ts';
import { runAutoplayMedia } from '../../rules/annex4/accessibility/autoplayMediaRule.ts';
import { runContrast } from '../../rules/annex4/accessibility/contrastRule.ts';
import { runFormErrors } from '../../rules/annex4/accessibility/formErrorsRule.ts';
import { ACCESSIBILITY_INTERPRETATIONS, ACCESSIBILITY_RULES } from '../../rules/annex4/accessibility/index.ts';
import { runKeyboard } from '../../rules/annex4/accessibility/keyboardRule.ts';
import { runMotion } from '../../rules/annex4/accessibility/motionRule.ts';
import { runSkipLinks } from '../../rules/annex4/accessibility/skipLinksRule.ts';
import { runTextAlternatives } from '../../rules/annex4/accessibility/textAlternativesRule.ts';
import { runZoom } from '../../rules/annex4/accessibility/zoomRule.ts';
import type { IndicatorResult } from '../../rules/types.ts';
import { HOME, page, probeRecord, snapshot } from './snapshotBuilder.ts';

const A = `${HOME}/ru`;
const B = `${HOME}/ru/news`;
const one = (results: IndicatorResult[]) => {
  expect(results).toHaveLength(1);
  return results[0]!;
};
const labels = (r: IndicatorResult) => r.evidence.map((e) => e.label).join('\n');
const rec = (probe: string, url: string, data: unknown, over: Partial<ProbeRecord> = {}) => probeRecord({ probe, url, data, ...over });

// --- axe ----------------------------------------------------------------------------------------
const node = (over: Partial<AxeNode> = {}): AxeNode => ({ target: 'img.logo', html: '<img class="logo" src="/logo.png">', summary: 'no alt', contrast: null, ...over });
const axeRule = (id: string, over: Partial<AxeRuleOutcome> = {}): AxeRuleOutcome => ({ id, impact: null, violations: 0, passes: 3, incomplete: 0, nodes: [], ...over });
const axeData = (rules: AxeRuleOutcome[]): AxeData => ({ axeVersion: '4.14.1', rules, inapplicable: [], screenshot: null });

describe('A4-3.1 text alternatives', () => {
  it('passes when no sampled page has an image without a text alternative', () => {
    const r = one(runTextAlternatives(snapshot({ probes: [rec('axe', A, axeData([axeRule('image-alt')])), rec('axe', B, axeData([axeRule('image-alt')]))] })));
    expect(r).toMatchObject({ id: 'A4-3.1', points: 0.2, max: 0.2, status: 'pass', deductions: [] });
    expect(labels(r)).toMatch(/Sampled pages that pass: 2 of 2 \(100.0 %\)/);
  });

  it('fails with 0 when one sampled page has one, and names the element', () => {
    const bad = axeData([axeRule('image-alt', { violations: 2, nodes: [node(), node({ target: 'img.banner' })] }), axeRule('svg-img-alt', { violations: 1, nodes: [node({ target: 'svg.icon' })] })]);
    const r = one(runTextAlternatives(snapshot({ probes: [rec('axe', A, axeData([axeRule('image-alt')])), rec('axe', B, bad)] })));
    expect(r).toMatchObject({ points: 0, status: 'fail' });
    expect(r.deductions).toEqual([{ reason: expect.stringContaining('1 of 2 sampled page(s) fail'), points: 0.2 }]);
    expect(r.deductions[0]?.reason).toMatch(/3 elements without a text alternative \(image-alt 2, svg-img-alt 1\)/);
    expect(r.evidence.filter((e) => e.kind === 'element').map((e) => e.selector)).toEqual(['img.logo', 'img.banner', 'svg.icon']);
    expect(labels(r)).toMatch(/Sampled pages that pass: 1 of 2 \(50.0 %\)/);
  });

  it('is not checked without axe records, and an error when every run failed', () => {
    expect(one(runTextAlternatives(snapshot()))).toMatchObject({ status: 'not-checked', points: 0 });
    const r = one(runTextAlternatives(snapshot({ probes: [rec('axe', A, null, { error: 'probe axe took longer than 60 s' })] })));
    expect(r).toMatchObject({ status: 'error', points: 0 });
    expect(labels(r)).toMatch(/took longer than 60 s/);
  });

  it('judges only the pages that ran when some runs failed', () => {
    const r = one(runTextAlternatives(snapshot({ probes: [rec('axe', A, axeData([axeRule('image-alt')])), rec('axe', B, null, { error: 'boom' })] })));
    expect(r).toMatchObject({ status: 'pass', points: 0.2 });
    expect(labels(r)).toMatch(/failed on this page: boom/);
  });
});

describe('A4-3.7 contrast', () => {
  const contrastNode = (ratio: number, large: boolean): AxeNode =>
    node({ target: large ? 'h1' : 'p', html: large ? '<h1>Title</h1>' : '<p>Text</p>', contrast: { ratio, fgColor: '#8a8a8a', bgColor: '#ffffff', fontSize: large ? '18.0pt (24px)' : '12.0pt (16px)', fontWeight: 'normal', large, wcagFail: ratio < (large ? 3 : 4.5) } });

  it('passes when all text reaches 4.5:1', () => {
    expect(one(runContrast(snapshot({ probes: [rec('axe', A, axeData([axeRule('color-contrast', { passes: 40 })]))] })))).toMatchObject({ id: 'A4-3.7', status: 'pass', points: 0.2 });
  });

  it('fails large text between 3:1 and 4.5:1 (no large-text exception) and reports that WCAG would accept it', () => {
    const r = one(runContrast(snapshot({ probes: [rec('axe', A, axeData([axeRule('color-contrast', { violations: 1, nodes: [contrastNode(3.5, true)] })]))] })));
    expect(r).toMatchObject({ status: 'fail', points: 0 });
    expect(r.deductions[0]?.reason).toMatch(/1 text element below 4\.5:1 \(all large text that WCAG would accept at 3:1\)/);
    expect(labels(r)).toMatch(/Contrast 3\.5:1 \(text #8a8a8a on #ffffff, 18\.0pt \(24px\) normal, large text\); WCAG view: passes/);
    expect(r.evidence.find((e) => /WCAG view \(3:1/.test(e.label))?.value).toBe(0);
    expect(r.summary).toMatch(/WCAG view: 0/);
  });

  it('counts pages failing the WCAG view too', () => {
    const r = one(runContrast(snapshot({ probes: [rec('axe', A, axeData([axeRule('color-contrast', { violations: 2, nodes: [contrastNode(2.8, false), contrastNode(3.5, true)] })]))] })));
    expect(r.evidence.find((e) => /WCAG view \(3:1/.test(e.label))?.value).toBe(1);
    expect(labels(r)).toMatch(/Contrast 2\.8:1 .*WCAG view: fails/);
  });
});

// --- zoom ---------------------------------------------------------------------------------------
const clean = (width: number): LayoutIssues => ({ scrollWidth: width, clientWidth: width, horizontalScroll: false, clippedCount: 0, clipped: [], overlapCount: 0, overlaps: [] });
const zoomData = (over: Partial<ZoomData> = {}): ZoomData => ({
  viewportMeta: 'width=device-width, initial-scale=1',
  baseline: clean(1366),
  zoom: { issues: clean(640), screenshot: 'screenshots/zoom.png', error: null },
  textOnly: { issues: clean(1366), screenshot: null, error: null },
  ...over,
});

describe('A4-3.8 zoom to 200 %', () => {
  it('passes when both views keep the page whole', () => {
    expect(one(runZoom(snapshot({ probes: [rec('zoom', A, zoomData())] })))).toMatchObject({ id: 'A4-3.8', status: 'pass', points: 0.2 });
  });

  it('fails on horizontal scrolling at 640 CSS px, with the widths and the screenshot', () => {
    const r = one(runZoom(snapshot({ probes: [rec('zoom', A, zoomData({ zoom: { issues: { ...clean(640), scrollWidth: 1000, horizontalScroll: true }, screenshot: 'screenshots/z.png', error: null } }))] })));
    expect(r).toMatchObject({ status: 'fail', points: 0 });
    expect(r.deductions[0]?.reason).toMatch(/Zoom 200 %: horizontal scrolling \(document 1000 px wide in a 640 px window\)/);
    expect(r.evidence.some((e) => e.kind === 'screenshot' && e.value === 'screenshots/z.png')).toBe(true);
  });

  it('fails on clipped and overlapping text in the text-only view, marking what was already there at 100 %', () => {
    const issues: LayoutIssues = { ...clean(1366), clippedCount: 1, clipped: [{ selector: 'div.title', text: 'Long title' }], overlapCount: 1, overlaps: [{ selector: 'a.x', other: 'a.y', text: 'A | B' }] };
    const r = one(runZoom(snapshot({ probes: [rec('zoom', A, zoomData({ baseline: { ...clean(1366), clippedCount: 1, clipped: [{ selector: 'div.title', text: 'Long' }] }, textOnly: { issues, screenshot: null, error: null } }))] })));
    expect(r.status).toBe('fail');
    expect(labels(r)).toMatch(/Text only 200 %: text cut by its box «Long title» \(also at 100 %\)/);
    expect(labels(r)).toMatch(/Text only 200 %: overlapping text «A \| B» \(with a\.y\)$/m);
  });

  it('fails when the viewport meta forbids zoom even if the layout holds', () => {
    for (const meta of ['width=device-width, user-scalable=no', 'width=device-width, maximum-scale=1.5', 'maximum-scale=yes', 'user-scalable=0']) {
      const r = one(runZoom(snapshot({ probes: [rec('zoom', A, zoomData({ viewportMeta: meta }))] })));
      expect({ meta, status: r.status }).toEqual({ meta, status: 'fail' });
    }
    expect(one(runZoom(snapshot({ probes: [rec('zoom', A, zoomData({ viewportMeta: 'width=device-width, maximum-scale=5, user-scalable=yes' }))] }))).status).toBe('pass');
  });

  it('is an error when neither view could be measured', () => {
    const r = one(runZoom(snapshot({ probes: [rec('zoom', A, zoomData({ zoom: { issues: null, screenshot: null, error: 'timeout' }, textOnly: { issues: null, screenshot: null, error: 'x' } }))] })));
    expect(r).toMatchObject({ status: 'error', points: 0 });
  });
});

// --- keyboard -----------------------------------------------------------------------------------
const stop = (text: string, href: string | null = '/ru/page') => ({ tag: 'a', text, selector: `a.${text}`, href, indicator: true });
const kb = (over: Partial<KeyboardData> = {}): KeyboardData => ({
  tabs: 3,
  order: [stop('skip', '#main'), stop('home'), stop('news')],
  controls: 3,
  unreachable: [],
  unreachableCount: 0,
  noIndicator: [],
  noIndicatorCount: 0,
  trap: null,
  hoverOnlyMenus: [],
  clickOnly: [],
  firstStop: { tag: 'a', text: 'Перейти к основному содержанию', href: '#main', selector: 'a.skip', skipLink: true, targetExists: true },
  toTop: [],
  scrollHeight: 1200,
  viewportHeight: 768,
  fragmentLinks: 0,
  ...over,
});

describe('A4-3.4 keyboard', () => {
  it('passes when every control is reached with a visible focus', () => {
    expect(one(runKeyboard(snapshot({ probes: [rec('keyboard', A, kb()), rec('keyboard', B, kb())] })))).toMatchObject({ id: 'A4-3.4', status: 'pass', points: 0.2 });
  });

  const cases: [string, Partial<KeyboardData>, RegExp][] = [
    ['unreachable control', { unreachableCount: 1, unreachable: [{ tag: 'div', role: 'button', text: 'Menu', selector: 'div.menu', html: '<div role="button">Menu</div>' }] }, /1 control not reachable by Tab/],
    ['no focus indicator', { noIndicatorCount: 2, noIndicator: [stop('home'), stop('news')] }, /2 focus stops without a visible focus indicator/],
    ['trap', { trap: stop('widget') }, /keyboard trap/],
    ['hover-only menu', { hoverOnlyMenus: [{ selector: 'nav li > ul', trigger: 'About' }] }, /1 submenu open only on mouse hover/],
    ['click-only element', { clickOnly: [{ selector: 'div.card', text: 'News', html: '<div class="card">' }] }, /1 clickable element that cannot take focus/],
  ];
  it.each(cases)('fails on a %s', (_name, over, reason) => {
    const r = one(runKeyboard(snapshot({ probes: [rec('keyboard', A, kb()), rec('keyboard', B, kb(over))] })));
    expect(r).toMatchObject({ status: 'fail', points: 0 });
    expect(r.deductions[0]?.reason).toMatch(reason);
    expect(r.deductions[0]?.reason).toContain(B);
  });

  it('adds scrollable regions axe-core finds unreachable', () => {
    const axe = axeData([axeRule('scrollable-region-focusable', { violations: 1, nodes: [node({ target: 'section.scroll' })] })]);
    const r = one(runKeyboard(snapshot({ probes: [rec('keyboard', A, kb()), rec('axe', A, axe)] })));
    expect(r.status).toBe('fail');
    expect(r.evidence.some((e) => e.selector === 'section.scroll')).toBe(true);
  });
});

describe('A4-3.5 skip link and "to top"', () => {
  it('passes with a skip link first and a "to top" link on a long page', () => {
    const long = kb({ scrollHeight: 4000, toTop: [{ text: 'Наверх', selector: 'a.up', href: '#top', focusable: true }] });
    const r = one(runSkipLinks(snapshot({ probes: [rec('keyboard', A, kb()), rec('keyboard', B, long)] })));
    expect(r).toMatchObject({ id: 'A4-3.5', status: 'pass', points: 0.2 });
    expect(labels(r)).toMatch(/"To top" control «Наверх» on a page of 5\.2 screens/);
  });

  it('fails when the first focus stop is not a skip link', () => {
    const r = one(runSkipLinks(snapshot({ probes: [rec('keyboard', A, kb({ firstStop: { tag: 'a', text: 'Logo', href: '/ru', selector: 'a.logo', skipLink: false, targetExists: false } }))] })));
    expect(r).toMatchObject({ status: 'fail', points: 0 });
    expect(labels(r)).toMatch(/First focus stop is a «Logo» → \/ru, not a skip link/);
  });

  it('fails when the skip link points at nothing', () => {
    const r = one(runSkipLinks(snapshot({ probes: [rec('keyboard', A, kb({ firstStop: { tag: 'a', text: 'Skip to content', href: '#content', selector: 'a.skip', skipLink: true, targetExists: false } }))] })));
    expect(r.deductions[0]?.reason).toMatch(/points at #content, which does not exist/);
  });

  it('fails a long page (by height, or by its table of contents) without "to top"; a short one needs none', () => {
    const tall = one(runSkipLinks(snapshot({ probes: [rec('keyboard', A, kb({ scrollHeight: 2000 }))] })));
    expect(tall.deductions[0]?.reason).toMatch(/long page \(2\.6 screens\) without a "to top" link/);
    const toc = one(runSkipLinks(snapshot({ probes: [rec('keyboard', A, kb({ scrollHeight: 1400, fragmentLinks: 5 }))] })));
    expect(toc.deductions[0]?.reason).toMatch(/5 links to its own anchors/);
    expect(one(runSkipLinks(snapshot({ probes: [rec('keyboard', A, kb({ scrollHeight: 1500 }))] }))).status).toBe('pass');
  });
});

// --- motion -------------------------------------------------------------------------------------
const media = (over: Partial<PlayedMedia> = {}): PlayedMedia => ({
  tag: 'video', selector: 'video.promo', html: '<video autoplay muted loop>', src: '/promo.webm', playing: true, advanced: 3.4, longerThan3s: true,
  muted: true, volume: 1, startedMuted: true, controls: false, autoplay: true, loop: true, duration: 2, shown: true, control: null, ...over,
});
const moving = (over: Partial<Moving> = {}): Moving => ({ kind: 'changes', selector: 'section.carousel', html: '<section class="carousel">', control: null, ...over });
const motion = (over: Partial<MotionData> = {}): MotionData => ({ watchedMs: 3500, quiet: false, media: [], iframes: [], moving: [], startedByProbe: 0, screenshot: null, ...over });

describe('A4-3.2 autoplaying media', () => {
  it('passes when nothing plays by itself, or what plays has controls', () => {
    expect(one(runAutoplayMedia(snapshot({ probes: [rec('motion', A, motion())] })))).toMatchObject({ id: 'A4-3.2', status: 'pass', points: 0.2, summary: expect.stringMatching(/No media plays by itself/) });
    const r = one(runAutoplayMedia(snapshot({ probes: [rec('motion', A, motion({ media: [media({ controls: true, control: { text: 'native controls', selector: 'video.promo' } })] }))] })));
    expect(r.status).toBe('pass');
    expect(labels(r)).toMatch(/video plays by itself \(loops, muted\); control: «native controls»/);
  });

  it('fails a looping muted video without a control', () => {
    const r = one(runAutoplayMedia(snapshot({ probes: [rec('motion', A, motion({ media: [media()] }))] })));
    expect(r).toMatchObject({ status: 'fail', points: 0 });
    expect(r.deductions[0]?.reason).toMatch(/video plays by itself \(loops, muted\) without a stop, pause or mute control/);
  });

  it('tells sound that the page unmuted, and ignores media that stopped or is short', () => {
    const r = one(runAutoplayMedia(snapshot({ probes: [rec('motion', A, motion({ media: [media({ muted: false, startedMuted: true, loop: false, duration: 30 })] }))] })));
    expect(r.deductions[0]?.reason).toMatch(/30\.0 s, unmuted by the page — with sound/);
    const quiet = motion({ media: [media({ playing: false }), media({ longerThan3s: false, loop: false, duration: 2 })] });
    expect(one(runAutoplayMedia(snapshot({ probes: [rec('motion', A, quiet)] }))).status).toBe('pass');
  });

  it('fails an embedded player that autoplays with its controls hidden', () => {
    const r = one(runAutoplayMedia(snapshot({ probes: [rec('motion', A, motion({ iframes: [{ selector: 'iframe', src: 'https://www.youtube.com/embed/x?autoplay=1&controls=0', muted: false, control: null }] }))] })));
    expect(r.status).toBe('fail');
  });
});

describe('A4-3.3 moving content (heuristic)', () => {
  it('passes when nothing moves or the carousel has a pause button', () => {
    expect(one(runMotion(snapshot({ probes: [rec('motion', A, motion())] })))).toMatchObject({ id: 'A4-3.3', status: 'pass', points: 0.2 });
    const r = one(runMotion(snapshot({ probes: [rec('motion', A, motion({ moving: [moving({ control: { text: 'Пауза', selector: 'button.pause' } })] }))] })));
    expect(r.status).toBe('pass');
    expect(r.summary).toMatch(/\(heuristic\)$/);
  });

  it('fails a carousel or an endless animation without a pause control', () => {
    const r = one(runMotion(snapshot({ probes: [rec('motion', A, motion({ moving: [moving(), moving({ kind: 'animation', selector: 'div.ticker' })] }))] })));
    expect(r).toMatchObject({ status: 'fail', points: 0 });
    expect(r.deductions[0]?.reason).toMatch(/2 moving elements without a pause\/stop control \(changes, animation\)/);
    expect(labels(r)).toMatch(/Interpretation \(heuristic\)/);
  });
});

// --- forms --------------------------------------------------------------------------------------
const formOutcome = (over: Partial<FormOutcome> = {}): FormOutcome => ({
  selector: 'form.feedback', method: 'post', fields: 3, novalidate: true, submitEvents: 1, sitePrevented: true, invalidNative: 0,
  messages: [{ kind: 'aria', field: 'name', text: 'Заполните поле «Имя»' }], screenshot: null, ...over,
});
const forms = (list: FormOutcome[]): FormErrorsData => ({ forms: list });

describe('A4-3.6 input error messages', () => {
  it('passes when every form shows a text message (its own, or the browser validation message)', () => {
    const r = one(runFormErrors(snapshot({ probes: [rec('form-errors', A, forms([formOutcome(), formOutcome({ messages: [{ kind: 'native', field: 'email', text: 'Заполните это поле.' }] })]))] })));
    expect(r).toMatchObject({ id: 'A4-3.6', status: 'pass', points: 0.2 });
    expect(labels(r)).toMatch(/aria-invalid with a described-by text.*«Заполните поле «Имя»»/);
    expect(labels(r)).toMatch(/browser's validation message/);
  });

  it('fails a form that accepts the empty submission without any message', () => {
    const r = one(runFormErrors(snapshot({ probes: [rec('form-errors', A, forms([formOutcome()])), rec('form-errors', B, forms([formOutcome({ messages: [], sitePrevented: false })]))] })));
    expect(r).toMatchObject({ status: 'fail', points: 0 });
    expect(r.deductions[0]?.reason).toMatch(/form\.feedback shows no error message when submitted empty and lets the submission through/);
  });

  it('is not checked when the crawl found no form other than search', () => {
    const r = one(runFormErrors(snapshot({ pages: [page({ url: A, forms: [{ action: '/ru/search', method: 'get', isSearch: true, fields: [], selector: 'form.search' }] })] })));
    expect(r).toMatchObject({ status: 'not-checked', summary: 'Not checked: no form other than search was found' });
  });
});

describe('the accessibility rules together', () => {
  it('decide A4-3.1 … A4-3.8 once each, worth 0.2', () => {
    const results = ACCESSIBILITY_RULES.flatMap((rule) => rule.run(snapshot()));
    expect(results.map((r) => r.id)).toEqual(['A4-3.1', 'A4-3.2', 'A4-3.3', 'A4-3.4', 'A4-3.5', 'A4-3.6', 'A4-3.7', 'A4-3.8']);
    expect(results.every((r) => r.max === 0.2 && r.status === 'not-checked' && r.points === 0)).toBe(true);
  });

  it('state an interpretation for each indicator, the heuristic one marked', () => {
    expect(ACCESSIBILITY_INTERPRETATIONS.map((i) => i.about)).toEqual(['A4-3.1', 'A4-3.2', 'A4-3.3', 'A4-3.4', 'A4-3.5', 'A4-3.6', 'A4-3.7', 'A4-3.8']);
    expect(ACCESSIBILITY_INTERPRETATIONS.every((i) => !i.text.startsWith('Interpretation'))).toBe(true);
    expect(ACCESSIBILITY_INTERPRETATIONS.find((i) => i.about === 'A4-3.3')?.text).toMatch(/^Heuristic\./);
    expect(ACCESSIBILITY_INTERPRETATIONS.find((i) => i.about === 'A4-3.7')?.text).toMatch(/4\.5:1 for normal and large text alike/);
  });
});
