import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../../src/lib/search/highlight.ts';

const marked = (text: string, words: string[]) => highlightRanges(text, words).map((range) => text.slice(range.start, range.end));

describe('highlightRanges', () => {
  it('finds the words a result link carries (as the index showed them) however wide or cased the page writes them', () => {
    expect(marked('不正アクセスやウィルスによる', ['ウイルス'])).toEqual(['ウィルス']);
    expect(marked('7.クッキー(Cookie)の利用について', ['クッキー', 'cookie'])).toEqual(['クッキー', 'Cookie']);
    expect(marked('問い合わせや連絡先は', ['問い合わせ'])).toEqual(['問い合わせ']);
    expect(marked('ＴＥＬ：０３(5426)5200', ['03', '5426'])).toEqual(['０３', '5426']);
  });

  it('takes the dropped long vowel with the word', () => {
    expect(marked('マイナンバーの提供', ['マイナンバ'])).toEqual(['マイナンバー']);
  });

  it('ignores dakuten, as Pagefind does, and merges overlapping matches', () => {
    expect(marked('ウェブサーバー', ['ウェフ', 'ブサーバ'])).toEqual(['ウェブサーバー']);
  });

  it('returns nothing for no words or no match', () => {
    expect(highlightRanges('個人情報', [])).toEqual([]);
    expect(highlightRanges('個人情報', ['クッキー'])).toEqual([]);
  });
});
