/**
 * What a reader typed, read through the lexicon (lexicon.ts) the build made from the
 * policies: the browser has no dictionary, but it knows every form, stem and reading of
 * every word the policies use. The query is cut into the lexicon's words by the cheapest
 * cover (a word costs 1, a particle or ending 1.1, an unknown character 3), so that
 * 「マイナンバーを電話で聞かれたら」 reads マイナンバー / を / 電話 / で / 聞 / か / れ / たら and
 * 「こじんじょうほう」 reads コジン (個人) / ジョウホウ (情報).
 *
 * Then every stretch the lexicon does not know is, in order:
 * 1. a related word of the synonym dictionary (配送 → 配達): searched as that, and said so;
 * 2. one edit (a wrong, missing, extra or swapped character) away from a word of three
 *    characters or more: corrected, and said so (「個人情報」の検索結果を表示しています);
 * 3. set aside, when it is kana or one kanji with its kana (the verb of a question the
 *    policies word differently: 聞かれたら), and said so;
 * 4. otherwise a thing the policies do not mention: the query finds nothing, and the page
 *    says which word and offers the nearest words (もしかして).
 */
import { foldUnits, lookupForm } from './fold.ts';
import { keyWord, readLexicon, type LexiconCore, type LexiconData, type LexiconExtra } from './keys.ts';

export interface Lexicon {
  keys: readonly string[];
  keyWidth: number;
  forms: ReadonlyMap<string, readonly number[]>;
  related: ReadonlyMap<string, readonly number[]>;
  longestForm: number;
  /** Forms with keys, by length in characters: the candidates of a correction. */
  byLength: ReadonlyMap<number, readonly string[]>;
  /** Forms that mix kanji and kana, by their kanji (問い合わせ and 問合せ under 問合): okurigana variants. */
  bySkeleton: ReadonlyMap<string, readonly string[]>;
}

const KANA = /[\p{Script=Katakana}\p{Script=Hiragana}ー]/gu;
const HAN = /\p{Script=Han}/u;
/** The kanji of a form that starts with kanji and mixes in kana (its okurigana), or '' for any other form. */
function skeleton(form: string): string {
  if (!/^\p{Script=Han}/u.test(form) || !/[\p{Script=Katakana}]/u.test(form)) return '';
  const kanji = form.replace(KANA, '');
  return /^\p{Script=Han}{2,}$/u.test(kanji) ? kanji : '';
}

/** The lexicon in memory: the core alone, or with its extra file. */
export function loadLexicon(core: LexiconCore | LexiconData, extra?: LexiconExtra): Lexicon {
  const { forms, related, keys, keyWidth } = readLexicon(core, extra);
  const byLength = new Map<number, string[]>();
  const bySkeleton = new Map<string, string[]>();
  let longestForm = 0;
  for (const [form, keys] of forms) {
    const length = Array.from(form).length;
    longestForm = Math.max(longestForm, length);
    if (keys.length === 0) continue;
    byLength.set(length, [...(byLength.get(length) ?? []), form]);
    const bones = skeleton(form);
    if (bones !== '' && keys.length === 1) bySkeleton.set(bones, [...(bySkeleton.get(bones) ?? []), form]);
  }
  return { keys, keyWidth, forms, related, longestForm, byLength, bySkeleton };
}

/** Whether `a`'s characters appear in `b` in order. */
function isSubsequence(a: string[], b: string[]): boolean {
  let at = 0;
  for (const char of b) if (at < a.length && a[at] === char) at += 1;
  return at === a.length;
}

/**
 * The word a form with other okurigana stands for (問合わせ → 問い合わせ, 取扱い → 取り扱い):
 * same kanji, the kana between them one a part of the other's, and the kana after the last
 * kanji a part of the word's (so that 受け取りを is not a spelling of 受け取り, nor 生協から of 生協).
 */
