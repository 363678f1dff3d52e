import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldSpelling, foldWithOrigin } from '../../../src/lib/search/fold.ts';

describe('fold', () => {
  it.each([
    ['Ｃｏｏｋｉｅ', 'cookie'],
    ['０３－５４２６－５２００', '03-5426-5200'],
    ['ＩＰアドレス', 'ipアドレス'],
    ['ｶﾀｶﾅ ｶﾞｲﾄﾞ', 'カタカナ ガイド'],
  ])('NFKC and lower case: %s → %s', (typed, folded) => {
    expect(fold(typed)).toBe(folded);
  });

  it.each([
    [['問合せ', '問い合わせ', '問合わせ', '問い合せ'], '問合せ'],
    [['取扱い', '取り扱い', '取扱'], '取扱'],
    [['クッキー', 'Cookie', 'ｃｏｏｋｉｅ'], 'cookie'],
    [['ウィルス', 'ウイルス'], 'ウイルス'],
    [['ファイアウォール', 'ファイヤーウォール', 'ファイアウオール'], 'ファイアウォール'],
    [['ウェブサーバー', 'ウエブサーバ', 'webサーバー'], 'ウェブサーバ'],
    [['改竄', '改ざん'], '改ざん'],
    [['漏洩', '漏えい'], '漏洩'],
    [['マイナンバー', '個人番号'], 'マイナンバ'],
    [['プライバシーポリシー', 'プライバシー・ポリシー', '個人情報保護方針'], '個人情報保護方針'],
    [['メールアドレス', 'メール・アドレス', 'e-mailアドレス', 'Ｅメールアドレス'], 'メールアドレス'],
  ])('the ways of writing %j meet in %s', (spellings, folded) => {
    for (const spelling of spellings) expect(fold(spelling), spelling).toBe(folded);
  });

  it('drops a long vowel only at the end of a katakana word of three or more kana', () => {
    expect(fold('サーバー')).toBe('サーバ');
    expect(fold('コンピューター')).toBe('コンピュータ');
    expect(fold('ユーザー')).toBe('ユーザ');
    expect(fold('カー')).toBe('カー');
    expect(fold('サーバーの')).toBe('サーバの');
  });

  it('keeps a middle dot between kanji, drops it between katakana', () => {
    expect(fold('氏名・住所')).toBe('氏名・住所');
    expect(fold('メール・アドレス')).toBe('メールアドレス');
  });

  it('matches Latin variants only as whole words', () => {
    expect(fold('web')).toBe('ウェブ');
    expect(fold('cobweb')).toBe('cobweb');
  });

  it('leaves kanji compounds that only look like a variant alone', () => {
    expect(fold('組合員')).toBe('組合員');
    expect(fold('問題')).toBe('問題');
  });

  it('foldSpelling applies the kana rules but not the variant table', () => {
    expect(foldSpelling('クッキー')).toBe('クッキ');
    expect(foldSpelling('問い合わせ')).toBe('問い合わせ');
  });

  it('maps every folded character back to the source character it came from', () => {
    const source = 'お問い合わせはＴＥＬ：０３へ';
    const { text, origin } = foldWithOrigin(source);
    expect(text).toBe('お問合せはtel:03へ');
    expect(origin).toHaveLength(text.length + 1);
    expect(source.slice(origin[1], origin[text.indexOf('は')])).toBe('問い合わせ');
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

  it('is idempotent: folding folded text changes nothing', () => {
    for (const text of ['ウィルス対策', 'Ｃｏｏｋｉｅとクッキー', '問い合わせ窓口', 'コンピューター・ウィルス', 'サーバー']) {
      expect(fold(fold(text))).toBe(fold(text));
    }
  });
});
