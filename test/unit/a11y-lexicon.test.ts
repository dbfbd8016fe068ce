/** The accessibility vocabulary (lexicon/accessibilityTerms.ts) in Kazakh, Russian and English, and the viewport-meta reading. */
import { describe, expect, it } from 'vitest';
import { viewportForbidsZoom } from '../../crawler/probes/accessibility/viewportMeta.ts';
import { isPauseControlText, isSkipLinkText, isToTopText, TO_TOP_MARKER } from '../../lexicon/accessibilityTerms.ts';

describe('accessibility words', () => {
  it('names skip links in kk, ru, en and nothing else', () => {
    for (const t of ['Негізгі мазмұнға өту', 'Перейти к основному содержанию', 'К содержимому', 'Skip to main content', 'Skip navigation', 'Пропустить навигацию']) expect({ t, ok: isSkipLinkText(t) }).toEqual({ t, ok: true });
    for (const t of ['Главная', 'Басты бет', 'Содержание доклада: итоги года', 'Новости', null]) expect({ t, ok: isSkipLinkText(t) }).toEqual({ t, ok: false });
  });

  it('names "to top" controls', () => {
    for (const t of ['Жоғарыға', 'Жоғары', 'Наверх', 'В начало страницы', 'Back to top', '▲', '↑']) expect({ t, ok: isToTopText(t) }).toEqual({ t, ok: true });
    for (const t of ['Новости региона', 'Жаңалықтар', 'Top news of the week ahead']) expect({ t, ok: isToTopText(t) }).toEqual({ t, ok: false });
    expect(TO_TOP_MARKER.test('btn back-to-top')).toBe(true);
    expect(TO_TOP_MARKER.test('news-list')).toBe(false);
  });

  it('names pause, stop and mute controls', () => {
    for (const t of ['Тоқтату', 'Кідірту', 'Дыбысын өшіру', 'Пауза', 'Остановить', 'Выключить звук', 'Pause', 'Stop', 'Mute']) expect({ t, ok: isPauseControlText(t) }).toEqual({ t, ok: true });
    for (const t of ['Жалғастыру', 'Далее', 'Next slide', 'Play']) expect({ t, ok: isPauseControlText(t) }).toEqual({ t, ok: false });
  });
});

describe('viewport meta and zoom', () => {
  it.each([
    ['width=device-width, initial-scale=1', false],
    ['width=device-width, user-scalable=no', true],
    ['width=device-width; user-scalable=0', true],
    ['maximum-scale=1', true],
    ['maximum-scale=1.9, user-scalable=yes', true],
    ['maximum-scale=2', false],
    ['maximum-scale=yes', true],
    ['maximum-scale=device-width', false],
    ['', false],
  ] as const)('%s → forbids zoom: %s', (content, forbids) => {
    expect(viewportForbidsZoom(content).forbids).toBe(forbids);
  });
  it('has nothing to say without a viewport meta', () => {
    expect(viewportForbidsZoom(null)).toEqual({ forbids: false, reason: null });
  });
});