function okuriganaVariant(lexicon: Lexicon, form: string): string | undefined {
  const bones = skeleton(form);
  if (bones === '') return undefined;
  const split = (text: string) => {
    const chars = Array.from(text);
    let last = chars.length - 1;
    while (last >= 0 && !HAN.test(chars[last]!)) last -= 1;
    return { inner: chars.slice(0, last).filter((char) => !HAN.test(char)), tail: chars.slice(last + 1) };
  };
  const typed = split(form);
  return (lexicon.bySkeleton.get(bones) ?? []).find((candidate) => {
    const word = split(candidate);
    return isSubsequence(typed.tail, word.tail) && (isSubsequence(typed.inner, word.inner) || isSubsequence(word.inner, typed.inner));
  });
}

/**
 * Particles, endings and the words of asking that a question wraps its subject in: never
 * what is searched for, whether or not the policies use them. Grammar, not vocabulary.
 */
const QUERY_FUNCTION_WORDS = [
  'の', 'を', 'に', 'が', 'は', 'で', 'と', 'も', 'や', 'か', 'へ', 'から', 'まで', 'より', 'ね', 'よ', 'な', 'わ', 'さ', 'ぞ', 'とか', 'など', 'って', 'て', 'た', 'だ',
  'たい', 'ない', 'ます', 'です', 'でしょう', 'ません', 'れる', 'られる', 'せる', 'させる', 'たら', 'れば', 'ば', 'ている', 'てる', 'ちゃう', 'ちゃった',
  'れ', 'られ', 'せ', 'させ', 'まし', 'ませ', 'でし', 'たり', 'だっ', 'たく', 'なく', 'なかっ', 'たかっ', 'ちゃ', 'じゃ', 'ん', 'う', 'よう', 'そう', 'けど', 'のに', 'ので', 'っ', 'ってる', 'ように', 'ような', 'ないよう', 'ないように', 'ことは', 'ことが', 'たとき', 'とき', 'ところ',
  'する', 'し', 'さ', 'せ', 'すれ', 'しよう', 'できる', 'でき', 'なる', 'なっ', 'ある', 'あっ', 'いる', 'い', 'ほしい', 'ください', 'くれる', 'もらう', 'もらえる', 'いい', 'よい',
  'なに', '何', 'なん', 'どう', 'どの', 'どこ', 'いつ', 'だれ', '誰', 'なぜ', 'どうして', 'どうやって', 'どんな', 'どれ', 'どれくらい', 'どのよう',
  'について', 'に関して', 'に関する', 'とは', 'ってなに', 'って何', '方法', '方', 'やり方', '仕方', 'しかた', '知る', '知り', '知りたい', '教える', '教え', '教えて', 'わかる', '分かる', '本当',
].map(lookupForm);
const FUNCTION_SET = new Set(QUERY_FUNCTION_WORDS);

/**
 * A word costs 1, a particle or ending less (so that an ending is never read as a word),
 * and a kanji word reached through its reading from kana as typed more (ないよう in
 * 漏れないように is not 内容); an unknown character most.
 */
const COST = { word: 1, function: 0.6, reading: 1.5, unknown: 3 };
/** After a noun, these are particles, not the kana of a verb's ending. */
const CASE_PARTICLES = new Set(['の', 'を', 'が', 'は', 'に', 'で', 'と', 'も', 'へ', 'や']);
/** Shorter words are too easily one edit from another word (時間 / 期間) to be corrected. */
const MIN_CORRECTED = 3;
const MAX_SUGGESTIONS = 3;

interface Unit {
  /** The unit as typed (width-folded), with any marks dropped from its lookup form. */
  typed: string;
  look: string;
  hiragana: boolean;
  latin: boolean;
}

/** Letters and digits of one Latin word, or one other character; white space and punctuation only separate. */
function unitsOf(input: string): Unit[] {
  const text = foldUnits(input).text;
  const units: Unit[] = [];
  for (const match of text.matchAll(/[a-z0-9]+|[\s\S]/gu)) {
    const typed = match[0];
    const look = lookupForm(typed);
    if (look === '') {
      // ー, ・ and the like belong to the unit before them; punctuation and spaces to none.
      const last = units.at(-1);
      if (last && /^[ー〜~]$/u.test(typed)) last.typed += typed;
      continue;
    }
    units.push({ typed, look, hiragana: /^\p{Script=Hiragana}+$/u.test(typed), latin: /^[a-z0-9]+$/.test(typed) });
  }
  return units;
}

