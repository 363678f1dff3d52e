/**
 * What a reader typed, rewritten into the words the index holds: folded (fold.ts), cut into
 * words the way the index was cut (words.ts), without particles and endings, so that
 * 「個人情報の取り扱いについて問い合わせたい」 searches 個人 情報 取扱 問合せ.
 */
import { fold } from './fold.ts';
import { isFunctionWord, segments, withoutHonorific } from './words.ts';

/** The folded words of a query, in order, without repeats. */
export function queryWords(input: string): string[] {
  const words = segments(fold(input)).filter((part) => part.isWord).map((part) => withoutHonorific(part.text));
  const content = words.filter((word) => !isFunctionWord(word));
  // A query of nothing but kana words (あらかじめ) is still a query.
  return [...new Set(content.length > 0 ? content : words)];
}

/** The search term to hand to Pagefind, or '' when nothing searchable was typed. */
export function pagefindTerm(input: string): string {
  return queryWords(input).join(' ');
}

/**
 * The terms Pagefind itself will look up for `term`: its search script cuts the term with
 * the same word segmenter, lower-cases it and strips diacritics (dakuten included). Used to
 * tell which of the query's terms a matched word answers.
 */
export function pagefindTerms(term: string): string[] {
  const terms = segments(term).filter((part) => part.isWord).map((part) => stripDiacritics(part.text.toLowerCase()));
  return [...new Set(terms)];
}

/** Pagefind's diacritic folding, applied to queries and index alike: データ and テータ are one. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
