import { describe, expect, it } from 'vitest';
import { findActsWithoutLink } from '../../rules/deficiencies/actWithoutLink.ts';
import { DEFICIENCY_FINDERS, findDeficiencies } from '../../rules/deficiencies/index.ts';
import { findInsufficient } from '../../rules/deficiencies/insufficient.ts';
import { findLanguagesDiffer } from '../../rules/deficiencies/languagesDiffer.ts';
import { DEFAULT_MAX_AGE_DAYS, findNotUpdated } from '../../rules/deficiencies/notUpdated.ts';
import { findOutdatedActs } from '../../rules/deficiencies/outdatedAct.ts';
import { scoreSnapshot } from '../../rules/scoreSnapshot.ts';
import type { PageRecord } from '../../crawler/snapshot/schema.ts';
import { HOME, link, page, snapshot } from './snapshotBuilder.ts';

// The audit started on 2025-12-20 (snapshotBuilder's site.startedAt).
function news(lang: 'kk' | 'ru', device: 'desktop' | 'mobile', iso: string): PageRecord {
  const h1 = lang === 'kk' ? 'Жаңалықтар' : 'Новости';
  return page({
    url: `${HOME}/${lang}/news`,
    lang,
    device,
    title: h1,
    headings: [{ level: 1, text: h1 }],
    text: `${h1}\n${iso} ...`,
    dates: [
      { text: iso, iso, context: iso },
      { text: '2025-01-01', iso: '2025-01-01', context: '' },
    ],
  });
}
const home = (lang: 'kk' | 'ru', device: 'desktop' | 'mobile' = 'desktop') => page({ url: `${HOME}/${lang}`, lang, device, title: 'Example', text: 'Home' });

