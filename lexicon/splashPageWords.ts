/** Words that give away an intermediate page before the home page: a language choice or an "enter the site" splash. */
export const SPLASH_PAGE_TITLE = /(тілді\s+таңдаңыз|тілді\s+таңдау|выберите\s+язык|выбор\s+языка|choose\s+(your\s+)?language|select\s+(your\s+)?language|сайтқа\s+кіру|войти\s+на\s+сайт|вход\s+на\s+сайт|enter\s+(the\s+)?site)/iu;

export function looksLikeSplashTitle(title: string): boolean {
  return SPLASH_PAGE_TITLE.test(title);
}
