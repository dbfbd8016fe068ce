/**
 * Words of the accessibility controls in Kazakh, Russian and English: the link that skips to the
 * main content, the "to top" link, and the buttons that pause, stop or mute moving content and
 * media. The patterns are plain RegExp sources too, so the in-page scripts can use them.
 */

/** «Негізгі мазмұнға өту», «Перейти к основному содержанию», "Skip to main content", «К содержимому». */
export const SKIP_LINK_TEXT =
  /(skip\s*(to|navigation|nav|link)|jump\s*to\s*(main|content)|to\s*main\s*content|main\s*content|негізгі\s*(мазмұн|мәтін|бөлім|контент)|мазмұнға\s*өту|(перейти|переход)\s*к\s*(основному|содержим|контент)|к\s*(основному\s*)?(содержимому|содержанию|контенту)|пропустить\s*навигацию)/iu;

/** «Жоғарыға», «Жоғары», «Наверх», «В начало страницы», "Back to top", arrows ▲ ↑ ⬆ ⇧. */
export const TO_TOP_TEXT =
  /(^\s*[▲↑⬆⇧△⌃^]\s*$|жоғары(ға)?|беттің\s*басына|басына\s*(оралу|өту|қайту)|наверх|вверх|в\s*начало(\s*страницы)?|к\s*началу|(back\s*)?to\s*(the\s*)?top|scroll\s*(to\s*)?top|go\s*up)/iu;

/** Class names, ids and URL fragments of "to top" controls (back-to-top, scrollup, #top …). */
export const TO_TOP_MARKER = /(back-?to-?top|to-?top|scroll-?(to-?)?top|scroll-?up|go-?top|up-?button|btn-?up|naverh|jogary)/i;

/** Pause, stop or mute controls: «Тоқтату», «Кідірту», «Дыбысын өшіру», «Пауза», «Стоп», «Остановить», «Выключить звук», "Pause". */
export const PAUSE_CONTROL_TEXT =
  /(тоқтат|кідірт|үзіліс|дыбыс(ын|ты)?\s*(өшір|сөндір)|пауза|приостанов|останов|стоп|выключить\s*звук|без\s*звука|отключить\s*звук|pause|stop|mute|unmute|play\s*\/\s*pause)/iu;

export function isSkipLinkText(text: string | null | undefined): boolean {
  return typeof text === 'string' && SKIP_LINK_TEXT.test(text);
}

export function isToTopText(text: string | null | undefined): boolean {
  return typeof text === 'string' && TO_TOP_TEXT.test(text);
}

export function isPauseControlText(text: string | null | undefined): boolean {
  return typeof text === 'string' && PAUSE_CONTROL_TEXT.test(text);
}

/** The patterns as {source, flags} for code sent into a page. */
export const ACCESSIBILITY_PATTERNS = {
  skip: { source: SKIP_LINK_TEXT.source, flags: SKIP_LINK_TEXT.flags },
  toTop: { source: TO_TOP_TEXT.source, flags: TO_TOP_TEXT.flags },
  toTopMarker: { source: TO_TOP_MARKER.source, flags: TO_TOP_MARKER.flags },
  pause: { source: PAUSE_CONTROL_TEXT.source, flags: PAUSE_CONTROL_TEXT.flags },
} as const;
