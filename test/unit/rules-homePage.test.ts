import { describe, expect, it } from 'vitest';
import { metaRefreshDelay, runHomePageAccess } from '../../rules/annex4/homePageAccessRule.ts';
import { HOME, snapshot, startProbe } from './snapshotBuilder.ts';

const run = (start: Parameters<typeof startProbe>[0] | null) =>
  runHomePageAccess(snapshot({ site: { start: start === null ? null : startProbe(start) } }))[0]!;

describe('A4-2.12 direct access to the home page', () => {
  it('passes when HTTP redirects lead to a page with navigation', () => {
    const result = run({});
    expect(result).toMatchObject({ id: 'A4-2.12', lang: null, max: 0.1, points: 0.1, status: 'pass', deductions: [] });
    expect(result.evidence.find((e) => e.label === 'HTTP redirect chain')?.value).toBe(`302 ${HOME}/`);
    expect(result.evidence.find((e) => e.label === 'Final URL after HTTP redirects')?.url).toBe(`${HOME}/kk`);
  });

  it('passes on links and text alone when no nav element was seen', () => {
    expect(run({ hasNav: false, internalLinkCount: 10, textLength: 300 }).points).toBe(0.1);
  });

  it('fails on a thin page that moves on by a meta refresh', () => {
    const result = run({
      finalUrl: `${HOME}/`,
      redirectChain: [],
      clientRedirects: [{ url: `${HOME}/kk`, via: 'meta-refresh' }],
      metaRefresh: '0; url=/kk',
      hasNav: false,
      internalLinkCount: 0,
      textLength: 12,
    });
    expect(result).toMatchObject({ points: 0, status: 'fail' });
    expect(result.deductions[0]?.reason).toMatch(/thin page that moves on by meta-refresh/);
    expect(result.evidence.some((e) => e.label === 'Client-side redirect by meta-refresh' && e.url === `${HOME}/kk`)).toBe(true);
  });

  it('fails on a language-choice page (few links, little text)', () => {
    const result = run({ title: 'Тілді таңдаңыз / Выберите язык', hasNav: false, internalLinkCount: 3, textLength: 40 });
    expect(result.points).toBe(0);
    expect(result.deductions[0]?.reason).toMatch(/intermediate page .*titled «Тілді таңдаңыз/);
  });

  it('fails on a timed meta refresh (splash page) even when the page has navigation', () => {
    const result = run({ clientRedirects: [{ url: `${HOME}/ru`, via: 'meta-refresh' }], metaRefresh: '5; URL=/ru' });
    expect(result.points).toBe(0);
    expect(result.deductions[0]?.reason).toMatch(/5 s meta refresh/);
  });

  it('does not count a periodic self-refresh without a target', () => {
    expect(run({ metaRefresh: '300' }).points).toBe(0.1);
  });

  it('passes, with a note, when a script changes the URL of a page that already has navigation', () => {
    const result = run({ clientRedirects: [{ url: `${HOME}/kk?lang=kk`, via: 'script' }] });
    expect(result.points).toBe(0.1);
    expect(result.evidence.some((e) => /already shows navigation/.test(e.label))).toBe(true);
  });

  it('fails when the start URL does not load', () => {
    expect(run({ status: 503 }).deductions[0]?.reason).toMatch(/HTTP 503/);
    expect(run({ status: null }).points).toBe(0);
  });

  it('is not checked without a start probe', () => {
    expect(run(null)).toMatchObject({ status: 'not-checked', points: 0 });
  });

  it('reads meta refresh delays', () => {
    expect(metaRefreshDelay('5; url=/ru')).toBe(5);
    expect(metaRefreshDelay('0;URL=x')).toBe(0);
    expect(metaRefreshDelay(null)).toBeNull();
    expect(metaRefreshDelay('url=x')).toBeNull();
  });
});
