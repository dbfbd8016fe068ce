import { describe, expect, it } from 'vitest';
import { ANNEX5_RULES } from '../../rules/annex5/index.ts';
import { ANNEX6_RULES } from '../../rules/annex6/index.ts';
import { scoreSnapshot } from '../../rules/scoreSnapshot.ts';
import type { IndicatorResult } from '../../rules/types.ts';
import type { PageRecord, Snapshot } from '../../crawler/snapshot/schema.ts';
import { mobileSectionTargets } from '../../crawler/probes/content/mobileSectionsProbe.ts';
import { HOME, mobileProbe, page, probeRecord, snapshot } from './snapshotBuilder.ts';

const VACANCIES_RU =
  'Сведения о вакантных должностях: главный специалист отдела кадров. Квалификационные требования к кандидатам: высшее образование. Консультации по вопросам поступления на службу: Ахметова Гульнар, +7 7172 74 00 12, hr@example.gov.kz.';

function vacancies(device: 'desktop' | 'mobile'): PageRecord {
  return page({ url: `${HOME}/ru/vacancies`, lang: 'ru', device, title: 'Вакансии', headings: [{ level: 1, text: 'Вакансии' }], text: `Вакансии\n${VACANCIES_RU}` });
}
const home = (lang: 'kk' | 'ru', device: 'desktop' | 'mobile') => page({ url: `${HOME}/${lang}`, lang, device, title: 'Example', text: 'Home' });

function rows(snap: Snapshot, id: string, lang: 'kk' | 'ru'): { a5: IndicatorResult; a6: IndicatorResult } {
  const a5 = ANNEX5_RULES.flatMap((r) => r.run(snap)).find((r) => r.id === `A5-${id.split('|')[0]}` && r.lang === lang);
  const a6 = ANNEX6_RULES.flatMap((r) => r.run(snap)).find((r) => r.id === `A6-${id.split('|')[1]}` && r.lang === lang);
  if (!a5 || !a6) throw new Error('missing rows');
  return { a5, a6 };
}

const BASE = [home('kk', 'desktop'), home('ru', 'desktop'), home('kk', 'mobile'), home('ru', 'mobile')];

describe('Annex 6 — judged on the phone rendering', () => {
  it('OMO staffing present on the desktop and on the phone: A5-1.10 and A6-1.3 both score', () => {
    const { a6 } = rows(snapshot({ pages: [...BASE, vacancies('desktop'), vacancies('mobile')] }), '1.10|1.3', 'ru');
    expect(a6).toMatchObject({ points: 3, max: 3, status: 'pass', device: 'mobile' });
  });

  it('present on the desktop but missing on the phone: A6-1.3 gets 0 while A5-1.10 keeps its points', () => {
    const { a5, a6 } = rows(snapshot({ pages: [...BASE, vacancies('desktop')] }), '1.10|1.3', 'ru');
    expect(a5.points).toBe(1.5); // vacancies + qualification requirements of 4 items (2 points)
    expect(a6).toMatchObject({ points: 0, status: 'fail' });
  });

  it('a phone page stored by the mobileSections probe counts like a crawled phone page', () => {
    const data = {
      requestedUrl: `${HOME}/ru/vacancies`,
      finalUrl: `${HOME}/ru/vacancies`,
      status: 200,
      title: 'Вакансии',
      headings: ['Вакансии'],
      mainText: VACANCIES_RU,
      links: [],
      images: [],
      media: [],
    };
    const snap = snapshot({ pages: [...BASE, vacancies('desktop')], probes: [probeRecord({ probe: 'mobileSections', url: `${HOME}/ru/vacancies`, device: 'mobile', lang: 'ru', data })] });
    expect(rows(snap, '1.10|1.3', 'ru').a6.points).toBe(3);
  });

  it('k = 0 (no mobile version): every A6 row is not-checked and M = 0', () => {
    const snap = snapshot({ site: { mobile: [mobileProbe({ kind: 'none', viewportMeta: null })] }, pages: [...BASE, vacancies('desktop'), vacancies('mobile')] });
    const a6 = ANNEX6_RULES.flatMap((r) => r.run(snap));
    expect(a6.length).toBe(10);
    expect(a6.every((r) => r.status === 'not-checked' && r.points === 0)).toBe(true);
    expect(scoreSnapshot(snap, { deficiencies: [] }).scores.mobile).toBe(0);
  });

  it('ZhAO has 7 sections per language; M = (kk + ru) / 50 × 5', () => {
    const snap = snapshot({ site: { config: { ...snapshot().site.config, type: 'zhao' } }, pages: [...BASE, vacancies('desktop'), vacancies('mobile')] });
    const a6 = ANNEX6_RULES.flatMap((r) => r.run(snap));
    expect(a6.length).toBe(14);
    const { scores } = scoreSnapshot(snap, { deficiencies: [] });
    // staffing (1.4: 3 points) and social protection (1.7, item "employment: … vacancies": 1 point)
    expect(scores.formula.mobile.sums.ru).toBe(4);
    expect(scores.mobile).toBe(0.4);
  });

  it('the phone probe targets the desktop section pages not yet rendered on the phone', () => {
    const withDesktopOnly = snapshot({ pages: [...BASE, vacancies('desktop')] });
    expect(mobileSectionTargets(withDesktopOnly).map((t) => t.url)).toEqual([`${HOME}/ru/vacancies`]);
    const both = snapshot({ pages: [...BASE, vacancies('desktop'), vacancies('mobile')] });
    expect(mobileSectionTargets(both)).toEqual([]);
    const noMobile = snapshot({ site: { mobile: [mobileProbe({ kind: 'none' })] }, pages: [...BASE, vacancies('desktop')] });
    expect(mobileSectionTargets(noMobile)).toEqual([]);
  });
});
