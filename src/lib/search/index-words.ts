/**
 * How the policy text is handed to Pagefind: already cut into words by the analyser, with
 * the index keys a query will use written beside the words they belong to.
 *
 * Pagefind indexes (with a non-segmenting index language) every space-separated word, and
 * keeps the same words, in the same order, as the result's `content`. So each word is
 * written once as it appears in the source (what a result shows), followed by "alias" words
 * that are indexed but never shown: `ウィルス ^k4a`. The ^ is ASCII punctuation, which
 * Pagefind drops when it indexes the word (the alias is indexed as k4a) but keeps in
 * `content`, where decodeIndexWord() recognises it. White space in the source becomes the word ␣.
 *
 * The words as written are the analyser's (IPADIC), as in a stock Pagefind index of
 * Japanese, so a script that searches the index directly with the query as typed (Pagefind
 * cuts it with the browser's segmenter) finds what it would find in a stock index.
 */
import { keyWord, type SearchCorpus } from './lexicon.ts';

export const ALIAS_MARK = '^';
export const SPACE_WORD = '␣';

/**
 * A source stretch as the words that show it. White space becomes ␣; punctuation is one
 * word per character, so that a word of more than one character never ends in "." (the
 * mark Pagefind glues to a block's last word) nor is a lone ^ taken for an alias.
 */
function shownWords(source: string): string[] {
  const words: string[] = [];
  for (const part of source.split(/(\s+)/u)) {
    if (part === '') continue;
    if (/^\s+$/u.test(part)) words.push(SPACE_WORD);
    else if (!/^[\p{L}\p{N}]/u.test(part) || part.startsWith(ALIAS_MARK) || /[^\p{L}\p{N}\p{M}ー]/u.test(part)) words.push(...splitPunctuation(part));
    else words.push(part);
  }
  return words;
}

/** Letters and digits stay together; every other character is a word of its own. */
function splitPunctuation(part: string): string[] {
  return part.match(/[\p{L}\p{N}\p{M}ー]+|[^\p{L}\p{N}\p{M}ー]/gu) ?? [];
}

/** A run of source text (one HTML text node) as the space-separated words Pagefind should index. */
export function encodeForIndex(source: string, corpus: SearchCorpus): string {
  const { folded, tokens, keys } = corpus.tokensOf(source);
  const words: string[] = [];
  tokens.forEach((token, i) => {
    // Each token shows the source from its first character up to the next token's, so
    // characters between tokens (white space the analyser skipped) stay with the word before.
    const from = i === 0 ? 0 : folded.origin[token.start]!;
    const to = i + 1 < tokens.length ? folded.origin[tokens[i + 1]!.start]! : source.length;
    const shown = source.slice(from, to);
    if (shown === '') return;
    words.push(...shownWords(shown));
    words.push(...keys[i]!.map((key) => `${ALIAS_MARK}${keyWord(key, corpus.lexicon.keyWidth)}`));
  });
  if (tokens.length === 0 && source !== '') words.push(...shownWords(source));
  return words.join(' ');
}

export type IndexWord =
  | { kind: 'text'; text: string; blockEnd: boolean }
  | { kind: 'space'; blockEnd: boolean }
  | { kind: 'alias'; form: string; blockEnd: boolean };

/**
 * One word of a result's `content`, as the reader should see it. Pagefind ends a block
 * element that has no closing punctuation with a "." glued to its last word; that is
 * reported as `blockEnd` rather than shown.
 */
export function decodeIndexWord(word: string): IndexWord {
  const blockEnd = word.length > 1 && word.endsWith('.');
  const bare = blockEnd ? word.slice(0, -1) : word;
  if (bare === SPACE_WORD) return { kind: 'space', blockEnd };
  if (bare.startsWith(ALIAS_MARK) && bare.length > 1) return { kind: 'alias', form: bare.slice(ALIAS_MARK.length), blockEnd };
  return { kind: 'text', text: bare, blockEnd };
}
