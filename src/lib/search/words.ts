/**
 * ICU's Japanese word break, through Intl.Segmenter: what Pagefind's search script cuts a
 * query typed into its raw API with. The index carries these words too (index-words.ts),
 * so that a script reading the index directly is not worse off than with stock Pagefind.
 */
export interface Segment {
  segment: string;
  /** Offset in the segmented string. */
  index: number;
  /** A word (letters or numbers), as opposed to punctuation or white space. */
  isWord: boolean;
}

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

export function segments(text: string): Segment[] {
  return Array.from(segmenter.segment(text), (part) => ({ segment: part.segment, index: part.index, isWord: part.isWordLike ?? false }));
}