export type QueryWordKind = 'found' | 'corrected' | 'related' | 'set-aside' | 'missing';

export interface QueryWord {
  /** As typed. */
  typed: string;
  kind: QueryWordKind;
  keys: number[];
  /** For a corrected or related word: the word searched instead, as the policies write it. */
  searchedAs?: string;
  /** For a missing word: the nearest words of the policies. */
  suggestions?: string[];
}

export interface QueryPlan {
  typed: string;
  /** The query's content words, in order. */
  words: QueryWord[];
  /** The index words to hand to Pagefind: every key of every found, corrected or related word. */
  terms: string[];
  /** Set when a word was corrected or replaced: the query as searched, for 「…」の検索結果を表示しています. */
  searchedAs?: string | undefined;
}

interface Segment {
  from: number;
  to: number;
  kind: 'word' | 'function' | 'unknown';
  keys: readonly number[];
}

function lookUp(lexicon: Lexicon, units: Unit[], from: number, to: number): { kind: 'word' | 'function'; keys: readonly number[]; reading?: boolean } | undefined {
  const slice = units.slice(from, to);
  const form = slice.map((unit) => unit.look).join('');
  const allHiragana = slice.every((unit) => unit.hiragana);
  // Function words are kana as typed: the ナ of マイナンバー is not the particle な.
  if (FUNCTION_SET.has(form) && (allHiragana || /\p{Script=Han}/u.test(form))) return { kind: 'function', keys: [] };
  let keys = lexicon.forms.get(form);
  if (keys === undefined && slice.length === 1 && slice[0]!.latin) keys = lexicon.forms.get(form.replace(/e?s$/, ''));
  if (keys === undefined) {
    const variant = okuriganaVariant(lexicon, form);
    if (variant !== undefined) keys = lexicon.forms.get(variant);
  }
  if (keys === undefined) return undefined;
  if (keys.length > 0) {
    // Two kana are a particle or an ending, not a word (める is not メール); katakana as typed
    // is a loanword, never the reading of a kanji word.
    if (allHiragana && form.length < 3) return undefined;
    const kanjiWord = !keys.every((key) => /[\p{Script=Katakana}a-z]/u.test(lexicon.keys[key] ?? ''));
    if (slice.every((unit) => /^\p{Script=Katakana}+$/u.test(unit.typed)) && kanjiWord) return undefined;
    return { kind: 'word', keys, reading: allHiragana && kanjiWord };
  }
  if (/^\p{Script=Katakana}+$/u.test(form) && !allHiragana) return undefined;
  return { kind: 'function', keys: [] };
}

/** The cheapest cover of the units by lexicon words, function words and unknown characters. */
function cover(lexicon: Lexicon, units: Unit[], readingCost = COST.reading): Segment[] {
  const best: { cost: number; count: number; segment?: Segment }[] = [{ cost: 0, count: 0 }];
  for (let to = 1; to <= units.length; to += 1) {
    let choice: { cost: number; count: number; segment: Segment } | undefined;
    const consider = (cost: number, segment: Segment) => {
      const total = best[segment.from]!.cost + cost;
      const count = best[segment.from]!.count + 1;
      if (!choice || total < choice.cost - 1e-9 || (Math.abs(total - choice.cost) < 1e-9 && count < choice.count)) choice = { cost: total, count, segment };
    };
    let length = 0;
    for (let from = to - 1; from >= 0; from -= 1) {
      length += Array.from(units[from]!.look).length;
      if (length > lexicon.longestForm + 4) break;
      const found = lookUp(lexicon, units, from, to);
      if (found) consider(found.kind === 'function' ? COST.function : found.reading ? readingCost : COST.word, { from, to, kind: found.kind, keys: found.keys });
    }
    consider(COST.unknown, { from: to - 1, to, kind: 'unknown', keys: [] });
    best.push(choice!);
  }
  const segments: Segment[] = [];
  for (let at = units.length; at > 0; ) {
    const segment = best[at]!.segment!;
    segments.unshift(segment);
    at = segment.from;
  }
  return absorbSingleKanji(units, segments);
}

