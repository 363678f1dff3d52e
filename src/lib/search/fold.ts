/**
 * Folds Japanese text to the one form the search index holds, so that the ways a reader
 * may type a word meet the way the policy wrote it:
 *
 * 1. NFKC and lower case: full-width ０３ and Ｃｏｏｋｉｅ, half-width ｶﾀｶﾅ → 03, cookie, カタカナ.
 * 2. The variant table (variants.ts): 問い合わせ / 問合わせ → 問合せ, クッキー → cookie, …
 * 3. Katakana spelling rules: ヴァ → バ, ウィ → ウイ, ウエ → ウェ, ウオ → ウォ, a middle dot
 *    between katakana dropped (メール・アドレス), and a word-final long vowel dropped after
 *    two or more kana (サーバー → サーバ, コンピューター → コンピュータ).
 *
 * The same function runs on the policy text when the index is built and on every query,
 * so both sides always agree. `origin` maps each folded character back to the source, so
 * that the index can show the original words and the page can highlight them.
 */
import { VARIANT_GROUPS } from './variants.ts';

export interface FoldedText {
  text: string;
  /** origin[i]: offset in the source of the character that produced text[i]; origin[text.length] is the source length. */
  origin: number[];
}

/** Invisible characters that only get in the way of matching. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
/** Marks that belong to the character before them (combining marks, half-width ﾞ ﾟ). */
const ATTACHED_MARK = /^[\p{M}\uFF9E\uFF9F]$/u;

/** Step 1, unit by unit so that every output character knows where it came from. */
function foldUnits(source: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  const codePoints = Array.from(source);
  let offset = 0;
  for (let i = 0; i < codePoints.length; ) {
    const start = offset;
    let unit = codePoints[i]!;
    offset += unit.length;
    i += 1;
    while (i < codePoints.length && ATTACHED_MARK.test(codePoints[i]!)) {
      unit += codePoints[i]!;
      offset += codePoints[i]!.length;
      i += 1;
    }
    if (INVISIBLE.test(unit)) continue;
    const folded = unit.normalize('NFKC').toLowerCase();
    text += folded;
    for (let k = 0; k < folded.length; k += 1) origin.push(start);
  }
  origin.push(source.length);
  return { text, origin };
}

/** Replaces every match, keeping `origin` aligned: replacement characters come from the match's first character. */
function replaceTracked(input: FoldedText, pattern: RegExp, replacement: (match: string) => string): FoldedText {
  let text = '';
  const origin: number[] = [];
  let last = 0;
  for (const match of input.text.matchAll(pattern)) {
    const at = match.index;
    text += input.text.slice(last, at);
    origin.push(...input.origin.slice(last, at));
    const replaced = replacement(match[0]);
    text += replaced;
    for (let k = 0; k < replaced.length; k += 1) origin.push(input.origin[at]!);
    last = at + match[0].length;
  }
  text += input.text.slice(last);
  origin.push(...input.origin.slice(last));
  return { text, origin };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const plainFold = (text: string) => foldUnits(text).text;

/** The variant table as one alternation, longest variant first, with its canonical forms folded. */
const variantTable = (() => {
  const canonicalOf = new Map<string, string>();
  const alternatives: { folded: string; source: string }[] = [];
  for (const group of VARIANT_GROUPS) {
    const canonical = plainFold(group.canonical);
    for (const variant of group.variants) {
      const folded = plainFold(variant);
      if (canonicalOf.has(folded)) throw new Error(`search variants: 「${variant}」 is in two groups`);
      canonicalOf.set(folded, canonical);
      const escaped = escapeRegExp(folded);
      alternatives.push({ folded, source: group.latinWord ? `(?<![a-z0-9])${escaped}(?![a-z0-9])` : escaped });
    }
  }
  // Longest first, so that 問い合わせ wins over any shorter variant inside it.
  alternatives.sort((a, b) => b.folded.length - a.folded.length || (a.folded < b.folded ? -1 : 1));
  return { pattern: new RegExp(alternatives.map((entry) => entry.source).join('|'), 'gu'), canonicalOf };
})();

const KATAKANA_RULES: [RegExp, (match: string) => string][] = [
  [/ヴ[ァィェォ]?/gu, (match) => ({ ヴァ: 'バ', ヴィ: 'ビ', ヴェ: 'ベ', ヴォ: 'ボ' } as Record<string, string>)[match] ?? 'ブ'],
  // Each to the spelling ICU's dictionary cuts as one word: ウイルス, ウェブ, ウォール.
  [/ウ[ィエオ]/gu, (match) => ({ ウィ: 'ウイ', ウエ: 'ウェ', ウオ: 'ウォ' } as Record<string, string>)[match]!],
  // メール・アドレス → メールアドレス; 氏名・住所 keeps its dot (kanji either side).
  [/(?<=[ァ-ヺー])・(?=[ァ-ヺ])/gu, () => ''],
  // サーバー → サーバ; カー keeps its long vowel (one kana before it).
  [/(?<=[ァ-ヺー][ァ-ヺ])ー(?![ァ-ヺー])/gu, () => ''],
];

function foldKatakana(folded: FoldedText): FoldedText {
  for (const [pattern, replacement] of KATAKANA_RULES) folded = replaceTracked(folded, pattern, replacement);
  return folded;
}

/** The folded text with its map back to the source. */
export function foldWithOrigin(source: string): FoldedText {
  const units = foldUnits(source);
  return foldKatakana(replaceTracked(units, variantTable.pattern, (match) => variantTable.canonicalOf.get(match) ?? match));
}

export function fold(source: string): string {
  return foldWithOrigin(source).text;
}

/**
 * Steps 1 and 3 only, without the variant table: the form a partly typed word takes
 * (クッキ… before it is クッキー), indexed beside the canonical one.
 */
export function foldSpelling(source: string): string {
  return foldKatakana(foldUnits(source)).text;
}
