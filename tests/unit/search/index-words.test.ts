import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALIAS_MARK, SPACE_WORD, decodeIndexWord, encodeForIndex } from '../../../src/lib/search/index-words.ts';
import { keyWord, type SearchCorpus } from '../../../src/lib/search/lexicon.ts';
import { lookupForm } from '../../../src/lib/search/fold.ts';
import type { Lexicon } from '../../../src/lib/search/query.ts';
import { testCorpus } from './corpus.ts';

let corpus: SearchCorpus;
let lexicon: Lexicon;
beforeAll(async () => ({ corpus, lexicon } = await testCorpus()));

const encode = (text: string) => encodeForIndex(text, corpus);
/** What a result would show for the encoded text: shown words, ␣ as a space, aliases hidden. */
function shown(encoded: string): string {
  return encoded.split(' ').map(decodeIndexWord).map((word) => (word.kind === 'text' ? word.text : word.kind === 'space' ? ' ' : '')).join('');
}
const aliases = (encoded: string) => encoded.split(' ').filter((word) => word.startsWith(ALIAS_MARK) && word.length > 1).map((word) => word.slice(1));
const keyOf = (form: string) => keyWord(lexicon.forms.get(lookupForm(form))![0]!, lexicon.keyWidth);

describe('encodeForIndex', () => {
  it('cuts the text into the analyser\'s words and shows each as written', () => {
    const encoded = encode('個人情報の第三者への提供');
    expect(encoded.split(' ').filter((word) => !word.startsWith(ALIAS_MARK))).toEqual(['個人', '情報', 'の', '第三者', 'へ', 'の', '提供']);
    expect(shown(encoded)).toBe('個人情報の第三者への提供');
  });

  it('writes the key of each content word after it, the same key for every spelling', () => {
    expect(aliases(encode('問い合わせ'))).toEqual([keyOf('問合せ')]);
    expect(aliases(encode('Ｃｏｏｋｉｅ'))).toEqual([keyOf('クッキー')]);
    expect(aliases(encode('の'))).toEqual([]);
  });

  it('shows white space as ␣ and keeps every word free of spaces', () => {
    const encoded = encode('SSL(secure sockets layer)');
    expect(encoded.split(' ')).toContain(SPACE_WORD);
    expect(shown(encoded)).toBe('SSL(secure sockets layer)');
  });

  it('keeps punctuation as one word per character, so no shown word is taken for a block end', () => {
    expect(encode('上記1~7。…').split(' ').filter((word) => !word.startsWith(ALIAS_MARK) || word === ALIAS_MARK)).toEqual(['上記', '1', '~', '7', '。', '…']);
    expect(encode('^注').split(' ')[0]).toBe('^');
  });

  it('loses nothing: what a result shows is the text as written (white space collapsed)', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom(...'個人情報の問い合わせウィルスＣｏｏｋｉｅ、。()・ー^. ａ１'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 30 });
    fc.assert(fc.property(text, (source) => {
      fc.pre(!source.includes(SPACE_WORD));
      const encoded = encode(source);
      const collapse = (value: string) => value.replace(/\s+/gu, ' ');
      expect(collapse(shown(encoded))).toBe(collapse(source));
      for (const word of encoded.split(' ').filter((part) => part !== '')) {
        expect(word).not.toMatch(/\s/u);
        if (word.length > 1) expect(word.endsWith('.') && !word.startsWith(ALIAS_MARK)).toBe(false);
      }
    }), { numRuns: 200 });
  });
});

describe('decodeIndexWord', () => {
  it('tells shown words, spaces, aliases and Pagefind\'s block ends apart', () => {
    expect(decodeIndexWord('提供')).toEqual({ kind: 'text', text: '提供', blockEnd: false });
    expect(decodeIndexWord('場合.')).toEqual({ kind: 'text', text: '場合', blockEnd: true });
    expect(decodeIndexWord('.')).toEqual({ kind: 'text', text: '.', blockEnd: false });
    expect(decodeIndexWord(SPACE_WORD)).toEqual({ kind: 'space', blockEnd: false });
    expect(decodeIndexWord(`${ALIAS_MARK}k1a`)).toEqual({ kind: 'alias', form: 'k1a', blockEnd: false });
    expect(decodeIndexWord(`${ALIAS_MARK}k1a.`)).toEqual({ kind: 'alias', form: 'k1a', blockEnd: true });
    expect(decodeIndexWord(ALIAS_MARK)).toEqual({ kind: 'text', text: ALIAS_MARK, blockEnd: false });
  });
});