describe('deficiency finders', () => {
  it('are all registered', () => {
    expect(DEFICIENCY_FINDERS.length).toBe(5);
  });

  describe('not updated in time (default 30 days)', () => {
    it('news 31 days old at the audit date → one deficiency per language; 30 days old → none', () => {
      expect(DEFAULT_MAX_AGE_DAYS).toBe(30);
      const stale = findNotUpdated(snapshot({ pages: [news('kk', 'desktop', '2025-11-19'), news('ru', 'desktop', '2025-11-20')] }));
      expect(stale.map((d) => [d.indicator, d.type, d.lang])).toEqual([['C', 'not-updated', 'kk']]);
      expect(stale[0]?.reason).toContain('31 days');
      expect(stale[0]?.evidence?.[0]).toMatchObject({ url: `${HOME}/kk/news`, value: '2025-11-19' });
    });

    it('a future date mentioned in a news text is not the publication date', () => {
      const item = news('ru', 'desktop', '2025-10-01');
      const withFuture = { ...item, dates: [...item.dates, { text: '01.09.2027', iso: '2027-09-01', context: 'с 1 сентября 2027 года' }] };
      expect(findNotUpdated(snapshot({ pages: [withFuture] })).length).toBe(1);
    });

    it('the threshold is a parameter', () => {
      const snap = snapshot({ pages: [news('ru', 'desktop', '2025-12-10')] });
      expect(findNotUpdated(snap)).toEqual([]);
      expect(findNotUpdated(snap, { maxAgeDays: 7 }).length).toBe(1);
    });

    it('on the phone it is an M deficiency (only when there is a mobile version)', () => {
      const d = findNotUpdated(snapshot({ pages: [news('ru', 'desktop', '2025-12-19'), news('ru', 'mobile', '2025-10-01')] }));
      expect(d.map((x) => [x.indicator, x.lang, x.section])).toEqual([['M', 'ru', 'A6-1.5']]);
    });
  });

  describe('kk and ru not identical', () => {
    const symbols = (lang: 'kk' | 'ru') =>
      page({
        url: `${HOME}/${lang}/about/symbols`,
        lang,
        title: lang === 'kk' ? 'Мемлекеттік рәміздер' : 'Государственные символы',
        headings: [{ level: 1, text: lang === 'kk' ? 'Мемлекеттік рәміздер' : 'Государственные символы' }],
        text:
          lang === 'kk'
            ? 'Мемлекеттік рәміздерге Мемлекеттік Ту, Мемлекеттік Елтаңба және Мемлекеттік Әнұран жатады.'
            : 'К государственным символам относятся Государственный Флаг, Государственный Герб и Государственный Гимн.',
      });

    it('a section present in ru and missing in kk → one C deficiency for kk in A5-1.1', () => {
      const d = findLanguagesDiffer(snapshot({ pages: [home('kk'), home('ru'), symbols('ru')] }));
      expect(d.map((x) => [x.indicator, x.type, x.lang, x.section])).toEqual([['C', 'kk-ru-mismatch', 'kk', 'A5-1.1']]);
    });

    it('the same sections in both languages → none', () => {
      expect(findLanguagesDiffer(snapshot({ pages: [home('kk'), home('ru'), symbols('kk'), symbols('ru')] }))).toEqual([]);
    });

    it('a counterpart much shorter than its pair (site.counterparts) → a deficiency for the shorter language', () => {
      const long = 'Мемлекеттік қызметтер көрсету туралы толық ақпарат. '.repeat(12);
      const kk = page({ url: `${HOME}/kk/services`, lang: 'kk', title: 'Қызметтер', text: long });
      const ru = page({ url: `${HOME}/ru/services`, lang: 'ru', title: 'Услуги', text: 'Раздел в разработке.' });
      const counterparts = { [`${HOME}/kk/services`]: { ru: `${HOME}/ru/services` }, [`${HOME}/ru/services`]: { kk: `${HOME}/kk/services` } };
      const d = findLanguagesDiffer(snapshot({ site: { counterparts }, pages: [home('kk'), home('ru'), kk, ru] }));
      expect(d.length).toBe(1);
      expect(d[0]).toMatchObject({ type: 'kk-ru-mismatch', lang: 'ru' });
      const ruUnrendered = page({ url: `${HOME}/ru/services`, lang: 'ru', title: 'gov.kz', text: '', textLength: 0 });
      expect(findLanguagesDiffer(snapshot({ site: { counterparts }, pages: [home('kk'), home('ru'), kk, ruUnrendered] }))).toEqual([]);
      const ruFull = page({ url: `${HOME}/ru/services`, lang: 'ru', title: 'Услуги', text: 'Полная информация об оказании государственных услуг. '.repeat(12) });
      expect(findLanguagesDiffer(snapshot({ site: { counterparts }, pages: [home('kk'), home('ru'), kk, ruFull] }))).toEqual([]);
    });
  });

  describe('cited act without a link', () => {
    const text = 'Конкурс проводится в соответствии с Законом Республики Казахстан от 23 ноября 2015 года № 416-V «О государственной службе Республики Казахстан».';
    it('a citation with no link to the act → a deficiency with the citation as evidence', () => {
      const d = findActsWithoutLink(snapshot({ pages: [page({ url: `${HOME}/ru/vacancies`, lang: 'ru', text })] }));
      expect(d.length).toBe(1);
      expect(d[0]).toMatchObject({ indicator: 'C', type: 'act-without-link', lang: 'ru' });
      expect(d[0]?.evidence?.[0]?.html).toContain('Закон');
    });
    it('the same citation linked to adilet.zan.kz → none', () => {
      const linked = page({ url: `${HOME}/ru/vacancies`, lang: 'ru', text, links: [link({ url: 'https://adilet.zan.kz/rus/docs/Z1500000416', text: 'Закон', regions: ['main'] })] });
      expect(findActsWithoutLink(snapshot({ pages: [linked] }))).toEqual([]);
    });
    it('a Kazakh citation («… бұйрығы … №») is found too', () => {
      const kk = page({ url: `${HOME}/kk/npa`, lang: 'kk', text: 'Министрдің 2024 жылғы 12 наурыздағы бұйрығы № 57 бекітілді.' });
      expect(findActsWithoutLink(snapshot({ pages: [kk] })).length).toBe(1);
    });
  });

  describe('outdated act', () => {
    const act = (repealed: boolean) =>
      page({ url: `${HOME}/ru/npa/214`, lang: 'ru', title: 'Постановление № 214', headings: [{ level: 1, text: 'Постановление № 214' }], text: repealed ? 'Постановление № 214. Утратило силу постановлением № 301.' : 'Постановление № 214. Действующее.' });
    const list = page({ url: `${HOME}/ru/npa`, lang: 'ru', text: 'Нормативные акты', links: [link({ url: `${HOME}/ru/npa/214`, text: 'Постановление № 214', regions: ['main'] })] });
    it('a link to an act page marked «утратило силу» → a deficiency on the linking page', () => {
      const d = findOutdatedActs(snapshot({ pages: [list, act(true)] }));
      expect(d.map((x) => [x.type, x.lang])).toEqual([['outdated-act', 'ru']]);
      expect(d[0]?.evidence?.[1]).toMatchObject({ url: `${HOME}/ru/npa/214` });
    });
    it('a link to an act in force → none', () => {
      expect(findOutdatedActs(snapshot({ pages: [list, act(false)] }))).toEqual([]);
    });
  });

  describe('insufficient information', () => {
    const vac = (text: string) => page({ url: `${HOME}/ru/vacancies`, lang: 'ru', title: 'Вакансии', headings: [{ level: 1, text: 'Вакансии' }], text });
    it('a section page with a heading and (almost) nothing under it → a deficiency', () => {
      const d = findInsufficient(snapshot({ pages: [home('ru'), vac('Вакансии\nРаздел пуст.')] }));
      expect(d.map((x) => [x.indicator, x.type, x.section])).toEqual([['C', 'insufficient', 'A5-1.10']]);
    });
    it('a section page with content → none', () => {
      const body = 'Сведения о вакантных должностях государственной службы и квалификационные требования к кандидатам опубликованы ниже.';
      expect(findInsufficient(snapshot({ pages: [home('ru'), vac(`Вакансии\n${body}`)] }))).toEqual([]);
    });
  });

  it('deficiencies reach C through scoreSnapshot, capped at 50 % of C', () => {
    const pages = [home('kk'), home('ru'), news('kk', 'desktop', '2025-01-01'), news('ru', 'desktop', '2025-01-01')];
    const snap = snapshot({ pages });
    const found = findDeficiencies(snap);
    expect(found.filter((d) => d.type === 'not-updated').length).toBe(2);
    const { scores } = scoreSnapshot(snap);
    // C before deductions: the news pages give A5-1.12 item 1 (news) in both languages: 1/7 × 4.5 each
    const weighted = scores.formula.completeness.weighted;
    expect(weighted).toBeGreaterThan(0);
    expect(scores.formula.completeness.deficiencies.applied).toBe(Math.min(0.1 * found.filter((d) => d.indicator === 'C').length, Math.round(weighted * 0.5 * 1000) / 1000));
  });
});
