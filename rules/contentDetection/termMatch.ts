/**
 * Matching lexicon terms in text. A term is word stems separated by spaces: each stem matches the
 * start of a word (so inflected Kazakh forms match); a stem ending in '.' matches a whole word
 * only. The words of a term must follow each other. Works on folded text (fold.ts), so
 * Latin-script Kazakh matches the Cyrillic terms. Returns where the match is, for evidence.
 */
import { fold } from './fold.ts';

const cache = new Map<string, RegExp>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function termRegExp(term: string): RegExp {
  const cached = cache.get(term);
  if (cached) return cached;
  const words = fold(term).trim().split(' ').filter((w) => w.length > 0);
  const stems = term
    .trim()
    .split(/\s+/)
    .map((w, i) => {
      const folded = words[i] ?? '';
      const exact = w.endsWith('.');
      const stem = exact ? folded.replace(/\.$/, '') : folded;
      return exact ? `${escape(stem)}(?![a-z0-9])` : `${escape(stem)}[a-z0-9-]*`;
    });
  const re = new RegExp(`(?<![a-z0-9])${stems.join('[ .-]+')}`);
  cache.set(term, re);
  return re;
}

export interface TermHit {
  term: string;
  /** The original text around the match (folding keeps lengths close enough for a snippet). */
  context: string;
}

/** The first term of the list found in the text, with a snippet of the text around it. */
export function findTerm(text: string, terms: readonly string[]): TermHit | null {
  if (text.length === 0) return null;
  const folded = fold(text);
  for (const term of terms) {
    const m = termRegExp(term).exec(folded);
    if (m) {
      // fold() may change lengths (ш→sh); place the snippet proportionally.
      const at = Math.floor((m.index / Math.max(1, folded.length)) * text.length);
      const context = text.slice(Math.max(0, at - 60), Math.min(text.length, at + 100)).replace(/\s+/g, ' ').trim();
      return { term, context };
    }
  }
  return null;
}

export function hasTerm(text: string, terms: readonly string[]): boolean {
  return findTerm(text, terms) !== null;
}

/**
 * A topic's term in the text, in one language, not counting matches that fall inside the phrases
 * of a more specific neighbour (Topic.unless): those phrases are blanked out first.
 */
export function findTopicTerm(
  text: string,
  topic: { kk: readonly string[]; ru: readonly string[]; unless?: { kk: readonly string[]; ru: readonly string[] } },
  lang: 'kk' | 'ru',
): TermHit | null {
  const unless = topic.unless?.[lang] ?? [];
  if (unless.length === 0) return findTerm(text, topic[lang]);
  let folded = fold(text);
  for (const phrase of unless) {
    const re = new RegExp(termRegExp(phrase).source, 'g');
    folded = folded.replace(re, (m) => ' '.repeat(m.length));
  }
  for (const term of topic[lang]) {
    const m = termRegExp(term).exec(folded);
    if (m) {
      const at = Math.floor((m.index / Math.max(1, folded.length)) * text.length);
      return { term, context: text.slice(Math.max(0, at - 60), Math.min(text.length, at + 100)).replace(/\s+/g, ' ').trim() };
    }
  }
  return null;
}