const isKanji = (unit: Unit | undefined) => unit !== undefined && /^\p{Script=Han}$/u.test(unit.typed);

/**
 * A kanji compound is one word: when part of it is unknown, a one-kanji word beside the
 * unknown part belongs to it (退会 is not 退 and the 会 of この会; 注文 is not 注 and 文).
 */
function absorbSingleKanji(units: Unit[], segments: Segment[]): Segment[] {
  const out = [...segments];
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < out.length; i += 1) {
      const segment = out[i]!;
      if (segment.kind !== 'unknown' || !isKanji(units[segment.to - 1]) && !isKanji(units[segment.from])) continue;
      for (const j of [i - 1, i + 1]) {
        const other = out[j];
        if (!other || other.kind === 'unknown' || other.to - other.from !== 1 || !isKanji(units[other.from])) continue;
        const touching = j < i ? isKanji(units[segment.from]) : isKanji(units[segment.to - 1]);
        if (!touching) continue;
        out.splice(Math.min(i, j), 2, { from: Math.min(segment.from, other.from), to: Math.max(segment.to, other.to), kind: 'unknown', keys: [] });
        changed = true;
        break;
      }
      if (changed) break;
    }
  }
  return out;
}

/** Levenshtein distance with adjacent swaps, stopping early past 1. */
function withinOneEdit(a: string[], b: string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (i === a.length && i === b.length) return false;
  const rest = (x: number, y: number) => a.slice(x).join('') === b.slice(y).join('');
  if (a.length === b.length) return rest(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2));
  return a.length > b.length ? rest(i + 1, i) : rest(i, i + 1);
}

/**
 * Whether `candidate` may stand for `typed`, one edit away: katakana as typed is a loanword
 * (never the reading of a kanji word), and one kanji for another is a slip only in a long
 * compound (個人情方 → 個人情報; 消える is not 越える).
 */
function plausibleSlip(lexicon: Lexicon, typed: Unit[], chars: string[], candidate: string[], strict: boolean): boolean {
  const keys = lexicon.forms.get(candidate.join('')) ?? [];
  if (typed.every((unit) => /^\p{Script=Katakana}+$/u.test(unit.typed)) && !keys.every((key) => /[\p{Script=Katakana}a-z]/u.test(lexicon.keys[key] ?? ''))) return false;
  // Typed kanji are corrected to written words, not to readings.
  if (chars.some((char) => /\p{Script=Han}/u.test(char)) && !candidate.some((char) => /\p{Script=Han}/u.test(char))) return false;
  // One kanji for another is a slip when the word has other kanji to recognise it by
  // (第三社 → 第三者, 暗合化 → 暗号化), not in a word of one kanji (消える is not 越える) nor
  // in one of two (時間 is not 期間).
  if (strict && chars.length === candidate.length) {
    const at = chars.findIndex((char, i) => char !== candidate[i]);
    const kanjiSwap = HAN.test(chars[at] ?? '') && HAN.test(candidate[at] ?? '');
    const otherKanji = chars.filter((char, i) => i !== at && HAN.test(char)).length;
    if (kanjiSwap && otherKanji < 2) return false;
  }
  return true;
}

/** Lexicon forms one edit from the units, nearest length first, then fewer keys, then alphabetical. */
function nearForms(lexicon: Lexicon, typed: Unit[], minLength: number, strict = true): string[] {
  const chars = Array.from(typed.map((unit) => unit.look).join(''));
  const found: string[] = [];
  for (const length of [chars.length, chars.length - 1, chars.length + 1]) {
    if (length < minLength) continue;
    for (const candidate of lexicon.byLength.get(length) ?? []) {
      const other = Array.from(candidate);
      if (withinOneEdit(chars, other) && plausibleSlip(lexicon, typed, chars, other, strict)) found.push(candidate);
    }
  }
  // A slip is rarely in the first character; a typed long-vowel mark means a loanword.
  const loanword = typed.some((unit) => unit.typed.includes('ー'));
  const rank = (candidate: string) => [
    candidate[0] === chars[0] ? 0 : 1,
    loanword && !(lexicon.forms.get(candidate) ?? []).every((key) => /\p{Script=Katakana}/u.test(lexicon.keys[key] ?? '')) ? 1 : 0,
    Math.abs(Array.from(candidate).length - chars.length),
    lexicon.forms.get(candidate)!.length,
  ];
  return found.sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    const at = ra.findIndex((value, i) => value !== rb[i]);
    return at === -1 ? (a < b ? -1 : a > b ? 1 : 0) : ra[at]! - rb[at]!;
  });
}

