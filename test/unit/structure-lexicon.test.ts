/** The structure vocabulary (lexicon/structureTerms.ts) in kk, ru and en, both ways. */
import { describe, expect, it } from 'vitest';
import {
  hasModifiedLabel, hasPublishedLabel, isFaqText, isFeedbackText, isHomeLinkText, isSearchText, latinShare, namesOfficialResource,
  saysNotFound, saysUnderConstruction, showsDocFormat, showsDocSize, tellsNewWindow,
} from '../../lexicon/structureTerms.ts';

describe('structure terms', () => {
  it('names the home page, search, FAQ and feedback', () => {
    for (const t of ['Басты бет', 'Главная', 'На главную', 'Home']) expect(isHomeLinkText(t), t).toBe(true);
    for (const t of ['Главная новость дня', 'Басты беттегі жаңалықтар', 'About']) expect(isHomeLinkText(t), t).toBe(false);
    for (const t of ['Іздеу', 'Поиск по сайту', 'Search']) expect(isSearchText(t), t).toBe(true);
    expect(isSearchText('Новости')).toBe(false);
    for (const t of ['Жиі қойылатын сұрақтар', 'Часто задаваемые вопросы', 'FAQ', 'Вопросы и ответы']) expect(isFaqText(t), t).toBe(true);
    expect(isFaqText('Сұрақтар мен ұсыныстар бойынша кеңес')).toBe(false);
    for (const t of ['Кері байланыс', 'Обратная связь', 'Интернет-приёмная', 'Интернет-қабылдау']) expect(isFeedbackText(t), t).toBe(true);
    expect(isFeedbackText('Контакты')).toBe(false);
  });

  it('recognises under-construction and not-found pages', () => {
    for (const t of ['Бөлім әзірленуде', 'Раздел в разработке', 'Страница в стадии наполнения', 'Under construction']) expect(saysUnderConstruction(t), t).toBe(true);
    expect(saysUnderConstruction('Разработка генерального плана города')).toBe(false);
    for (const t of ['Бет табылмады', 'Страница не найдена', '404 — Page not found']) expect(saysNotFound(t), t).toBe(true);
    expect(saysNotFound('Найдены 4 документа')).toBe(false);
  });

  it('finds date labels', () => {
    for (const t of ['Жарияланды:', 'Опубликовано', 'Дата публикации:', 'Published']) expect(hasPublishedLabel(t), t).toBe(true);
    for (const t of ['Жаңартылды:', 'Соңғы өзгеріс', 'Обновлено', 'Дата изменения:', 'Last updated']) expect(hasModifiedLabel(t), t).toBe(true);
    expect(hasPublishedLabel('Жаңартылды')).toBe(false);
    expect(hasModifiedLabel('Опубликовано')).toBe(false);
  });

  it('the official resource, new-window notices, document labels', () => {
    for (const t of ['Көкшетау қаласы әкімдігінің ресми интернет-ресурсы', 'Официальный интернет-ресурс акимата', 'Официальный сайт Министерства', 'Official internet resource of the Akimat']) expect(namesOfficialResource(t), t).toBe(true);
    expect(namesOfficialResource('Акимат города Кокшетау')).toBe(false);
    for (const t of ['(жаңа терезеде ашылады)', '(откроется в новом окне)', 'opens in a new tab']) expect(tellsNewWindow(t), t).toBe(true);
    expect(tellsNewWindow('Портал электронного правительства')).toBe(false);
    expect(showsDocFormat('План закупок (PDF, 14 КБ)') && showsDocSize('План закупок (PDF, 14 КБ)')).toBe(true);
    expect(showsDocSize('Отчёт 1,2 MB')).toBe(true);
    expect(showsDocFormat('План закупок на 2026 год')).toBe(false);
    expect(showsDocSize('План закупок на 2026 год')).toBe(false);
  });

  it('measures the Latin share of a text', () => {
    expect(latinShare('Public procurement plan')).toBe(1);
    expect(latinShare('План закупок')).toBe(0);
    expect(latinShare('План plan')).toBe(0.5);
    expect(latinShare('2026 — 14')).toBe(0);
  });
});
