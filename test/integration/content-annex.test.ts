/**
 * Annexes 5 and 6 end to end: the fixture site crawled with the content probes (real Chromium),
 * then rules/scoreSnapshot.ts. The crawl is limited (--include) to a few section pages per
 * language so the test stays short: home, state symbols, budget, vacancies (+ qualification
 * requirements), reception schedule, news.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../crawler/audit/crawlSite.ts';
import { CONTENT_PROBES } from '../../crawler/probes/content/index.ts';
import { DocumentTextDataSchema } from '../../crawler/probes/content/documentTextSchema.ts';
import type { Snapshot } from '../../crawler/snapshot/schema.ts';
import { scoreSnapshot, type ScoredSnapshot } from '../../rules/scoreSnapshot.ts';
import { round3 } from '../../rules/points.ts';
import { startFixtureSite, type FixtureSite } from '../fixtures/index.ts';
import type { MobileMode } from '../fixtures/types.ts';
import { fixtureConfig, tempDir } from './fixtureAudit.ts';

const CLASSIC_PAGES = ['/\\/(kz|ru)\\/(about\\/symbols|vacancies(\\/qualification)?|citizens\\/reception|news|activity\\/budget)?$/'];
const UNIFIED_PAGES = [
  '/\\/entities\\/example-ministry(\\/(about\\/symbols|vacancies(\\/qualification)?|citizens\\/reception|press\\/news|activity\\/budget))?\\?lang=(kk|ru)$/',
];

interface Run {
  site: FixtureSite;
  snapshot: Snapshot;
  scored: ScoredSnapshot;
}

async function audit(style: 'classic' | 'unified', mobile: MobileMode, defects: Record<string, boolean>): Promise<Run> {
  const site = await startFixtureSite({ style, languages: ['kk', 'ru'], mobile, defects });
  const config = fixtureConfig(site, style, { maxPages: 30, maxMobilePages: 4, langs: ['kk', 'ru'], include: style === 'classic' ? CLASSIC_PAGES : UNIFIED_PAGES });
  const snapshot = await crawlSite({ config, outDir: tempDir(), resume: false, probes: CONTENT_PROBES });
  return { site, snapshot, scored: scoreSnapshot(snapshot) };
}

function points(run: Run, id: string, lang: 'kk' | 'ru'): number {
  const r = run.scored.results.find((x) => x.id === id && x.lang === lang);
  if (!r) throw new Error(`no ${id} ${lang}`);
  return r.points;
}

/** C and M recomputed from the rows and the deficiencies, as METHODOLOGY.md §1 states them. */
function expectedScores(run: Run): { C: number; M: number } {
  const sum = (annex: string) => round3(run.scored.results.filter((r) => r.id.startsWith(annex)).reduce((s, r) => s + r.points, 0));
  const cWeighted = round3((sum('A5-') / 100) * 10);
  const cDef = run.scored.deficiencies.filter((d) => d.indicator === 'C').length * 0.1;
  const k = run.scored.mobile.k;
  const mWeighted = k === 0 ? 0 : round3((sum('A6-') / 50) * k);
  const mDef = run.scored.deficiencies.filter((d) => d.indicator === 'M').length * 0.1;
  return {
    C: round3(Math.max(0, cWeighted - Math.min(round3(cDef), round3(cWeighted / 2)))),
    M: k === 0 ? 0 : round3(Math.max(0, mWeighted - Math.min(round3(mDef), round3(mWeighted / 2)) - run.scored.mobile.linkPenalty)),
  };
}

