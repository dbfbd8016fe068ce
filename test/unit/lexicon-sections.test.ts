import { describe, expect, it } from 'vitest';
import { ANNEX5_LEXICON } from '../../lexicon/sections/annex5.ts';
import { ANNEX6_LEXICON } from '../../lexicon/sections/annex6.ts';
import { ITEM_TOPICS, SECTION_TOPICS } from '../../lexicon/sections/topics.ts';
import { ANNEX5 } from '../../rules/methodology/annex5.ts';
import { ANNEX6 } from '../../rules/methodology/annex6.ts';
import { findTerm, findTopicTerm, hasTerm } from '../../rules/contentDetection/termMatch.ts';
import { fold } from '../../rules/contentDetection/fold.ts';

const TYPES = ['omo', 'zhao'] as const;
const TABLES = [
  { name: 'Annex 5', tables: ANNEX5, lexicon: ANNEX5_LEXICON },
  { name: 'Annex 6', tables: ANNEX6, lexicon: ANNEX6_LEXICON },
];

describe('section lexicon', () => {
  it('covers every section and item of Tables 1 and 2 of Annexes 5 and 6, with kk and ru entries', () => {
    const missing: string[] = [];
    for (const { name, tables, lexicon } of TABLES) {
      for (const type of TYPES) {
        for (const section of tables[type].sections) {
          const lex = lexicon[type][section.id];
          if (!lex) {
            missing.push(`${name} ${type} ${section.id}`);
            continue;
          }
          for (const key of lex.section) {
            const t = SECTION_TOPICS[key];
            if (t.kk.length === 0 || t.ru.length === 0) missing.push(`${name} ${type} ${section.id} section topic ${key}`);
          }
          for (const item of section.items) {
            const key = lex.items[item.id];
            if (!key) {
              missing.push(`${name} ${type} ${section.id} item ${item.id}`);
              continue;
            }
            const t = ITEM_TOPICS[key];
            if (t.kk.length === 0 || t.ru.length === 0) missing.push(`${name} ${type} ${section.id} item ${item.id} (${key})`);
          }
          expect(Object.keys(lex.items).sort()).toEqual(section.items.map((i) => i.id).sort());
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("no item's entries match a neighbouring item's typical label (the first term of each language)", () => {
    const clashes: string[] = [];
    for (const { name, tables, lexicon } of TABLES) {
      for (const type of TYPES) {
        for (const section of tables[type].sections) {
          const lex = lexicon[type][section.id];
          if (!lex) continue;
          for (const a of section.items) {
            for (const b of section.items) {
              if (a.id === b.id) continue;
              const ta = ITEM_TOPICS[lex.items[a.id] ?? 'news'];
              const tb = ITEM_TOPICS[lex.items[b.id] ?? 'news'];
              if (ta === tb || ta.detector) continue;
              for (const lang of ['kk', 'ru'] as const) {
                const label = tb[lang][0] ?? '';
                if (findTopicTerm(label, ta, lang)) clashes.push(`${name} ${type} ${section.id}: item ${a.id} matches item ${b.id}'s «${label}» (${lang})`);
              }
            }
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each([
    ['kk', 'Бос орындар', 'vacancies'],
    ['kk', 'Мемлекеттік қызметтегі бос орындары туралы', 'vacancies'],
    ['kk', 'Bos oryndar', 'vacancies'],
    ['ru', 'Вакансии', 'vacancies'],
    ['ru', 'Сведения о вакантных должностях', 'vacancies'],
    ['kk', 'Азаматтарды қабылдау кестесі', 'receptionSchedule'],
    ['kk', 'Azamattardy qabyldau kestesi', 'receptionSchedule'],
    ['ru', 'График приёма граждан', 'receptionSchedule'],
    ['kk', 'Сыбайлас жемқорлыққа қарсы іс-қимыл', 'antiCorruption'],
    ['kk', 'Sybailas jemqorlyqqa qarsy is-qimyl', 'antiCorruption'],
    ['ru', 'Противодействие коррупции', 'antiCorruption'],
    ['kk', 'Бюджеттің атқарылуы', 'budgetExecution'],
    ['ru', 'Исполнение бюджета', 'budgetExecution'],
    ['kk', 'Мемлекеттік Туы', 'flag'],
    ['kk', 'Мемлекеттік Елтаңбасы', 'emblem'],
    ['kk', 'Memlekettik Eltañba', 'emblem'],
    ['ru', 'Государственный Гимн', 'anthem'],
  ] as const)('%s «%s» is found as %s', (lang, text, key) => {
    expect(findTerm(text, ITEM_TOPICS[key][lang])).not.toBeNull();
  });

  it.each([
    ['kk', 'Мемлекеттік рәміздер', 'symbols'],
    ['ru', 'Государственные символы', 'symbols'],
    ['kk', 'Мемлекеттік сатып алу', 'tenders'],
    ['ru', 'Государственные закупки', 'tenders'],
    ['kk', 'Мемлекеттік қызметтер', 'publicServices'],
    ['kk', 'Memlekettik qyzmetter', 'publicServices'],
  ] as const)('%s «%s» names the section %s', (lang, text, key) => {
    expect(hasTerm(text, SECTION_TOPICS[key][lang])).toBe(true);
  });

  it('does not match inside words or other topics', () => {
    expect(hasTerm('Мемлекеттік рәміздер туралы', ITEM_TOPICS.flag.kk)).toBe(false); // «туралы» is not «ту»
    expect(hasTerm('Бюджеттің атқарылуы', ITEM_TOPICS.vacancies.kk)).toBe(false);
    expect(hasTerm('Вакансии', ITEM_TOPICS.receptionSchedule.ru)).toBe(false);
    expect(hasTerm('Новости', ITEM_TOPICS.budgetExecution.ru)).toBe(false);
  });

  it('folds Cyrillic and Latin Kazakh to the same letters', () => {
    expect(fold('Қазақстан Республикасы')).toBe(fold('Qazaqstan Respublikasy'));
    expect(fold('Әнұран')).toBe(fold('Änūran'));
    expect(fold('Жаңалықтар')).toBe(fold('Zhañalyqtar'));
  });
});
