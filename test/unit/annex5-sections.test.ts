import { describe, expect, it } from 'vitest';
import { ANNEX5_RULES } from '../../rules/annex5/index.ts';
import { scoreSnapshot } from '../../rules/scoreSnapshot.ts';
import type { IndicatorResult } from '../../rules/types.ts';
import type { PageRecord, ProbeRecord, Snapshot } from '../../crawler/snapshot/schema.ts';
import { HOME, link, page, probeRecord, snapshot } from './snapshotBuilder.ts';

const NAV = (lang: 'kk' | 'ru') => [
  link({ url: `${HOME}/${lang}`, text: lang === 'kk' ? 'Басты бет' : 'Главная', regions: ['header'] }),
  link({ url: `${HOME}/${lang}/vacancies`, text: lang === 'kk' ? 'Бос орындар' : 'Вакансии', regions: ['nav'] }),
];

function sectionPage(lang: 'kk' | 'ru', slug: string, h1: string, body: string, extra: Partial<PageRecord> = {}): PageRecord {
  const menu = lang === 'kk' ? 'Басты бет\nБос орындар' : 'Главная\nВакансии';
  // the rendered text holds the texts of the (visible) main-content links, as innerText does
  const linkTexts = (extra.links ?? []).filter((l) => l.regions.includes('main')).map((l) => l.text);
  return page({
    url: `${HOME}/${lang}/${slug}`,
    lang,
    title: `${h1} | Example`,
    headings: [{ level: 1, text: h1 }],
    text: [menu, h1, body, ...linkTexts].join('\n'),
    textLength: body.length,
    links: NAV(lang),
    ...extra,
  });
}

const home = (lang: 'kk' | 'ru') => page({ url: `${HOME}/${lang}`, lang, title: 'Example', text: 'Home', links: NAV(lang) });

function run(snap: Snapshot): IndicatorResult[] {
  return ANNEX5_RULES.flatMap((r) => r.run(snap));
}
function row(results: IndicatorResult[], id: string, lang: 'kk' | 'ru'): IndicatorResult {
  const r = results.find((x) => x.id === id && x.lang === lang);
  if (!r) throw new Error(`no ${id} ${lang}`);
  return r;
}

const SYMBOLS_KK = sectionPage(
  'kk',
  'about/symbols',
  'Мемлекеттік рәміздер',
  'Қазақстан Республикасының мемлекеттік рәміздеріне Мемлекеттік Ту, Мемлекеттік Елтаңба және Мемлекеттік Әнұран жатады. Мемлекеттік рәміздерге құрметпен қарау – әрбір азаматтың борышы.',
);
const SYMBOLS_RU_NO_ANTHEM = sectionPage(
  'ru',
  'about/symbols',
  'Государственные символы',
  'К государственным символам Республики Казахстан относятся Государственный Флаг и Государственный Герб. Уважительное отношение к символам – долг каждого гражданина.',
);

