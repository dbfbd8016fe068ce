/** The phone probe for each kind of mobile version, and the link back from a separate one. */
import { describe, expect, it } from 'vitest';
import { mobileCoefficient } from '../../rules/mobile/mobileCoefficient.ts';
import { startFixtureSite, type FixtureOptions } from '../fixtures/index.ts';
import { crawlFixture } from './fixtureAudit.ts';

const CASES: { name: string; options: FixtureOptions; kind: string }[] = [
  { name: 'm. redirect', options: { style: 'classic', mobile: 'm-redirect' }, kind: 'redirect' },
  { name: 'm. redirect without a link back', options: { style: 'classic', mobile: 'm-redirect', defects: { noMobileLinkBack: true } }, kind: 'redirect' },
  { name: 'link to m. only', options: { style: 'classic', mobile: 'm-link' }, kind: 'link' },
  { name: 'desktop only', options: { style: 'classic', mobile: 'desktop-only' }, kind: 'none' },
];

describe('mobile version', () => {
  it.each(CASES)('$name', async ({ options, kind }) => {
    const site = await startFixtureSite(options);
    try {
      const snap = await crawlFixture(site, 'classic', { maxPages: 3, maxMobilePages: 2 });
      expect(snap.site.mobile.map((m) => m.kind)).toEqual([kind, kind]);
      const { k, linkPenalty } = mobileCoefficient(snap);
      expect(k).toBe(site.expected.mobileK);
      expect(linkPenalty).toBe(site.expected.linkBackPenalty);
      if (kind === 'redirect' || kind === 'link') {
        expect(snap.site.mobile[0]?.mobileHomeUrl).toContain(`//${site.mobileHost}:`);
      }
    } finally {
      await site.close();
    }
  }, 120_000);
});
