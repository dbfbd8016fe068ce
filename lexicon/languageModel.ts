/**
 * Telling Kazakh from Russian text (the language check of Annexes 5 and 6: Russian text under the
 * Kazakh interface does not count for kk). A character and word model: the letters only Kazakh
 * uses (ә ғ қ ң ө ұ ү һ і), the letters only Russian uses (ё ъ э; щ and ы are rare in Kazakh
 * words), and the most frequent short words of each language. Data plus one small scorer.
 */

/** Letters of the Kazakh Cyrillic alphabet that Russian does not have. */
export const KAZAKH_LETTERS = 'әғқңөұүһі';
/** Letters common in Russian and (nearly) absent from Kazakh words. */
export const RUSSIAN_LETTERS = 'ёъэщ';

/** Frequent Kazakh function words and endings-as-words. */
export const KAZAKH_WORDS: readonly string[] = [
  'және', 'мен', 'пен', 'бен', 'туралы', 'бойынша', 'үшін', 'бұл', 'осы', 'да', 'де', 'та', 'те', 'екі', 'бір', 'жылы',
  'сондай', 'ал', 'еді', 'болып', 'табылады', 'керек', 'қажет', 'арқылы', 'кейін', 'дейін', 'жөніндегі', 'жылғы', 'мемлекеттік',
  'қазақстан', 'республикасының', 'әкімдігі', 'ақпарат', 'жоқ', 'бар', 'барлық', 'сайт', 'жаңалықтар',
  // Latin-script Kazakh
  'jäne', 'jane', 'turaly', 'boiynsha', 'üşin', 'ushin', 'memlekettik', 'qazaqstan',
];

/** Frequent Russian function words. */
export const RUSSIAN_WORDS: readonly string[] = [
  'и', 'в', 'во', 'на', 'не', 'что', 'с', 'со', 'по', 'для', 'от', 'к', 'о', 'об', 'из', 'за', 'при', 'как', 'это', 'или',
  'также', 'года', 'был', 'была', 'были', 'будет', 'его', 'ее', 'их', 'который', 'которые', 'государственного', 'республики',
  'казахстан', 'акимата', 'информация', 'нет', 'все', 'сайт', 'новости',
];

export type TextLanguage = 'kk' | 'ru' | 'unknown';

export interface LanguageGuess {
  lang: TextLanguage;
  /** Share of Kazakh evidence among all evidence, 0…1. */
  kkShare: number;
  /** Words looked at. */
  words: number;
}

/** Russian inflectional endings (a word without Kazakh letters ending so leans Russian). */
export const RUSSIAN_ENDINGS = /(?:ого|ому|ыми|ими|ами|ями|ется|ются|тся|ться|ный|ная|ное|ные|ных|ным|ной|ную|ция|ции|ние|ния|нии|ать|ять|ить|ует|ают|яет|ость|ости|ство|ства|ский|ская|ские|ских|ском)$/;
/** Kazakh suffixes (plural, genitive, dative, locative, past tense) for words without Kazakh letters. */
export const KAZAKH_ENDINGS = /(?:лар|лер|дар|дер|тар|тер|ның|нің|дың|дің|тың|тің|дағы|дегі|тағы|тегі|ады|еді|йды|йді|атын|етін|ып|іп)$/;

const KK_WORDS = new Set(KAZAKH_WORDS);
const RU_WORDS = new Set(RUSSIAN_WORDS);

/**
 * Guesses the language of a text. Each word scores: +2 for Kazakh when it contains a Kazakh-only
 * letter, +2 for Russian when it contains a Russian-only letter, +1 when it is a frequent word of
 * one language only. Fewer than 3 scored words → unknown; otherwise the side with ≥ 60 % wins.
 */
/** Sentences of at least this many words are judged whole (sentence model). */
const SENTENCE_MIN_WORDS = 5;
/** Below this many characters of such sentences the word model decides. */
const SENTENCE_MIN_CHARS = 80;
const KK_LETTER = /[әғқңөұүһі]/i;
const KK_LATIN_LETTER = /[äğüşıñöū]/i;
const CYRILLIC = /[а-яё]/i;

/**
 * Sentence model: a Kazakh sentence of five words or more practically always contains one of the
 * Kazakh-only letters; a Cyrillic sentence without any is Russian. The share of characters in
 * such sentences decides (≥ 60 %); short texts fall back to the word model.
 */
function sentenceGuess(text: string): LanguageGuess | null {
  let kk = 0;
  let ru = 0;
  let words = 0;
  for (const sentence of text.split(/[\n.!?;]+/)) {
    const w = sentence.match(/[\p{L}]+/gu) ?? [];
    if (w.length < SENTENCE_MIN_WORDS) continue;
    words += w.length;
    if (KK_LETTER.test(sentence) || KK_LATIN_LETTER.test(sentence)) kk += sentence.length;
    else if (CYRILLIC.test(sentence)) ru += sentence.length;
  }
  if (kk + ru < SENTENCE_MIN_CHARS) return null;
  const kkShare = kk / (kk + ru);
  return { lang: kkShare >= 0.6 ? 'kk' : kkShare <= 0.4 ? 'ru' : 'unknown', kkShare, words };
}

/** Guesses the language of a text: the sentence model, or the word model for short texts. */
export function guessLanguage(text: string): LanguageGuess {
  return sentenceGuess(text) ?? guessLanguageByWords(text);
}

export function guessLanguageByWords(text: string): LanguageGuess {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  let kk = 0;
  let ru = 0;
  let scored = 0;
  for (const word of words.slice(0, 3000)) {
    let k = 0;
    let r = 0;
    if ([...word].some((ch) => KAZAKH_LETTERS.includes(ch))) k += 2;
    if ([...word].some((ch) => RUSSIAN_LETTERS.includes(ch))) r += 2;
    const inKk = KK_WORDS.has(word);
    const inRu = RU_WORDS.has(word);
    if (inKk && !inRu) k += 1;
    if (inRu && !inKk) r += 1;
    if (k === 0 && r === 0 && word.length >= 4) {
      if (RUSSIAN_ENDINGS.test(word)) r += 1;
      else if (KAZAKH_ENDINGS.test(word)) k += 1;
    }
    if (/^[a-z]+$/.test(word) && ['ä', 'ğ', 'ü', 'ş', 'ı', 'ñ', 'ö', 'ū'].some((ch) => word.includes(ch))) k += 2;
    if (k + r > 0) scored++;
    kk += k;
    ru += r;
  }
  // Latin-script Kazakh letters are outside [a-z]: count them directly.
  const latinKk = (text.toLowerCase().match(/[äğüşıñöū]/g) ?? []).length;
  kk += latinKk * 2;
  if (latinKk > 0) scored += latinKk;
  const total = kk + ru;
  const kkShare = total === 0 ? 0.5 : kk / total;
  if (scored < 3) return { lang: 'unknown', kkShare, words: words.length };
  const lang: TextLanguage = kkShare >= 0.6 ? 'kk' : kkShare <= 0.4 ? 'ru' : 'unknown';
  return { lang, kkShare, words: words.length };
}