describe('Annex 5 sections (hand-made snapshots)', () => {
  it('gives one row per section and language: 15 × 2 for ZhAO, 13 × 2 for OMO', () => {
    const zhao = run(snapshot({ site: { config: { ...snapshot().site.config, type: 'zhao' } }, pages: [home('kk'), home('ru')] }));
    expect(zhao.length).toBe(30);
    const omo = run(snapshot({ pages: [home('kk'), home('ru')] }));
    expect(omo.length).toBe(26);
  });

  it('State symbols: all three items in kk → 1 point; flag and emblem only in ru → 2/3 of a point', () => {
    const results = run(snapshot({ pages: [home('kk'), home('ru'), SYMBOLS_KK, SYMBOLS_RU_NO_ANTHEM] }));
    expect(row(results, 'A5-1.1', 'kk')).toMatchObject({ points: 1, max: 1, status: 'pass', device: 'desktop' });
    const ru = row(results, 'A5-1.1', 'ru');
    expect(ru.points).toBeCloseTo(0.667, 3);
    expect(ru.status).toBe('partial');
    expect(ru.evidence.some((e) => e.label.startsWith('item 3') && e.label.includes('not found'))).toBe(true);
    expect(ru.evidence.some((e) => e.kind === 'element' && e.url === `${HOME}/ru/about/symbols` && (e.html ?? '').includes('Флаг'))).toBe(true);
  });

  it('a section that is missing gets 0 and says no section page was found', () => {
    const results = run(snapshot({ pages: [home('kk'), home('ru'), SYMBOLS_KK] }));
    const ru = row(results, 'A5-1.1', 'ru');
    expect(ru).toMatchObject({ points: 0, status: 'fail' });
    expect(ru.summary).toContain('no section page found');
  });

  it('the menu label alone does not make an item: «Бос орындар» in the menu of every page is not a vacancy list', () => {
    const results = run(snapshot({ pages: [home('kk'), home('ru'), SYMBOLS_KK] }));
    expect(row(results, 'A5-1.10', 'kk').points).toBe(0);
  });

  it('Russian text under the Kazakh interface does not count for kk', () => {
    const russianUnderKk = sectionPage(
      'kk',
      'about/symbols',
      'Мемлекеттік рәміздер',
      'К государственным символам Республики Казахстан относятся Государственный Флаг, Государственный Герб и Государственный Гимн. Порядок их использования установлен законом.',
    );
    const results = run(snapshot({ pages: [home('kk'), home('ru'), russianUnderKk] }));
    const kk = row(results, 'A5-1.1', 'kk');
    expect(kk.points).toBe(0);
    expect(kk.evidence.some((e) => e.label.includes('not counted for kk') && e.url === `${HOME}/kk/about/symbols`)).toBe(true);
  });

  it('Latin-script Kazakh and inflected forms are found', () => {
    const latin = sectionPage(
      'kk',
      'about/symbols',
      'Memlekettık rämızder',
      'Qazaqstan Respublikasynyñ memlekettık rämızderıne Memlekettık Tu, Memlekettık Eltañba jäne Memlekettık Änūran jatady.',
    );
    const results = run(snapshot({ pages: [home('kk'), home('ru'), latin] }));
    expect(row(results, 'A5-1.1', 'kk').points).toBe(1);
  });

  describe('items marked * must be machine-readable (OMO 1.6 budget execution)', () => {
    const pdf = `${HOME}/files/kk/budget-execution.pdf`;
    const budget = sectionPage('kk', 'activity/budget', 'Бюджет', 'Мемлекеттік органның 2026 жылға арналған бюджет қаражаты 4,2 млрд теңгені құрайды. Есептер төменде берілген.', {
      links: [...NAV('kk'), link({ url: pdf, rawHref: pdf, text: 'Бюджеттің атқарылуы туралы есеп (PDF, 120 КБ)', regions: ['main'] })],
    });
    const textLayer = (textLength: number): ProbeRecord =>
      probeRecord({
        probe: 'documentText',
        url: pdf,
        lang: 'kk',
        data: { url: pdf, finalUrl: pdf, status: 200, contentType: 'application/pdf', bytes: 120000, truncated: false, pages: 2, textLength, sample: textLength > 0 ? 'Бюджеттің атқарылуы' : '', error: null },
      });

    it('a PDF with a text layer counts: 3 points', () => {
      const results = run(snapshot({ pages: [home('kk'), home('ru'), budget], probes: [textLayer(1800)] }));
      expect(row(results, 'A5-1.6', 'kk').points).toBe(3);
    });

    it('a scanned PDF (no text layer) does not count: 1.5 points, and the evidence says why', () => {
      const results = run(snapshot({ pages: [home('kk'), home('ru'), budget], probes: [textLayer(0)] }));
      const kk = row(results, 'A5-1.6', 'kk');
      expect(kk.points).toBe(1.5);
      expect(kk.evidence.some((e) => e.label.includes('no text layer'))).toBe(true);
    });
  });

  describe('"if any" items (OMO 1.2 item 6: territorial units)', () => {
    const contacts = (extra: string) =>
      sectionPage(
        'ru',
        'about/contacts',
        'Контакты',
        `Почтовый адрес: 010000, г. Астана, ул. Мәңгілік Ел, 8. E-mail: info@example.gov.kz. Телефон справочной службы: +7 7172 74 00 00. ${extra}`,
        { links: [...NAV('ru'), link({ url: `${HOME}/ru/about/regulation`, text: 'Положение о министерстве', regions: ['main'] }), link({ url: `${HOME}/ru/about/structure`, text: 'Структура министерства', regions: ['main'] })] },
      );

    it('drop out when the site says there are none: 5 of 5 applicable items = 3.5', () => {
      const results = run(snapshot({ pages: [home('kk'), home('ru'), contacts('Министерство не имеет территориальных подразделений.')] }));
      const ru = row(results, 'A5-1.2', 'ru');
      expect(ru.points).toBe(3.5);
      expect(ru.status).toBe('pass');
    });

    it('are left to a reviewer when neither found nor said absent: 5 of 6 = 2.917, status manual', () => {
      const results = run(snapshot({ pages: [home('kk'), home('ru'), contacts('')] }));
      const ru = row(results, 'A5-1.2', 'ru');
      expect(ru.points).toBeCloseTo(2.917, 3);
      expect(ru.status).toBe('manual');
    });
  });

  it('C end to end from hand-made pages: (1 + 0.667) / 100 × 10 = 0.167', () => {
    const snap = snapshot({ pages: [home('kk'), home('ru'), SYMBOLS_KK, SYMBOLS_RU_NO_ANTHEM] });
    const { scores } = scoreSnapshot(snap, { deficiencies: [] });
    expect(scores.formula.completeness.sums.kk).toBe(1);
    expect(scores.formula.completeness.sums.ru).toBeCloseTo(0.667, 3);
    expect(scores.completeness).toBeCloseTo(0.167, 3);
  });
});
