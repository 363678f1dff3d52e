import { describe, expect, it } from 'vitest';
import { pagefindTerm, pagefindTerms, queryWords } from '../../../src/lib/search/query.ts';

describe('queryWords', () => {
  it.each([
    ['個人情報の取り扱いについて問い合わせたい', ['個人', '情報', '取扱', '問合せ']],
    ['クッキーを拒否したい', ['cookie', '拒否']],
    ['Ｃｏｏｋｉｅ', ['cookie']],
    ['０３－５４２６－５２００', ['03', '5426', '5200']],
    ['問合わせ　窓口', ['問合せ', '窓口']],
    ['第三者提供', ['第三者', '提供']],
    ['個人情報保護方針', ['個人', '情報', '保護', '方針']],
    ['電話や訪問でお金を求められた', ['電話', '訪問', '金', '求め']],
    ['マイナンバー', ['マイナンバ']],
  ])('%s → %j', (typed, words) => {
    expect(queryWords(typed)).toEqual(words);
  });

  it('keeps a query of nothing but kana', () => {
    expect(queryWords('あらかじめ')).toEqual(['あらかじめ']);
  });

  it('drops punctuation, repeats and empty input', () => {
    expect(queryWords('クッキー、クッキー！')).toEqual(['cookie']);
    expect(queryWords('　、。')).toEqual([]);
    expect(pagefindTerm('　')).toBe('');
  });
});

describe('pagefindTerms', () => {
  it('are the words Pagefind looks up: cut the same way, lower case, without dakuten', () => {
    expect(pagefindTerms(pagefindTerm('ウェブサーバー データ'))).toEqual(['ウェフサーハ', 'テータ']);
    expect(pagefindTerms('SSL 暗号')).toEqual(['ssl', '暗号']);
  });
});
