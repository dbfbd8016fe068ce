/**
 * Lighthouse's findings as evidence beside A4-2.1 and the mobile coefficient: the lines appear
 * (both ways: console errors / none, viewport / none) and the points and k do not change.
 */
import { describe, expect, it } from 'vitest';
import type { EngineRender } from '../../crawler/probes/site/browsersProbe.ts';
import type { ProbeRecord } from '../../crawler/snapshot/schema.ts';
import { runBrowsers } from '../../rules/annex4/structure/browsersRule.ts';
import { lighthouseConsoleEvidence, lighthouseViewportEvidence } from '../../rules/diagnostics/lighthouseEvidence.ts';
import { mobileCoefficient } from '../../rules/mobile/mobileCoefficient.ts';
import { data } from './lighthouseLhr.ts';
import { HOME, mobileProbe, probeRecord, snapshot } from './snapshotBuilder.ts';

const engine = (e: EngineRender['engine']): EngineRender => ({
  engine: e, state: 'rendered', browserVersion: e, status: 200, finalUrl: `${HOME}/kk`, title: 'T', navPresent: true, navLinks: 8, mainTextLength: 1000,
  linkCount: 40, scrollWidth: e === 'chromium-android' ? 412 : 1280, clientWidth: e === 'chromium-android' ? 412 : 1280, pageErrors: [], screenshot: null, error: null,
});
const browsers = probeRecord({ probe: 'site-browsers', url: `${HOME}/kk`, data: { pages: [{ url: `${HOME}/kk`, lang: 'kk', engines: [engine('chromium-desktop'), engine('chromium-android'), engine('firefox')] }] } });
const lh = (consoleItems: number, viewport: number): ProbeRecord[] => [
  probeRecord({ probe: 'lighthouse', url: `${HOME}/kk`, lang: 'kk', device: 'desktop', data: data({ consoleItems }) }),
  probeRecord({ probe: 'lighthouse-mobile', url: `${HOME}/kk`, lang: 'kk', device: 'mobile', data: data({ consoleItems, viewport }, 'mobile') }),
];

describe('Lighthouse evidence for 2.1', () => {
  it('adds the console-error findings per device, without changing the points', () => {
    const [plain] = runBrowsers(snapshot({ probes: [browsers] }));
    const [withErrors] = runBrowsers(snapshot({ probes: [browsers, ...lh(2, 1)] }));
    const [clean] = runBrowsers(snapshot({ probes: [browsers, ...lh(0, 1)] }));
    expect(withErrors?.points).toBe(plain?.points);
    expect(withErrors?.deductions).toEqual(plain?.deductions);
    const lines = withErrors?.evidence.filter((e) => e.label.startsWith('Lighthouse')) ?? [];
    expect(lines.map((e) => e.label)).toEqual([
      'Lighthouse (diagnostic, no points), kk, desktop: 2 console error(s): Error 0 | Error 1',
      'Lighthouse (diagnostic, no points), kk, phone emulation: 2 console error(s): Error 0 | Error 1',
    ]);
    expect(clean?.evidence.filter((e) => e.label.endsWith('no console errors'))).toHaveLength(2);
    expect(plain?.evidence.some((e) => e.label.startsWith('Lighthouse'))).toBe(false);
  });

  it('skips runs that failed', () => {
    expect(lighthouseConsoleEvidence({ probes: [probeRecord({ probe: 'lighthouse', url: HOME, data: null, error: 'timeout' })] })).toEqual([]);
  });
});

describe('Lighthouse evidence for the mobile coefficient', () => {
  it('adds the phone viewport finding both ways, k unchanged', () => {
    const site = { mobile: [mobileProbe({ kind: 'responsive' })] };
    const plain = mobileCoefficient(snapshot({ site }));
    const good = mobileCoefficient(snapshot({ site, probes: lh(0, 1) }));
    const bad = mobileCoefficient(snapshot({ site, probes: lh(0, 0.5) }));
    expect([good.k, bad.k, good.linkPenalty]).toEqual([plain.k, plain.k, plain.linkPenalty]);
    expect(good.evidence.find((e) => e.label.startsWith('Lighthouse'))).toMatchObject({ value: true, label: expect.stringContaining('has a viewport meta tag') });
    expect(bad.evidence.find((e) => e.label.startsWith('Lighthouse'))).toMatchObject({ value: false, label: expect.stringContaining('no viewport meta tag') });
    expect(lighthouseViewportEvidence({ probes: lh(0, 1) })).toHaveLength(1);
  });
});