const displayOf = (lexicon: Lexicon, keys: readonly number[]) => keys.map((key) => lexicon.keys[key] ?? '').join('');

/** The query planned against the lexicon (see the top of this file). */
export function planQuery(lexicon: Lexicon, input: string): QueryPlan {
  const units = unitsOf(input);
  let segments = cover(lexicon, units);
  // A query of kana only is more likely a word typed before conversion than a row of
  // particles: はいき is 廃棄, not は and いき.
  if (units.length > 0 && units.every((unit) => unit.hiragana) && !segments.some((segment) => segment.kind === 'word')) {
    segments = cover(lexicon, units, COST.function);
  }
  const typedOf = (from: number, to: number) => units.slice(from, to).map((unit) => unit.typed).join('');
  const lookOf = (from: number, to: number) => units.slice(from, to).map((unit) => unit.look).join('');

  // Unknown stretches, joined across kana the cover read as particles inside them (まいなんばあ).
  type Piece = { from: number; to: number; word?: QueryWord | undefined };
  const pieces: Piece[] = [];
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i]!;
    if (segment.kind !== 'unknown') {
      pieces.push({ from: segment.from, to: segment.to, ...(segment.kind === 'word' ? { word: { typed: typedOf(segment.from, segment.to), kind: 'found' as const, keys: [...segment.keys] } } : {}) });
      continue;
    }
    let end = i;
    for (let j = i + 1; j < segments.length; j += 1) {
      if (segments[j]!.kind === 'unknown') end = j;
      else if (segments[j]!.kind !== 'function' || !units.slice(segments[j]!.from, segments[j]!.to).every((unit) => unit.hiragana) || !units[segment.from]!.hiragana) break;
    }
    const from = segment.from;
    const to = segments[end]!.to;
    i = end;
    pieces.push({ from, to, word: { typed: typedOf(from, to), kind: 'missing', keys: [] } });
  }

  for (let p = 0; p < pieces.length; p += 1) {
    const piece = pieces[p]!;
    if (piece.word?.kind !== 'missing') continue;
    const related = lexicon.related.get(lookOf(piece.from, piece.to));
    if (related) {
      piece.word = { ...piece.word, kind: 'related', keys: [...related], searchedAs: related.map((key) => lexicon.keys[key]).join('・') };
      continue;
    }
    // A correction may take in up to two pieces before or after, when the slip is at a word's
    // edge (個人情法) or the cover read part of the word as a particle (こじんじょおほう).
    let corrected: { from: number; to: number; form: string } | undefined;
    const usable = (other: Piece | undefined) => other !== undefined && (!other.word || other.word.kind === 'found');
    const starts = [p, p - 1, p - 2].filter((q) => q === p || (q >= 0 && pieces.slice(q, p).every(usable)));
    const ends = [p, p + 1, p + 2].filter((q) => q === p || (q < pieces.length && pieces.slice(p + 1, q + 1).every(usable)));
    // A window never starts or ends with a particle typed in kana (ほかの is not 保管, を直し not 見直し).
    const particle = (unit: Unit | undefined) => unit !== undefined && unit.hiragana && CASE_PARTICLES.has(unit.typed);
    const windows = starts.flatMap((q) => ends.map((r) => ({ first: q, last: r, from: pieces[q]!.from, to: pieces[r]!.to })))
      .filter((window) => !particle(units[window.from]) && !particle(units[window.to - 1]))
      .sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
    for (const window of windows) {
      // Short kana are too many words' slips to correct: three characters, four for kana as typed
      // (ほか is not 保管), unless a long-vowel mark says it is a loanword (くっちー).
      const typed = units.slice(window.from, window.to);
      const length = Array.from(lookOf(window.from, window.to)).length;
      const kana = typed.every((unit) => unit.hiragana) && !typed.some((unit) => unit.typed.includes('ー'));
      if (length < (kana ? MIN_CORRECTED + 1 : MIN_CORRECTED)) continue;
      const near = nearForms(lexicon, typed, MIN_CORRECTED);
      if (near.length > 0) {
        corrected = { from: window.from, to: window.to, form: near[0]! };
        break;
      }
    }
    if (corrected) {
      const keys = [...lexicon.forms.get(corrected.form)!];
      // The neighbours taken into the correction are replaced by it.
      for (const neighbour of pieces) {
        if (neighbour !== piece && neighbour.from >= corrected.from && neighbour.to <= corrected.to) neighbour.word = undefined;
      }
      piece.from = corrected.from;
      piece.to = corrected.to;
      piece.word = { typed: typedOf(corrected.from, corrected.to), kind: 'corrected', keys, searchedAs: displayOf(lexicon, keys) };
      continue;
    }
    const slice = units.slice(piece.from, piece.to);
    const next = units[piece.to];
    const kanaOnly = slice.every((unit) => unit.hiragana);
    // One kanji and its okurigana (変えたい, 聞かれた): a verb or adjective the policies do not use.
    const okurigana = (unit: Unit | undefined) => unit?.hiragana === true && !CASE_PARTICLES.has(unit.typed);
    const verbStem = isKanji(slice[0]) && slice.slice(1).every((unit) => unit.hiragana) && okurigana(slice[1] ?? next);
    if (kanaOnly || verbStem) {
      // Shown with the kana that follow it: 「聞かれたら」, not 「聞」.
      let end = piece.to;
      while (units[end]?.hiragana && !CASE_PARTICLES.has(units[end]!.typed) && end - piece.to < 4) end += 1;
      piece.word = { ...piece.word, typed: typedOf(piece.from, end), kind: 'set-aside' };
      continue;
    }
    const suggestions = [...new Set(nearForms(lexicon, slice, 2, false).map((form) => displayOf(lexicon, lexicon.forms.get(form)!)))].slice(0, MAX_SUGGESTIONS);
    piece.word = { ...piece.word, suggestions };
  }

  // Function words, and the neighbours a correction took in, have no word.
  const words = pieces.flatMap((piece) => (piece.word ? [piece.word] : []));
  const searched = words.filter((word) => word.kind === 'found' || word.kind === 'corrected' || word.kind === 'related');
  const terms = [...new Set(searched.flatMap((word) => word.keys))].map((key) => keyWord(key, lexicon.keyWidth));
  const changed = words.some((word) => word.kind === 'corrected' || word.kind === 'related');
  return {
    typed: input,
    words,
    terms,
    searchedAs: changed ? searched.map((word) => word.searchedAs ?? displayOf(lexicon, word.keys)).join(' ') : undefined,
  };
}

/**
 * Whether the plan can be searched: it names something the policies use, and more of what
 * it names is in the policies than not, counting a verb or adjective (a word whose spelling
 * ends in kana: 求める, 古い) as half. 「退会の手続き」 and 「配達時間を変えたい」 name one thing
 * the policies have and one they lack: nothing is found. 「登録した個人情報を削除してほしい」
 * names two they have and one they lack: the two are searched, and the page says so.
 */
export function isSearchable(plan: QueryPlan, lexicon: Pick<Lexicon, 'keys'>): boolean {
  const missing = plan.words.filter((word) => word.kind === 'missing').length;
  const weight = (word: QueryWord) => (word.keys.every((key) => /[\p{Script=Hiragana}]$/u.test(lexicon.keys[key] ?? '')) ? 0.5 : 1);
  const found = plan.words.filter((word) => word.kind === 'found' || word.kind === 'corrected' || word.kind === 'related').reduce((sum, word) => sum + weight(word), 0);
  return plan.terms.length > 0 && (missing === 0 || (found >= 2 && found > missing));
}