describe('Annexes 5 and 6 on the fixture sites', () => {
  const runs: Record<string, Run> = {};

  beforeAll(async () => {
    runs.zhao = await audit('classic', 'responsive', {});
    runs.zhaoDefects = await audit('classic', 'responsive', { russianUnderKk: true, hiddenOnPhone: true, actWithoutLink: true, staleContent: true });
    runs.omoMismatch = await audit('unified', 'desktop-only', { kkRuMismatch: true });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(Object.values(runs).map((r) => r.site.close()));
  });

  describe('ZhAO (classic akimat site), no defects', () => {
    it('scores the sections that are present in both languages, on the desktop and on the phone', () => {
      const run = runs.zhao!;
      for (const lang of ['kk', 'ru'] as const) {
        expect(points(run, 'A5-1.1', lang)).toBe(1); // flag, emblem, anthem named on the symbols page
        expect(points(run, 'A5-1.6', lang)).toBe(3); // budget for the year + use of funds (a PDF with a text layer)
        expect(points(run, 'A5-1.10', lang)).toBe(2); // acts (link), vacancies, qualification requirements, contacts
        expect(points(run, 'A5-1.3', lang)).toBe(0); // not crawled (outside --include): missing
        expect(points(run, 'A6-1.4', lang)).toBe(3); // staffing on the phone: vacancies, requirements, contacts
        expect(points(run, 'A6-1.6', lang)).toBe(1); // news on the phone
      }
    });

    it('reads the text layer of the linked PDFs', () => {
      const docs = runs.zhao!.snapshot.probes.filter((p) => p.probe === 'documentText');
      expect(docs.length).toBeGreaterThan(0);
      for (const d of docs) expect(DocumentTextDataSchema.parse(d.data).textLength).toBeGreaterThan(0);
    });

    it('opens on the phone the section pages the phone crawl did not reach', () => {
      const phone = runs.zhao!.snapshot.probes.filter((p) => p.probe === 'mobileSections');
      expect(phone.map((p) => new URL(p.url).pathname).sort()).toEqual(['/kz/about/symbols', '/kz/vacancies/qualification', '/ru/about/symbols', '/ru/vacancies/qualification']);
    });

    it('finds no deficiency; C and M follow the formulas', () => {
      const run = runs.zhao!;
      expect(run.scored.deficiencies).toEqual([]);
      expect(run.scored.mobile.k).toBe(5);
      const expected = expectedScores(run);
      expect(run.scored.scores.completeness).toBe(expected.C);
      expect(run.scored.scores.mobile).toBe(expected.M);
      expect(expected.C).toBe(2);
      expect(expected.M).toBe(1.96);
    });
  });

  describe('ZhAO with Russian text under the Kazakh interface, content hidden on phones, an act without a link, stale news', () => {
    it('the Kazakh symbols page with Russian text does not count for kk', () => {
      const run = runs.zhaoDefects!;
      expect(points(run, 'A5-1.1', 'kk')).toBe(0);
      expect(points(run, 'A5-1.1', 'ru')).toBe(1);
      const kk = run.scored.results.find((r) => r.id === 'A5-1.1' && r.lang === 'kk');
      expect(kk?.evidence.some((e) => e.label.includes('not counted for kk') && (e.url ?? '').endsWith('/kz/about/symbols'))).toBe(true);
    });

    it('staffing is on the desktop but not on the phone', () => {
      const run = runs.zhaoDefects!;
      for (const lang of ['kk', 'ru'] as const) {
        expect(points(run, 'A5-1.10', lang)).toBe(2);
        expect(points(run, 'A6-1.4', lang)).toBe(0);
      }
    });

    it('lists the deficiencies with their evidence: stale news (C and M, both languages), cited acts without a link', () => {
      const run = runs.zhaoDefects!;
      const got = run.scored.deficiencies.map((d) => `${d.indicator} ${d.type} ${d.lang}`).sort();
      expect(got).toEqual(
        [
          'C act-without-link kk',
          'C act-without-link ru',
          'C not-updated kk',
          'C not-updated ru',
          'M not-updated kk',
          'M not-updated ru',
          ...got.filter((g) => g.includes('insufficient')),
        ].sort(),
      );
      const act = run.scored.deficiencies.find((d) => d.type === 'act-without-link' && d.lang === 'ru');
      expect(act?.evidence?.[0]?.url).toMatch(/\/ru\/citizens\/reception$/);
      const expected = expectedScores(run);
      expect(run.scored.scores.completeness).toBe(expected.C);
      expect(run.scored.scores.mobile).toBe(expected.M);
    });
  });

  describe('OMO (unified gov.kz platform) without a mobile version, kk lacking the budget section', () => {
    it('the budget section is present in ru only: kk 0, a kk-ru deficiency', () => {
      const run = runs.omoMismatch!;
      expect(points(run, 'A5-1.6', 'ru')).toBe(3);
      expect(points(run, 'A5-1.6', 'kk')).toBe(0);
      expect(points(run, 'A5-1.1', 'kk')).toBe(1);
      const d = run.scored.deficiencies.filter((x) => x.type === 'kk-ru-mismatch');
      expect(d.map((x) => `${x.indicator} ${x.lang} ${x.section}`)).toEqual(['C kk A5-1.6']);
    });

    it('k = 0: every Annex 6 row is not-checked and M = 0', () => {
      const run = runs.omoMismatch!;
      expect(run.scored.mobile.k).toBe(0);
      const a6 = run.scored.results.filter((r) => r.id.startsWith('A6-'));
      expect(a6.length).toBe(10);
      expect(a6.every((r) => r.status === 'not-checked')).toBe(true);
      expect(run.scored.scores.mobile).toBe(0);
      expect(run.scored.scores.completeness).toBe(expectedScores(run).C);
    });
  });
});
