/**
 * How the policy text is handed to Pagefind: already cut into words, with the folded forms
 * a query will use written beside the original words.
 *
 * Pagefind indexes (with a non-segmenting index language) every space-separated word, and
 * keeps the same words, in the same order, as the result's `content`. So each source word
 * is written once as it appears (what a result shows), followed by "alias" words that are
 * indexed but never shown: `ウィルス ^ウイルス`. The ^ is ASCII punctuation, which Pagefind
 * drops when it indexes the word (the alias is indexed as ウイルス) but keeps in `content`,
 * where decodeIndexWord() recognises it. White space in the source becomes the word ␣.
 */
import { foldSpelling, foldWithOrigin } from './fold.ts';
import { innerWords, segments, withoutHonorific } from './words.ts';

export const ALIAS_MARK = '^';
export const SPACE_WORD = '␣';

/** What Pagefind itself makes of a word: lower case, letters and numbers only. */
function pagefindForm(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A source segment as the words that show it. White space becomes ␣; punctuation is one
 * word per character, so that a word of more than one character never ends in "." (the
 * mark Pagefind glues to a block's last word) nor is a lone ^ taken for an alias.
 */
function shownWords(source: string, isWord: boolean): string[] {
  const words: string[] = [];
  for (const part of source.split(/(\s+)/u)) {
    if (part === '') continue;
    if (/^\s+$/u.test(part)) words.push(SPACE_WORD);
    else if (!isWord || part.startsWith(ALIAS_MARK)) words.push(...Array.from(part));
    else words.push(part);
  }
  return words;
}

/** The forms a query may reach `word` by (already folded), besides the shown form Pagefind indexes anyway. */
function aliasesFor(shown: string, word: string): string[] {
  const indexedAnyway = pagefindForm(shown);
  const forms = new Set<string>([word, withoutHonorific(word), foldSpelling(shown), ...innerWords(word)]);
  return [...forms].filter((form) => pagefindForm(form) !== '' && pagefindForm(form) !== indexedAnyway && !/\s/u.test(form));
}

/** A run of source text (one HTML text node) as the space-separated words Pagefind should index. */
export function encodeForIndex(source: string): string {
  const folded = foldWithOrigin(source);
  const parts = segments(folded.text);
  const words: string[] = [];
  parts.forEach((part, i) => {
    // Each segment shows the source from its first character up to the next segment's:
    // characters the fold dropped (the い of 問い合わせ) stay with the word they belong to.
    const from = i === 0 ? 0 : folded.origin[part.index]!;
    const next = parts[i + 1];
    const to = next ? folded.origin[next.index]! : source.length;
    const shown = source.slice(from, to);
    if (shown === '') return;
    words.push(...shownWords(shown, part.isWord));
    if (part.isWord) words.push(...aliasesFor(shown, part.text).map((alias) => `${ALIAS_MARK}${alias}`));
  });
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
