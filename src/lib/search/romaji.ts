/**
 * Romaji as kana, for a query typed in the alphabet (kojin jouhou, mainanbaa): WanaKana reads
 * Hepburn, Kunrei and the spellings of kana input (shi/si, tsu/tu, ou, nn). Loaded by the
 * search page only for a query with a Latin word the lexicon does not know (adapter.ts), so
 * no other query pays for it.
 */
import { isHiragana, toHiragana } from 'wanakana';
import type { RomajiReader } from './query.ts';

export const readRomaji: RomajiReader = (latin) => {
  const kana = toHiragana(latin.toLowerCase());
  return isHiragana(kana) ? kana : undefined;
};
