import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALIAS_MARK, SPACE_WORD, decodeIndexWord, encodeForIndex } from '../../../src/lib/search/index-words.ts';
import { innerWords } from '../../../src/lib/search/words.ts';

/** What a result would show for the encoded text: shown words, ␣ as a space, aliases hidden. */
function shown(encoded: string): string {
  return encoded.split(' ').map(decodeIndexWord).map((word) => (word.kind === 'text' ? word.text : word.kind === 'space' ? ' ' : '')).join('');
}
const aliases = (encoded: string) => encoded.split(' ').filter((word) => word.startsWith(ALIAS_MARK) && word.length > 1).map((word) => word.slice(1));

describe('encodeForIndex', () => {
  it('cuts the text into words and shows each as written', () => {
    const encoded = encodeForIndex('個人情報の第三者への提供');
    expect(encoded.split(' ').filter((word) => !word.startsWith(ALIAS_MARK))).toEqual(['個人', '情報', 'の', '第三者', 'へ', 'の', '提供']);
    expect(shown(encoded)).toBe('個人情報の第三者への提供');
  });

  it('writes the folded form beside a word written another way', () => {
    expect(encodeForIndex('ウィルス')).toBe(`ウィルス ${ALIAS_MARK}ウイルス`);
    expect(aliases(encodeForIndex('問い合わせ'))).toEqual(['問合せ']);
    expect(aliases(encodeForIndex('Ｃｏｏｋｉｅ'))).toEqual(['cookie']);
    expect(aliases(encodeForIndex('クッキー'))).toEqual(['cookie', 'クッキ']);
  });

  it('adds nothing for a word Pagefind already indexes as the query will be typed', () => {
    expect(encodeForIndex('Cookie')).toBe('Cookie');
    expect(encodeForIndex('提供')).toBe('提供');
    expect(aliases(encodeForIndex('tokyo.seikatsuclub.coop'))).toEqual([]);
  });

  it('indexes the tails of compounds a reader may type alone', () => {
    expect(aliases(encodeForIndex('メールアドレス'))).toContain('アドレス');
    expect(aliases(encodeForIndex('第三者'))).toContain('三者');
    expect(innerWords('コンピュータ')).toEqual(['ピュータ']);
    expect(innerWords('あらかじめ')).toEqual([]);
  });

  it('indexes a word without its polite prefix', () => {
    expect(aliases(encodeForIndex('お金'))).toContain('金');
  });

  it('shows white space as ␣ and keeps every word free of spaces', () => {
    const encoded = encodeForIndex('SSL(secure sockets layer)');
    expect(encoded.split(' ')).toContain(SPACE_WORD);
    expect(shown(encoded)).toBe('SSL(secure sockets layer)');
  });

  it('keeps punctuation as one word per character, so no shown word is taken for a block end', () => {
    expect(encodeForIndex('上記1~7。…')).toBe('上記 1 ~ 7 。 …');
    expect(encodeForIndex('^注').split(' ')[0]).toBe('^');
  });

  it('loses nothing: what a result shows is the text as written (white space collapsed)', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom(...'個人情報の問い合わせウィルスＣｏｏｋｉｅ、。()・ー^. ａ１'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 30 });
    fc.assert(fc.property(text, (source) => {
      fc.pre(!source.includes(SPACE_WORD));
      const encoded = encodeForIndex(source);
      const collapse = (value: string) => value.replace(/\s+/gu, ' ');
      expect(collapse(shown(encoded))).toBe(collapse(source));
      for (const word of encoded.split(' ').filter((part) => part !== '')) {
        expect(word).not.toMatch(/\s/u);
        if (word.length > 1) expect(word.endsWith('.') && !word.startsWith(ALIAS_MARK)).toBe(false);
      }
    }), { numRuns: 300 });
  });
});

describe('decodeIndexWord', () => {
  it('tells shown words, spaces, aliases and Pagefind\'s block ends apart', () => {
    expect(decodeIndexWord('提供')).toEqual({ kind: 'text', text: '提供', blockEnd: false });
    expect(decodeIndexWord('場合.')).toEqual({ kind: 'text', text: '場合', blockEnd: true });
    expect(decodeIndexWord('.')).toEqual({ kind: 'text', text: '.', blockEnd: false });
    expect(decodeIndexWord(SPACE_WORD)).toEqual({ kind: 'space', blockEnd: false });
    expect(decodeIndexWord(`${ALIAS_MARK}ウイルス`)).toEqual({ kind: 'alias', form: 'ウイルス', blockEnd: false });
    expect(decodeIndexWord(`${ALIAS_MARK}ウイルス.`)).toEqual({ kind: 'alias', form: 'ウイルス', blockEnd: true });
    expect(decodeIndexWord(ALIAS_MARK)).toEqual({ kind: 'text', text: ALIAS_MARK, blockEnd: false });
  });
});
