import { describe, expect, it } from 'vitest';
import { runRss } from '../../rules/annex4/rssRule.ts';
import { feedCategoriesOf } from '../../lexicon/feedCategories.ts';
import { feed, HOME, snapshot } from './snapshotBuilder.ts';

const run = (feeds: ReturnType<typeof feed>[]) => runRss(snapshot({ site: { feeds } }))[0]!;

describe('A4-4.2 RSS', () => {
  it('gives 0.3 with feeds for news, announcements and procurement', () => {
    const result = run([
      feed({ url: `${HOME}/ru/rss/news`, title: 'Новости министерства' }),
      feed({ url: `${HOME}/kk/rss/1`, title: 'Хабарландырулар', format: 'atom' }),
      feed({ url: `${HOME}/rss/goszakup.xml`, title: null }),
    ]);
    expect(result).toMatchObject({ id: 'A4-4.2', lang: null, max: 0.3, points: 0.3, status: 'pass', deductions: [] });
    const first = result.evidence.find((e) => e.url === `${HOME}/ru/rss/news`);
    expect(first?.label).toMatch(/rss, 10 items, latest 2025-12-19\): news/);
  });

  it('gives 0 with 1 of 3 feeds (0.3 − 2 × 0.15)', () => {
    const result = run([feed({ url: `${HOME}/rss`, declaredTitle: 'News' })]);
    expect(result).toMatchObject({ points: 0, status: 'fail' });
    expect(result.deductions.map((d) => d.points)).toEqual([0.15, 0.15]);
    expect(result.summary).toMatch(/missing: announcements, procurement/);
  });

  it('gives 0.15 with 2 of 3, and one feed may serve two kinds', () => {
    const result = run([feed({ url: `${HOME}/rss/all`, title: 'Жаңалықтар мен хабарландырулар' })]);
    expect(result).toMatchObject({ points: 0.15, status: 'partial' });
  });

  it('does not count broken, unparsed or unclassified feeds', () => {
    const result = run([
      feed({ url: `${HOME}/rss/news`, title: 'Новости', status: 404 }),
      feed({ url: `${HOME}/rss/announcements`, title: 'Объявления', format: null }),
      feed({ url: `${HOME}/rss/tender`, title: 'Тендеры', status: null, error: 'timeout' }),
      feed({ url: `${HOME}/feed`, title: 'Министерство' }),
    ]);
    expect(result.points).toBe(0);
    expect(result.evidence.filter((e) => e.kind === 'page' && /not counted/.test(e.label))).toHaveLength(4);
  });

  it('fails with a note when there is no feed', () => {
    const result = run([]);
    expect(result.points).toBe(0);
    expect(result.evidence.some((e) => /No RSS, Atom or RDF feed/.test(e.label))).toBe(true);
  });

  it('classifies by kk, ru and en words and URL transliterations', () => {
    expect(feedCategoriesOf('Сатып алу')).toEqual(['procurement']);
    expect(feedCategoriesOf('Анонсы')).toEqual(['announcements']);
    expect(feedCategoriesOf('https://x.kz/ru/novosti/rss')).toEqual(['news']);
    expect(feedCategoriesOf('Procurement notices and announcements')).toEqual(['announcements', 'procurement']);
    expect(feedCategoriesOf(null, undefined, 'https://x.kz/feed')).toEqual([]);
  });
});
