import { describe, expect, it } from 'vitest';
import { ACT_CITATION_PATTERNS, EMAIL_PATTERN, NOT_APPLICABLE_PATTERNS, PHONE_PATTERN, POSTAL_ADDRESS_PATTERN, REPEALED_PATTERNS } from '../../lexicon/sections/patterns.ts';

const anyOf = (patterns: readonly RegExp[], text: string) => patterns.some((re) => re.test(text));

describe('content patterns', () => {
  it.each(['+7 7162 25 10 21', '8 (7172) 74-00-00', '+7 (701) 123 45 67', '8 7172 740000'])('phone %s', (t) => {
    expect(PHONE_PATTERN.test(`Телефон: ${t}`)).toBe(true);
  });
  it('not a phone: dates, years, sums', () => {
    expect(PHONE_PATTERN.test('2026 жылғы 14 наурыз, 4 200 000 теңге')).toBe(false);
    expect(PHONE_PATTERN.test('Жарияланған күні: 25.03.2025 10:00')).toBe(false);
  });
  it('e-mail', () => {
    expect(EMAIL_PATTERN.test('Электрондық пошта: kense@example-akimat.kz')).toBe(true);
    expect(EMAIL_PATTERN.test('Электрондық пошта: жоқ')).toBe(false);
  });
  it.each([
    'Мекенжайы: 020000, Ақмола облысы, Көкшетау қаласы, Абай көшесі, 89',
    'Адрес: 020000, Акмолинская область, город Кокшетау, улица Абая, 89',
    '010000, г. Астана, ул. Мәңгілік Ел, 8',
    '010000, Астана қ., Мәңгілік Ел даңғылы, 8',
  ])('postal address with index: %s', (t) => {
    expect(POSTAL_ADDRESS_PATTERN.test(t)).toBe(true);
  });
  it('not a postal address: a six-digit number without a street', () => {
    expect(POSTAL_ADDRESS_PATTERN.test('Бюджет: 123456 мың теңге')).toBe(false);
  });
  it.each([
    '«Қазақстан Республикасының мемлекеттік қызметі туралы» Қазақстан Республикасының Заңына сәйкес',
    'Министрдің 2024 жылғы 12 наурыздағы бұйрығы № 57',
    'в соответствии с Законом Республики Казахстан от 23 ноября 2015 года № 416-V',
    'утвержден приказом Министра от 12 марта 2024 года № 57',
    'Административным процедурно-процессуальным кодексом Республики Казахстан от 29 июня 2020 года № 350-VI',
  ])('act citation: %s', (t) => {
    expect(anyOf(ACT_CITATION_PATTERNS, t)).toBe(true);
  });
  it('not an act citation: a plain mention of the republic', () => {
    expect(anyOf(ACT_CITATION_PATTERNS, 'Республика Казахстан – унитарное государство.')).toBe(false);
    expect(anyOf(ACT_CITATION_PATTERNS, 'Қазақстан Республикасының мемлекеттік рәміздері')).toBe(false);
  });
  it('repealed marks, not the archive note', () => {
    expect(anyOf(REPEALED_PATTERNS, 'Күші жойылды – ҚР Үкіметінің 2023 жылғы қаулысымен')).toBe(true);
    expect(anyOf(REPEALED_PATTERNS, 'Постановление утратило силу')).toBe(true);
    expect(anyOf(REPEALED_PATTERNS, 'Күшін жойған актілер мұрағатқа ауыстырылады.')).toBe(false);
  });
  it('"none" statements for "if any" items', () => {
    expect(anyOf(NOT_APPLICABLE_PATTERNS, 'Министерство не имеет территориальных подразделений.')).toBe(true);
    expect(anyOf(NOT_APPLICABLE_PATTERNS, 'Министрліктің аумақтық бөлімшелері жоқ.')).toBe(true);
    expect(anyOf(NOT_APPLICABLE_PATTERNS, 'Территориальные подразделения министерства: …')).toBe(false);
  });
});
