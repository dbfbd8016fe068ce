/**
 * The three kinds of RSS channel Annex 4 indicator 4.2 asks for, and the words (Kazakh, Russian,
 * English, and their Latin transliterations in URLs) that name each in a feed's title or URL.
 */
export type FeedCategory = 'news' | 'announcements' | 'procurement';

export const FEED_CATEGORIES: readonly FeedCategory[] = ['news', 'announcements', 'procurement'];

export const FEED_CATEGORY_WORDS: Readonly<Record<FeedCategory, readonly string[]>> = {
  news: ['жаңалық', 'жаналык', 'новост', 'news', 'novost', 'zhanalyk', 'zhanalyq', 'janalyk'],
  announcements: ['хабарландыру', 'анонс', 'объявлен', 'announce', 'anons', 'obyavlen', 'obiavlen', 'khabarlandyru', 'habarlandyru'],
  procurement: ['сатып алу', 'закуп', 'тендер', 'procurement', 'goszakup', 'zakup', 'tender', 'satyp-alu', 'satyp_alu', 'satypalu'],
};

/** The categories whose words occur in any of the texts (a feed may serve several). */
export function feedCategoriesOf(...texts: (string | null | undefined)[]): FeedCategory[] {
  const haystack = texts
    .filter((t): t is string => typeof t === 'string')
    .map((t) => {
      try {
        return decodeURIComponent(t);
      } catch {
        return t;
      }
    })
    .join(' ')
    .toLowerCase();
  return FEED_CATEGORIES.filter((category) => FEED_CATEGORY_WORDS[category].some((word) => haystack.includes(word)));
}
