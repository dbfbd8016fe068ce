/**
 * The Lighthouse probes for real: Lighthouse runs on a fixture site's home page (under its
 * realistic hostname: the host mapping holds in Lighthouse's browser too) through a debugging
 * port, desktop and phone. The responsive fixture
 * has a viewport meta tag (the viewport finding passes); the desktop-only one has none (fails).
 * Scores are diagnostics: this asserts they are numbers in 0–1, not their values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIGHTHOUSE_PROBES } from '../../crawler/probes/lighthouse/index.ts';
import { LighthouseDataSchema, type LighthouseData } from '../../crawler/probes/lighthouse/lighthouseSchema.ts';
import type { ProbeTarget } from '../../crawler/probes/probeTypes.ts';
import type { Probe } from '../../crawler/probes/probeTypes.ts';
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { startFixtureSite, type FixtureSite } from '../fixtures/index.ts';
import { crawlFixture } from './fixtureAudit.ts';

/** Only the first (kk) home page, to keep the test short. */
const kkOnly = (p: Probe): Probe => ({ ...p, targets: (s: Snapshot): ProbeTarget[] => p.targets(s).filter((t) => t.lang === 'kk') });

const dataOf = (snap: Snapshot, probe: string): LighthouseData => {
  const record = snap.probes.find((r) => r.probe === probe);
  expect(record?.error ?? null).toBeNull();
  return LighthouseDataSchema.parse(record?.data);
};

describe('Lighthouse probes on the fixture home page', () => {
  const sites: FixtureSite[] = [];
  let responsive: Snapshot;
  let desktopOnly: Snapshot;
  beforeAll(async () => {
    const a = await startFixtureSite({ style: 'classic' });
    const b = await startFixtureSite({ style: 'classic', mobile: 'desktop-only' });
    sites.push(a, b);
    // Both crawls at once; their Lighthouse runs queue behind each other (one at a time per process).
    [responsive, desktopOnly] = await Promise.all([
      crawlFixture(a, 'classic', { maxPages: 2, maxMobilePages: 0 }, LIGHTHOUSE_PROBES.map(kkOnly)),
      crawlFixture(b, 'classic', { maxPages: 2, maxMobilePages: 0 }, [kkOnly(LIGHTHOUSE_PROBES[1] as Probe)]),
    ]);
  }, 110_000);
  afterAll(async () => { for (const s of sites) await s.close(); });

  it('scores the four categories on desktop and phone, as numbers in 0–1', () => {
    for (const id of ['lighthouse', 'lighthouse-mobile']) {
      const d = dataOf(responsive, id);
      expect(d.formFactor).toBe(id === 'lighthouse' ? 'desktop' : 'mobile');
      expect(d.runtimeError).toBeNull();
      for (const score of Object.values(d.categories)) {
        expect(typeof score).toBe('number');
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
      expect(d.failing.length).toBeLessThanOrEqual(15);
      expect(d.ms).toBeGreaterThan(0);
    }
  });

  it('the viewport finding passes on the responsive site and fails on the desktop-only one', () => {
    expect(dataOf(responsive, 'lighthouse-mobile').viewport.passed).toBe(true);
    const fail = dataOf(desktopOnly, 'lighthouse-mobile');
    expect(fail.viewport.passed).toBe(false);
    expect(fail.failing.map((a) => a.id)).toContain('viewport-insight');
  });

  it('records the console-errors finding', () => {
    const d = dataOf(responsive, 'lighthouse');
    expect(d.consoleErrors.passed).toBe(d.consoleErrors.count === 0);
  });
});
