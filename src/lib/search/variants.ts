/**
 * Spellings that name the same thing, each group folded to one canonical form at index
 * time and at query time (see fold.ts). Written as a reader would type them: fold.ts
 * NFKC-normalises and lowercases every entry before use, so 'Cookie' and 'ｃｏｏｋｉｅ' are one.
 *
 * Keep groups narrow: a folded form replaces the original inside the index keys, so a
 * group that is too broad (組み合わせ → 組合 would meet 組合員) makes unrelated text match.
 */
export interface VariantGroup {
  canonical: string;
  variants: readonly string[];
  /** Latin forms match only as whole words (web, not the "web" inside "cobweb"). */
  latinWord?: boolean;
}

export const VARIANT_GROUPS: readonly VariantGroup[] = [
  // Okurigana: the same compound noun written with and without its kana.
  { canonical: '問合せ', variants: ['問い合わせ', '問い合せ', '問合わせ', '問合せ'] },
  { canonical: '取扱', variants: ['取り扱い', '取扱い', '取り扱', '取扱'] },
  { canonical: '申込', variants: ['申し込み', '申込み', '申し込'] },
  { canonical: '引落', variants: ['引き落とし', '引落とし', '引落し'] },
  { canonical: '受付', variants: ['受け付け', '受付け'] },
  { canonical: '手続', variants: ['手続き'] },
  { canonical: '立入', variants: ['立ち入り', '立入り'] },
  { canonical: '申出', variants: ['申し出'] },
  { canonical: '取組', variants: ['取り組み', '取組み'] },
  { canonical: '見直', variants: ['見直し'] },
  { canonical: '割戻し', variants: ['割り戻し'] },
  // Kanji and kana spellings of the same word.
  { canonical: '漏洩', variants: ['漏えい'] },
  { canonical: '改ざん', variants: ['改竄'] },
  { canonical: '障害', variants: ['障がい', '障碍'] },
  // Katakana and English, and two katakana spellings the kana rules do not cover.
  { canonical: 'cookie', variants: ['クッキー'] },
  { canonical: 'ファイア', variants: ['ファイヤー', 'ファイヤ'] },
  { canonical: 'メール', variants: ['e-mail', 'email', 'eメール', '電子メール'] },
  { canonical: 'ウェブ', variants: ['web'], latinWord: true },
  // The legal name and the everyday name of the same thing.
  { canonical: 'マイナンバー', variants: ['個人番号'] },
  { canonical: '個人情報保護方針', variants: ['プライバシーポリシー', 'プライバシー・ポリシー'] },
];
