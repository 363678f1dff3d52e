/**
 * Word segmentation for the index and the query: ICU's Japanese word break, through
 * Intl.Segmenter. Node (at build time) and Chromium, Firefox and Safari (Pagefind splits
 * every query with it) use the same ICU rules, so a word is cut the same way on both sides.
 */
export interface Segment {
  text: string;
  /** Offset in the segmented string. */
  index: number;
  /** A word (letters or numbers), as opposed to punctuation or white space. */
  isWord: boolean;
}

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

export function segments(text: string): Segment[] {
  return Array.from(segmenter.segment(text), (part) => ({ text: part.segment, index: part.index, isWord: part.isWordLike ?? false }));
}

/** Characters that cannot begin a word: a tail starting with one of them is not worth indexing. */
const CANNOT_BEGIN = /^[ぁぃぅぇぉっゃゅょゎゕゖんァィゥェォッャュョヮヵヶンー]/u;
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const KANJI_ONLY = /^[\p{Script=Han}々]+$/u;
const KATAKANA_ONLY = /^[\p{Script=Katakana}ー]+$/u;

/**
 * The tails of a compound that a reader may type on its own: 三者 inside 第三者, アドレス
 * inside メールアドレス. ICU already splits most compounds; these cover the ones it keeps
 * whole. Kanji tails of two characters or more, katakana tails of three or more (of words
 * of five or more), never
 * starting with a character no word starts with, at most `limit` (the longest first).
 */
export function innerWords(word: string, limit = 6): string[] {
  const chars = Array.from(word);
  // A katakana word of four kana is one word (ウイルス): its tails (イルス) are not.
  const shortest = KANJI_ONLY.test(word) ? 2 : KATAKANA_ONLY.test(word) && chars.length >= 5 ? 3 : undefined;
  if (shortest === undefined) return [];
  const tails: string[] = [];
  for (let start = 1; start <= chars.length - shortest && tails.length < limit; start += 1) {
    const tail = chars.slice(start).join('');
    if (!CANNOT_BEGIN.test(tail)) tails.push(tail);
  }
  return tails;
}

/** お金 → 金, ご連絡 → 連絡: the polite prefix a reader may or may not type, before a kanji word. */
export function withoutHonorific(word: string): string {
  return word.replace(/^[おご](?=\p{Script=Han})/u, '');
}

/** Particles and endings (の, を, して, ほしい): words that are all hiragana. */
export function isFunctionWord(word: string): boolean {
  return HIRAGANA_ONLY.test(word);
}
