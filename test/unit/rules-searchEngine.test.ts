import { describe, expect, it } from 'vitest';
import { runSearchEngineRank } from '../../rules/annex4/searchEngineRankRule.ts';
import { HOME, page, snapshot } from './snapshotBuilder.ts';

describe('A4-1.1 search engines', () => {
  it('is left to a reviewer, with the names to search and the scoring steps', () => {
    const snap = snapshot({
      site: { languages: [{ lang: 'ru', homeUrl: `${HOME}/ru`, source: 'start' }] },
      pages: [page({ url: `${HOME}/ru`, title: 'Официальный интернет-ресурс акимата города', headings: [{ level: 1, text: 'Акимат города' }] })],
    });
    const [row] = runSearchEngineRank(snap);
    expect(row).toMatchObject({ id: 'A4-1.1', status: 'manual', points: 0, max: 1 });
    expect(row?.evidence.map((e) => e.value)).toEqual(expect.arrayContaining([
      'Google, Yandex, Mail.ru', 'rank 1–10 → 1; rank 11–20 → 0.5; rank 21+ → 0', 'Официальный интернет-ресурс акимата города', 'Акимат города',
    ]));
  });
});
