import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldWithOrigin, lookupForm, toKatakana } from '../../../src/lib/search/fold.ts';

describe('fold', () => {
  it.each([
    ['Ｃｏｏｋｉｅ', 'cookie'],
    ['０３－５４２６－５２００', '03-5426-5200'],
    ['ＩＰアドレス', 'ipアドレス'],
    ['ｶﾀｶﾅ ｶﾞｲﾄﾞ', 'カタカナ ガイド'],
  ])('NFKC and lower case: %s → %s', (typed, folded) => {
    expect(fold(typed)).toBe(folded);
  });

  it('meets the katakana spellings of one word', () => {
    expect(fold('ウィルス')).toBe(fold('ウイルス'));
    expect(fold('ファイアウオール')).toBe(fold('ファイアウォール'));
    expect(fold('メール・アドレス')).toBe('メールアドレス');
    expect(fold('サーバー')).toBe('サーバ');
    expect(fold('カー')).toBe('カー');
  });

  it('folds no spelling variant itself: those come from the dictionary (lexicon.ts)', () => {
    expect(fold('問い合わせ')).toBe('問い合わせ');
    expect(fold('改竄')).toBe('改竄');
  });

  it('maps every folded character back to the source character it came from', () => {
    const source = 'お問い合わせはＴＥＬ：０３へ';
    const { text, origin } = foldWithOrigin(source);
    expect(text).toBe('お問い合わせはtel:03へ');
    expect(origin).toHaveLength(text.length + 1);
    expect(source.slice(origin[text.indexOf('t')], origin[text.indexOf(':')])).toBe('ＴＥＬ');
    expect(origin.at(-1)).toBe(source.length);
  });

  it('origin is non-decreasing and stays inside the source, for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (source) => {
      const { text, origin } = foldWithOrigin(source);
      expect(origin).toHaveLength(text.length + 1);
      for (let i = 1; i < origin.length; i += 1) expect(origin[i]!).toBeGreaterThanOrEqual(origin[i - 1]!);
      expect(origin.every((offset) => offset >= 0 && offset <= source.length)).toBe(true);
    }));
  });
});

describe('lookupForm', () => {
  it('meets hiragana, katakana, half-width and readings in katakana', () => {
    for (const typed of ['まいなんばー', 'マイナンバー', 'ﾏｲﾅﾝﾊﾞｰ', 'マイナンバ']) expect(lookupForm(typed), typed).toBe('マイナンバ');
    expect(lookupForm('こじんじょうほう')).toBe('コジンジョウホウ');
    expect(toKatakana('くっきー')).toBe('クッキー');
  });

  it('keeps letters and digits only, so a phrase is its words joined', () => {
    expect(lookupForm('e-mail')).toBe('email');
    expect(lookupForm('My Number')).toBe('mynumber');
    expect(lookupForm('個人情報')).toBe(lookupForm('個人') + lookupForm('情報'));
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
      fc.pre(!/[ウヴうゔ]$/u.test(a));
      expect(lookupForm(a + b)).toBe(lookupForm(a) + lookupForm(b));
    }));
  });
});
