/**
 * Japanese word tokens for the in-block diff. Words come from Intl.Segmenter('ja'), and
 * every punctuation mark is a token of its own. Whitespace never decides a token: the
 * text is segmented with its whitespace removed, and each token carries the whitespace
 * before it, so two texts that differ only in spacing have the same token keys.
 */

export interface Token {
  /** The token without whitespace: what is compared. */
  key: string;
  /** The token as it stands in the text, with the whitespace before (and within) it. */
  text: string;
}

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const WHITESPACE = /\s/u;

/** Splits a text into tokens; joining their `text` gives back the text exactly. */
export function tokenize(text: string): Token[] {
  // The whitespace-free text, and where each of its code units stands in the original.
  let stripped = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (WHITESPACE.test(ch)) continue;
    stripped += ch;
    origin.push(i);
  }

  const tokens: Token[] = [];
  let consumed = 0; // original offset up to which text has been handed out
  const emit = (start: number, end: number) => {
    const originalEnd = origin[end - 1]! + 1;
    tokens.push({ key: stripped.slice(start, end), text: text.slice(consumed, originalEnd) });
    consumed = originalEnd;
  };
  for (const { segment, index, isWordLike } of segmenter.segment(stripped)) {
    if (isWordLike) {
      emit(index, index + segment.length);
      continue;
    }
    // Punctuation and symbols: one token per character (code point).
    let offset = index;
    for (const ch of segment) {
      emit(offset, offset + ch.length);
      offset += ch.length;
    }
  }
  // Trailing whitespace: a token with an empty key, equal to any other trailing whitespace.
  if (consumed < text.length) tokens.push({ key: '', text: text.slice(consumed) });
  return tokens;
}
