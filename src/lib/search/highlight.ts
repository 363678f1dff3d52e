/**
 * Where the words of a search occur in a piece of page text, as source offsets: the text
 * is folded as the index was (fold.ts), so the words a result link carries find
 * ウィルス, Ｃｏｏｋｉｅ or 問い合わせ in the page as written.
 */
import { fold, foldWithOrigin, stripDiacritics } from './fold.ts';

export interface TextRange {
  start: number;
  end: number;
}

/** Ranges of `text` that match any of `words`, sorted and merged. */
export function highlightRanges(text: string, words: readonly string[]): TextRange[] {
  const folded = foldWithOrigin(text);
  // Compared without dakuten, as Pagefind compares (per character, so offsets stay aligned).
  const haystack = Array.from(folded.text, (char) => {
    const bare = stripDiacritics(char);
    return bare.length === char.length ? bare : char;
  }).join('');
  if (haystack.length !== folded.text.length) return [];
  const ranges: TextRange[] = [];
  for (const word of new Set(words.map((word) => stripDiacritics(fold(word))).filter((word) => word.length > 0))) {
    for (let at = haystack.indexOf(word); at !== -1; at = haystack.indexOf(word, at + word.length)) {
      ranges.push({ start: folded.origin[at]!, end: folded.origin[at + word.length]! });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged.filter((range) => range.end > range.start);
}
