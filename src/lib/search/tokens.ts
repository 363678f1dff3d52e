/**
 * The words of a text as a morphological analyser with the IPADIC dictionary cuts them
 * (docs/search.md: Lindera at build time). The analyser itself is handed in by the indexer
 * (scripts/search-index.ts), so this folder stays free of it and the browser never loads it;
 * what the browser gets is the lexicon built from these tokens (lexicon.ts).
 */
import { toHiragana } from './fold.ts';

export interface Token {
  /** The text as written (in the analysed, folded text). */
  surface: string;
  /** The dictionary form: 求め → 求める, 行ない → 行なう. The surface for an unknown word. */
  base: string;
  /** Katakana reading of the surface; '' when the dictionary has none (unknown words). */
  reading: string;
  /** IPADIC part of speech and its first two subcategories: 名詞 / サ変接続 / *. */
  pos: readonly [string, string, string];
  /** IPADIC conjugation type (五段・カ行イ音便, 一段, 形容詞・アウオ段, …) or '*'. */
  conjugation: string;
  /** False for a word the dictionary does not know (Latin words, some katakana). */
  known: boolean;
}

/** The analyser: the tokens of `text`, whose surfaces, joined, are `text`. */
export type Analyser = (text: string) => Token[];

/**
 * Light verbs and adjectives that carry no topic of their own: a query's する or できる
 * says nothing about what it is looking for (機能動詞, in IPADIC's own terms mostly 非自立).
 */
const LIGHT_WORDS = new Set([
  'する', 'ある', 'いる', 'なる', 'できる', '出来る', 'れる', 'られる', 'せる', 'させる', 'おる', 'いく', '行く', 'くる', '来る',
  'いただく', '頂く', 'くださる', '下さる', 'ござる', 'いたす', '致す', 'もらう', '貰う', 'くれる', 'やる', 'みる', 'しまう', 'おく',
  'ない', 'よい', '良い', 'いい', 'ほしい', '欲しい', 'たい', 'です', 'ます', '行う', '行なう', '思う', '言う', 'いう',
]);

/** Nouns that only hold a place in the sentence: こと, ため, 場合 (IPADIC 非自立, 代名詞, 副詞可能 …). */
const PLACE_NOUN_KINDS = new Set(['非自立', '代名詞', '副詞可能', '接尾', '数', '特殊', '接続詞的', '動詞非自立的']);
const PLACE_NOUNS = new Set(['こと', 'もの', 'ため', 'よう', 'ところ', 'とき', '場合', '等', '以下', '以外', '方', '上', '中', '他', 'ほか']);

/**
 * Whether a token names something a reader could search for: nouns (not the ones that only
 * hold a place), verbs and adjectives of their own (not the light ones), and words the
 * dictionary does not know that are made of letters or digits (Cookie, SSL, 03).
 */
export function isContentToken(token: Token): boolean {
  const [pos, sub] = token.pos;
  // An unknown word counts when it is a Latin word, a number, or katakana or kanji only (Cookie, 5426, ウェブサイト).
  if (!token.known) return /^(?:[\p{Script=Latin}\p{N}]+|[\p{Script=Katakana}ー]+|[\p{Script=Han}々]+)$/u.test(token.surface);
  if (LIGHT_WORDS.has(token.base)) return false;
  if (pos === '名詞') {
    if (PLACE_NOUNS.has(token.base)) return false;
    // 接尾 with a meaning of its own (者 in 利用者, 性 in 安全性) is kept with its noun; see lexicon.ts.
    return !PLACE_NOUN_KINDS.has(sub) || (sub === '数' && /\p{N}{2,}/u.test(token.surface));
  }
  if (pos === '動詞' || pos === '形容詞') return sub === '自立';
  return pos === '副詞' && token.base.length >= 3 && !/^[\p{Script=Hiragana}ー]+$/u.test(token.base);
}

/** The word a query would use to reach this content token: never a light word. */
export function isLightWord(base: string): boolean {
  return LIGHT_WORDS.has(base);
}

const DAN: Record<string, string[]> = {
  カ: ['カ', 'キ', 'ク', 'ケ', 'コ'], ガ: ['ガ', 'ギ', 'グ', 'ゲ', 'ゴ'], サ: ['サ', 'シ', 'ス', 'セ', 'ソ'],
  タ: ['タ', 'チ', 'ツ', 'テ', 'ト'], ナ: ['ナ', 'ニ', 'ヌ', 'ネ', 'ノ'], バ: ['バ', 'ビ', 'ブ', 'ベ', 'ボ'],
  マ: ['マ', 'ミ', 'ム', 'メ', 'モ'], ラ: ['ラ', 'リ', 'ル', 'レ', 'ロ'], ワ: ['ワ', 'イ', 'ウ', 'エ', 'オ'],
};
/** The euphonic stem ending of each godan row (書い, 泳い, 使っ, 読ん). */
const ONBIN: Record<string, string> = { カ: 'イ', ガ: 'イ', タ: 'ッ', ラ: 'ッ', ワ: 'ッ', ナ: 'ン', バ: 'ン', マ: 'ン', サ: 'シ' };


/**
 * The stems a verb or adjective takes before its endings, written and read: 求める →
 * 求め, 受け取る → 受け取ら, 受け取り, 受け取っ, …; 古い → 古く, 古かっ, 古けれ. The query
 * side matches the stem and leaves the endings (られた, たい, ない) to the function words.
 * Returns [written, reading] pairs; the dictionary form itself is included.
 */
export function inflectedForms(base: string, baseReading: string, conjugation: string): [string, string][] {
  const forms: [string, string][] = [[base, baseReading]];
  const stem = base.slice(0, -1);
  const readingStem = baseReading.slice(0, -1);
  if (stem === '') return forms;
  const add = (ending: string) => forms.push([stem + toHiragana(ending), readingStem === '' ? '' : readingStem + ending]);
  if (conjugation.startsWith('一段')) {
    forms.push([stem, readingStem]);
    for (const ending of ['レ', 'ロ', 'ヨ']) add(ending);
    // A stem of one kanji is no word on its own (見 of 見られる): its passive and potential are.
    if (Array.from(stem).length === 1) for (const ending of ['ラレ', 'ラレル']) add(ending);
  } else if (conjugation.startsWith('五段')) {
    const row = /五段・(.)行/u.exec(conjugation)?.[1] ?? '';
    for (const ending of DAN[row] ?? []) add(ending);
    // The potential (断れる, 使える): the e-stem and る, a verb of its own that IPADIC does not list.
    const potential = DAN[row]?.[3];
    if (potential) add(`${potential}ル`);
    const onbin = ONBIN[row];
    if (onbin) add(conjugation.includes('促音便') ? 'ッ' : onbin);
  } else if (conjugation.startsWith('形容詞')) {
    for (const ending of ['ク', 'カッ', 'ケレ', 'サ', 'ミ', 'カロ']) add(ending);
  } else if (conjugation.startsWith('サ変') && base.endsWith('する')) {
    // する, and a phrase ending in it (新しくする): し, さ, せ, すれ, しよ in place of する.
    for (const ending of ['シ', 'サ', 'セ', 'スレ', 'シヨ']) forms.push([base.slice(0, -2) + toHiragana(ending), baseReading.endsWith('スル') ? baseReading.slice(0, -2) + ending : '']);
  }
  return [...new Map(forms.map((pair) => [pair[0], pair])).values()];
}
