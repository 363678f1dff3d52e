/**
 * Folds Japanese text to the one form the search index holds, so that the ways a reader
 * may type a word meet the way the policy wrote it:
 *
 * 1. NFKC and lower case: full-width ０３ and Ｃｏｏｋｉｅ, half-width ｶﾀｶﾅ → 03, cookie, カタカナ.
 * 2. Katakana spelling rules: ヴァ → バ, ウィ → ウイ, ウエ → ウェ, ウオ → ウォ, a middle dot
 *    between katakana dropped (メール・アドレス), and a word-final long vowel dropped after
 *    two or more kana (サーバー → サーバ, コンピューター → コンピュータ).
 *
 * Spelling variants and synonyms are not folded here: they come from the dictionary at
 * build time (lexicon.ts). The same function runs on the policy text before it is analysed
 * and on every query, so both sides always agree. `origin` maps each folded character back
 * to the source, so that the index can show the original words and the page can highlight them.
 */

export interface FoldedText {
  text: string;
  /** origin[i]: offset in the source of the character that produced text[i]; origin[text.length] is the source length. */
  origin: number[];
}

/** Invisible characters that only get in the way of matching. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
/** Marks that belong to the character before them (combining marks, half-width ﾞ ﾟ). */
const ATTACHED_MARK = /^[\p{M}\uFF9E\uFF9F]$/u;

/** Step 1 (width and case only), unit by unit so that every output character knows where it came from. */
export function foldUnits(source: string): FoldedText {
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
  return foldKatakana(foldUnits(source));
}

export function fold(source: string): string {
  return foldWithOrigin(source).text;
}

/** Hiragana to katakana (ゔ and the small kana included); everything else as it is. */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096\u309D\u309E]/gu, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));
}

/** Katakana to hiragana (the small kana included); everything else, ー too, as it is. */
export function toHiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60));
}

/**
 * The form under which the lexicon files a word and the query looks it up: width and case
 * folded, in katakana (so the reading ジョウホウ, the hiragana じょうほう and ジョウホウ meet),
 * with the katakana spellings of step 2 made one, and letters and digits only: long-vowel
 * marks, middle dots, hyphens and white space dropped (サーバー, サーバ and さーばー are サバ;
 * e-mail is email). Character by character, so the form of a phrase is the forms of its
 * words joined.
 */
export function lookupForm(text: string): string {
  return toKatakana(foldUnits(text).text)
    .replace(/ヴ[ァィェォ]?/gu, (match) => ({ ヴァ: 'バ', ヴィ: 'ビ', ヴェ: 'ベ', ヴォ: 'ボ' } as Record<string, string>)[match] ?? 'ブ')
    .replace(/ウ[ィエオ]/gu, (match) => ({ ウィ: 'ウイ', ウエ: 'ウェ', ウオ: 'ウォ' } as Record<string, string>)[match]!)
    .replace(/[^\p{L}\p{N}]|ー/gu, '');
}

/** Pagefind's diacritic folding, applied to queries and index alike: データ and テータ are one. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
