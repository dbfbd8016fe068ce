import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../lexicon/languageModel.ts';

describe('language model (kk vs ru)', () => {
  it.each([
    'Қазақстан Республикасының мемлекеттік рәміздеріне Мемлекеттік Ту, Мемлекеттік Елтаңба және Мемлекеттік Әнұран жатады.',
    'Мемлекеттік органның пошталық мекенжайы, электрондық поштасы және анықтама қызметінің телефондары «Байланыс» бөлімінде жарияланған.',
    'Азаматтарды қабылдау кестесі әр айдың бірінші және үшінші сейсенбісінде өтеді.',
    'Qazaqstan Respublikasynyñ memlekettik rämızderıne Memlekettık Tu, Memlekettık Eltañba jäne Memlekettık Änūran jatady.',
  ])('Kazakh: %s', (text) => {
    expect(guessLanguage(text).lang).toBe('kk');
  });

  it.each([
    'К государственным символам Республики Казахстан относятся Государственный Флаг, Государственный Герб и Государственный Гимн.',
    'Почтовый адрес, электронная почта и телефоны справочной службы государственного органа опубликованы в разделе «Контакты».',
    'Приём граждан проводится в первый и третий вторник каждого месяца, предварительная запись по телефону.',
    'Объявление о проведении конкурса на занятие вакантной административной государственной должности.',
  ])('Russian: %s', (text) => {
    expect(guessLanguage(text).lang).toBe('ru');
  });

  it('says unknown when there is too little to tell', () => {
    expect(guessLanguage('2026').lang).toBe('unknown');
    expect(guessLanguage('').lang).toBe('unknown');
  });

  it('a Russian paragraph under a Kazakh heading is still Russian', () => {
    const text = 'Мемлекеттік рәміздер\nК государственным символам Республики Казахстан относятся Флаг, Герб и Гимн. Порядок их использования установлен Конституционным законом, который был принят в 2007 году.';
    expect(guessLanguage(text).lang).toBe('ru');
  });
});
