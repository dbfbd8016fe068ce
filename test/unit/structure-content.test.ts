/** A4-2.7 (formats), A4-2.8 (large documents), A4-2.9 (dates) on hand-made snapshots. */
import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../crawler/snapshot/schema.ts';
import { runDates } from '../../rules/annex4/structure/datesRule.ts';
import { runFormats } from '../../rules/annex4/structure/formatsRule.ts';
import { runLargeDocuments } from '../../rules/annex4/structure/largeDocumentsRule.ts';
import { HOME, check, link, page, snapshot } from './snapshotBuilder.ts';

const docPage = (docs: { file: string; text: string }[], over: Partial<PageRecord> = {}) =>
  page({
    url: `${HOME}/ru/docs`,
    links: docs.map((d) => link({ url: `${HOME}/files/${d.file}`, text: d.text })),
    text: ['Документы', ...docs.map((d) => d.text)].join('\n'),
    ...over,
  });

describe('A4-2.7 formats', () => {
  it('UTF-8, open formats, labelled, no special software, no sign-in → 1', () => {
    const p = docPage([{ file: 'plan.pdf', text: 'План (PDF, 14 КБ)' }, { file: 'tables.zip', text: 'Таблицы (ZIP, 10 КБ)' }]);
    const [r] = runFormats(snapshot({ pages: [p], checks: [check({ url: `${HOME}/files/plan.pdf`, purpose: 'document', contentType: 'application/pdf' })] }));
    expect(r).toMatchObject({ id: 'A4-2.7', points: 1, status: 'pass' });
  });

  it('format and size on the line after the link count; fewer than half labelled fails (2)', () => {
    const after = docPage([{ file: 'a.pdf', text: 'Отчёт' }], { text: 'Отчёт\nPDF, 1,2 МБ' });
    expect(runFormats(snapshot({ pages: [after] }))[0]?.points).toBe(1);
    const bare = docPage([{ file: 'a.pdf', text: 'Отчёт' }, { file: 'b.docx', text: 'План' }, { file: 'c.pdf', text: 'Итоги (PDF, 3 КБ)' }]);
    const [r] = runFormats(snapshot({ pages: [bare] }));
    expect(r?.points).toBe(0.75);
    expect(r?.deductions[0]?.reason).toMatch(/^\(2\).*2 of 3/);
  });

  it('each requirement costs 0.25: doc + non-UTF-8 (1), rar (3), a document behind a login (4)', () => {
    const p = docPage([{ file: 'old.doc', text: 'Приказ (DOC, 40 КБ)' }, { file: 'arch.rar', text: 'Архив (RAR, 9 КБ)' }, { file: 'secret.pdf', text: 'Протокол (PDF, 5 КБ)' }], { contentType: 'text/html; charset=windows-1251' });
    const checks = [check({ url: `${HOME}/files/secret.pdf`, finalUrl: `${HOME}/user/login?next=/files/secret.pdf`, purpose: 'document', status: 200, contentType: 'text/html' })];
    const [r] = runFormats(snapshot({ pages: [p], checks }));
    expect(r?.deductions.map((d) => d.reason.slice(0, 3))).toEqual(['(1)', '(3)', '(4)']);
    expect(r?.points).toBe(0.25);
  });

  it('HTTP 403 on a document fails (4); all four together floor at 0', () => {
    const p = docPage([{ file: 'x.xls', text: 'Таблица' }, { file: 'y.7z', text: 'Архив' }], { contentType: 'text/html; charset=koi8-r' });
    const [r] = runFormats(snapshot({ pages: [p], checks: [check({ url: `${HOME}/files/x.xls`, purpose: 'document', status: 403 })] }));
    expect(r).toMatchObject({ points: 0, status: 'fail' });
    expect(r?.deductions).toHaveLength(4);
  });
});

const longText = 'Статья 1. Общие положения. '.repeat(300);
describe('A4-2.8 large documents', () => {
  it('no large page: nothing to judge → 0.4', () => {
    expect(runLargeDocuments(snapshot({ pages: [page({ url: `${HOME}/ru/a` })] }))[0]?.points).toBe(0.4);
  });
  it('a large page without subheadings fails (1); an act text without anchors fails (2)', () => {
    const act = page({ url: `${HOME}/ru/npa/123`, title: 'Закон о языках', text: longText, textLength: longText.length, headings: [{ level: 1, text: 'Закон о языках' }] });
    const [r] = runLargeDocuments(snapshot({ pages: [act] }));
    expect(r?.points).toBe(0);
    expect(r?.deductions.map((d) => d.reason.slice(0, 3))).toEqual(['(1)', '(2)']);
  });
  it('subheadings and a table of anchors → 0.4', () => {
    const anchors = ['#s1', '#s2', '#s3'].map((h) => link({ url: `${HOME}/ru/npa/123${h}`, rawHref: h, text: h }));
    const act = page({
      url: `${HOME}/ru/npa/123`, title: 'Закон о языках', text: longText, textLength: longText.length, links: anchors,
      headings: [{ level: 1, text: 'Закон' }, { level: 2, text: 'Глава 1' }, { level: 2, text: 'Глава 2' }],
    });
    expect(runLargeDocuments(snapshot({ pages: [act] }))[0]).toMatchObject({ points: 0.4, status: 'pass' });
  });
});

const dated = (url: string, labels: { pub?: boolean; mod?: boolean }) => {
  const dates = [];
  if (labels.pub) dates.push({ text: '14.11.2026', iso: '2026-11-14', context: 'О проведении слушаний Опубликовано: 14.11.2026 10:14 Обновлено: 14.11.2026 17:00 Текст' });
  if (labels.mod) dates.push({ text: '14.11.2026', iso: '2026-11-14', context: 'О проведении слушаний Опубликовано: 14.11.2026 10:14 Обновлено: 14.11.2026 17:00 Текст' });
  if (labels.pub && !labels.mod) dates[0] = { text: '14.11.2026', iso: '2026-11-14', context: 'слушаний Дата публикации: 14.11.2026 10:14 Текст' };
  if (!labels.pub && labels.mod) dates[0] = { text: '14.11.2026', iso: '2026-11-14', context: 'слушаний Соңғы өзгеріс: 14.11.2026 17:00 Мәтін' };
  return page({ url, dates });
};

describe('A4-2.9 dates', () => {
  const news = (n: number, labels: { pub?: boolean; mod?: boolean }) => Array.from({ length: n }, (_, i) => dated(`${HOME}/ru/news/${100 + i}`, labels));
  it('both dates on the material pages → 0.4 (list pages are not materials)', () => {
    const [r] = runDates(snapshot({ pages: [...news(5, { pub: true, mod: true }), page({ url: `${HOME}/ru/news` })] }));
    expect(r).toMatchObject({ points: 0.4, status: 'pass' });
  });
  it('publication date only → −0.2; the same date twice in one context is read twice', () => {
    expect(runDates(snapshot({ pages: news(5, { pub: true }) }))[0]?.points).toBe(0.2);
    expect(runDates(snapshot({ pages: news(5, { mod: true }) }))[0]?.deductions[0]?.reason).toMatch(/publication/);
  });
  it('an unlabelled date does not count; none → 0', () => {
    const bare = page({ url: `${HOME}/ru/news/1`, dates: [{ text: '14.11.2026', iso: '2026-11-14', context: 'слушаний 14.11.2026 Текст' }] });
    expect(runDates(snapshot({ pages: [bare] }))[0]).toMatchObject({ points: 0, status: 'fail' });
  });
});
