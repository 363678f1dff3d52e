import { isHiragana, toHiragana, toRomaji } from 'wanakana';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRomaji } from '../../../src/lib/search/romaji.ts';
import type { Lexicon } from '../../../src/lib/search/query.ts';
import { testCorpus } from './corpus.ts';

/**
 * WanaKana, the reference: its hiragana, when all of the word reads as hiragana. Hepburn's
 * tch (matcha, setchi) WanaKana leaves as t: it is read as cch, as input methods do. A word
 * with l, q, v, x or a c but in ch or cch is English (delete, cookie), never romaji.
 */
const reference = (latin: string) => {
  if (/[lqvx]|c(?![hc])/u.test(latin)) return undefined;
  const kana = toHiragana(latin.replaceAll('tch', 'cch'));
  return isHiragana(kana) ? kana : undefined;
};

let lexicon: Lexicon;
beforeAll(async () => ({ lexicon } = await testCorpus()));

describe('readRomaji', () => {
  it('reads the romaji of every reading of the corpus as WanaKana does', () => {
    const readings = [...lexicon.forms.keys()].filter((form) => /^[\p{Script=Katakana}]{2,}$/u.test(form)).map((form) => toHiragana(form));
    expect(readings.length).toBeGreaterThan(50);
    for (const kana of readings) {
      const latin = toRomaji(kana);
      expect(readRomaji(latin), latin).toBe(reference(latin));
    }
  });

  it('reads Kunrei, kana-input and Hepburn spellings as WanaKana does', () => {
    const spellings = [
      'kojin', 'jouhou', 'zyouhou', 'zixyouhou', 'sakujo', 'sakuzyo', 'si', 'shi', 'ti', 'chi', 'tu', 'tsu', 'hu', 'fu', 'zi', 'ji', 'di', 'du', 'jya', 'zya',
      'cha', 'tya', 'cya', 'kitte', 'matcha', 'konnichiha', "kon'ya", 'kanji', 'nn', 'n', 'xtu', 'ltu', 'xa', 'lyu', 'wi', 'we', 'wo', 'whi', 'va', 'vu', 'fa',
      'thi', 'dhi', 'twu', 'dwu', 'kwa', 'gwa', 'qa', 'ca', 'ci', 'nya', 'rya', 'myo', 'hyu', 'bya', 'pyo', 'gyo', 'ye', 'yi', 'wu', 'tsa', 'mainanbaa', 'kukkii',
      'hwa', 'nm', 'sql', 'privacy', 'cookie', 'settings', 'ssl', 'abc', 'x', 'kx', 'delete', 'policy', 'lesson', 'nakayoshi', 'hacchuu', 'kocchi', 'maccha',
    ];
    for (const latin of spellings) expect(readRomaji(latin), latin).toBe(reference(latin));
  });
});
