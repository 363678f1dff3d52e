/**
 * What a reader typed, read through the lexicon (lexicon.ts) the build made from the
 * policies: the browser has no dictionary, but it knows every form, stem and reading of
 * every word the policies use. The query is cut into the lexicon's words by the cheapest
 * cover (a word costs 1, a related word 1.1, a particle or ending 0.6, a slip of one kanji
 * of the same sound 2, where it reads as one: slipReads(); an unknown character 3), so that 「マイナンバーの提供を求められた」 reads マイナンバー / の / 提供 / を /
 * 求め / られ / た and
 * 「こじんじょうほう」 reads コジン (個人) / ジョウホウ (情報). Katakana the policies lack as a
 * loanword may be kanji words typed in katakana (ショクイン ケンシュウ), and romaji is read
 * as kana, with the long vowels it leaves out put back where they make a word (kyodo riyo).
 *
 * Words the policies do not use but the lexicon knows as *related* (a member's everyday
 * word for a term, from the co-op's everyday-words file, or a related word of the synonym
 * dictionary: 渡す → 提供 or 開示, 使い道 → 利用目的) are words of the cover too, searched
 * as any one of the terms they stand for, and the page says so. A word the policies use
 * that the everyday-words file also gives for a term (使う for 利用) is searched as itself
 * or as the term.
 *
 * Then every stretch the lexicon does not know is, in order:
 * 1. one edit (a wrong, missing, extra or swapped character) away from a word of three
 *    characters or more, or two kanji that sound like one of theirs beside the words of the
 *    query written with it (排気 → 廃棄, 保官 → 保管: homophones.ts), or one kanji away from a
 *    two-kanji word held to them the same way (苦情の相段 → 相談; a word in common use of its
 *    own, 職員の求人, is only offered the policies' word as もしかして): corrected, and said so
 *    (「個人情報」の検索結果を表示しています);
 * 2. set aside, when it is kana, one kanji with its kana (the verb of a question the
 *    policies word differently: 戻る, 返して), or a noun made a verb (整理したい, 脱退したら),
 *    and said so;
 * 3. otherwise a thing the policies do not mention: missing, and the page says which word
 *    and offers the nearest words (もしかして). isSearchable() decides whether the rest is
 *    searched.
 */
import { foldUnits, lookupForm, toHiragana } from './fold.ts';
import { keyWord, readLexicon, type LexiconBase, type LexiconData, type LexiconParts } from './keys.ts';
import { inflectedForms } from './tokens.ts';

export interface Lexicon {
  keys: readonly string[];
  keyWidth: number;
  forms: ReadonlyMap<string, readonly number[]>;
  /** Words the policies do not use → the terms they stand for (alternatives, each a list of keys all required). */
  related: ReadonlyMap<string, readonly (readonly number[])[]>;
  /** The related words that are the synonym dictionary's, not the co-op's everyday words: a guess at what is meant. */
  guesses: ReadonlySet<string>;
  /** Words the policies use → other terms they are also searched as. */
  expansions: ReadonlyMap<string, readonly (readonly number[])[]>;
  termNames: ReadonlyMap<string, string>;
  /** By key, the blocks of the policies it occurs in; empty before the extra file is loaded. */
  blocks: readonly (readonly number[])[];
  /** The keys of the nouns the policies' headings and titles name; empty before the extra file is loaded. */
  topics: ReadonlySet<number>;
  /** The keys of verbs and adjectives; empty before the extra file is loaded. */
  predicates: ReadonlySet<number>;
  /** Kanji nouns the policies lack → the words of theirs they sound like (排気: 廃棄); empty before the words are loaded. */
  homophones: ReadonlyMap<string, readonly (readonly number[])[]>;
  /** Kanji typed as no word at all, one kanji of a word of theirs off by its sound (請球: 請求); empty before the words are loaded. */
  slips: ReadonlyMap<string, readonly (readonly number[])[]>;
  /** Kanji words in common use one kanji of another sound from a word of theirs (求人: 個人), never corrected to it; empty before the words are loaded. */
  ownWords: ReadonlySet<string>;
  longestForm: number;
  /** Forms with keys, by length in characters: the candidates of a correction. */
  byLength: ReadonlyMap<number, readonly string[]>;
  /** Forms that mix kanji and kana, by their kanji (問い合わせ and 問合せ under 問合), and forms of kanji only under themselves: okurigana variants. */
  bySkeleton: ReadonlyMap<string, readonly string[]>;
  /** By key, the forms that reach it alone. */
  formsByKey: readonly (readonly string[])[];
}

const KANA = /[\p{Script=Katakana}\p{Script=Hiragana}ー]/gu;
const HAN = /\p{Script=Han}/u;
/** The kanji of a form that starts with kanji and mixes in kana (its okurigana), or '' for any other form. */
function skeleton(form: string): string {
  if (!/^\p{Script=Han}/u.test(form) || !/[\p{Script=Katakana}]/u.test(form)) return '';
  return kanjiOf(form);
}
/** The kanji of a form of two kanji or more and kana (or none), or ''. */
function kanjiOf(form: string): string {
  const kanji = form.replace(KANA, '');
  return /^\p{Script=Han}{2,}$/u.test(kanji) ? kanji : '';
}

/** The lexicon in memory: the base with the parts a query loaded (keys.ts), or the whole lexicon. */
export function loadLexicon(data: LexiconBase | LexiconData, parts?: LexiconParts): Lexicon {
  const { forms, related, guesses, expansions, termNames, blocks, topics, predicates, homophones, slips, ownWords, keys, keyWidth } = readLexicon(data, parts);
  const byLength = new Map<number, string[]>();
  const bySkeleton = new Map<string, string[]>();
  const formsByKey = keys.map((): string[] => []);
  let longestForm = 0;
  for (const [form, keys] of forms) {
    const length = Array.from(form).length;
    longestForm = Math.max(longestForm, length);
    if (keys.length === 0) continue;
    byLength.set(length, [...(byLength.get(length) ?? []), form]);
    if (keys.length === 1) formsByKey[keys[0]!]?.push(form);
    // 申込書 is met by 申し込み書 as 問合せ is by 問い合わせ: the same kanji, other okurigana.
    const bones = skeleton(form) || (/^\p{Script=Han}+$/u.test(form) ? kanjiOf(form) : '');
    if (bones !== '' && keys.length === 1) bySkeleton.set(bones, [...(bySkeleton.get(bones) ?? []), form]);
  }
  for (const form of related.keys()) longestForm = Math.max(longestForm, Array.from(form).length);
  return { keys, keyWidth, forms, related, guesses, expansions, termNames, blocks, topics, predicates, homophones, slips, ownWords, longestForm, byLength, bySkeleton, formsByKey };
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
  // 教えて is read as asking (tell me), in every use; 教える, 教えたり is what the query is about (よその人に教える: 提供), an everyday word.
  'について', 'に関して', 'に関する', 'とは', 'ってなに', 'って何', '方法', '方', 'やり方', '仕方', 'しかた', '知る', '知り', '知りたい', '知っ', '知って', '知ってる', '知っている', '教えて', 'おしえて', 'わかる', '分かる', '本当',
  '仕組み', 'しくみ', '心配', '不安', '気になる', '気になり', '大丈夫', 'ちゃんと', 'きちんと', 'しっかり', '私', 'わたし', '私たち', 'わたしたち', '僕', 'ぼく',
  // 人 alone is someone, whoever the question is about (働いてる人, 本人じゃない人): its words say who.
  '人',
  // Endings of speech: only, like, must, if, whether (見ただけで, 住所みたいな, 教えなきゃ, 使われるなら).
  'だけ', 'みたい', 'みたいな', 'なきゃ', 'なくちゃ', 'なければ', 'いけない', 'いけません', 'だめ', 'なら', 'かな', 'かしら', 'よね', 'のか', 'けれど', 'けれども', 'しか', 'でも', 'なんで', 'なんか',
  'きた', 'きて', 'くる', 'こない', '来',
  // Not asked for (頼んでないのにダイレクトメールが届く): what arrives unasked is the question, not the asking.
  '頼んでない', '頼んでいない', '頼んでもない', '頼んでもいない', '頼んでません', '頼んでいません', 'たのんでない', 'たのんでいない', 'たのんでもない', 'たのんでもいない', '頼まれてない', '頼まれていない', 'たのまれてない', 'たのまれていない', '頼んだ覚えのない', '頼んだ覚えがない',
  // Nouns that only say when, how often or how much (IPADIC's 副詞可能, which the policies' own words never count as content),
  // and そもそも (in the first place), which the cover would cut as そもそ and も.
  'そもそも', '最初', 'さいしょ', '最後', '最近', '今', 'いま', '今後', '今まで', '以前', '前に', '後で', 'あとで', 'あと', '後', '後ほど', 'のちほど', '全部', 'ぜんぶ', '全て', '一度', 'いつも', '毎回', '絶対', 'ぜったい', '必ず', 'かならず', '本当に', 'ほんとに', '普通',
].map(lookupForm);
/**
 * Verbs that only carry the sentence (言う, 分かる, もらう, 困る: what a question says around
 * its subject), with every stem they take: 言われたら, 分かっちゃう, 言えば, もらえる. Stems of
 * two characters or more (み of みる would be part of too many kana words).
 */
const LIGHT_VERBS: [string, string, string][] = [
  ['言う', 'イウ', '五段・ワ行促音便'], ['いう', 'イウ', '五段・ワ行促音便'], ['分かる', 'ワカル', '五段・ラ行'], ['わかる', 'ワカル', '五段・ラ行'],
  ['思う', 'オモウ', '五段・ワ行促音便'], ['おもう', 'オモウ', '五段・ワ行促音便'], ['もらう', 'モラウ', '五段・ワ行促音便'], ['貰う', 'モラウ', '五段・ワ行促音便'],
  ['しまう', 'シマウ', '五段・ワ行促音便'], ['ちゃう', 'チャウ', '五段・ワ行促音便'], ['じゃう', 'ジャウ', '五段・ワ行促音便'], ['おく', 'オク', '五段・カ行イ音便'],
  ['いただく', 'イタダク', '五段・カ行イ音便'], ['頂く', 'イタダク', '五段・カ行イ音便'], ['くださる', 'クダサル', '五段・ラ行'], ['下さる', 'クダサル', '五段・ラ行'],
  ['やる', 'ヤル', '五段・ラ行'], ['いく', 'イク', '五段・カ行促音便'], ['行く', 'イク', '五段・カ行促音便'], ['ある', 'アル', '五段・ラ行'], ['なる', 'ナル', '五段・ラ行'],
  ['困る', 'コマル', '五段・ラ行'], ['こまる', 'コマル', '五段・ラ行'], ['くれる', 'クレル', '一段'], ['できる', 'デキル', '一段'], ['出来る', 'デキル', '一段'],
  ['欲しい', 'ホシイ', '形容詞・イ段'], ['ほしい', 'ホシイ', '形容詞・イ段'],
];
/** The words of an English question around its subject (how to delete my data). */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'about', 'from', 'and', 'or', 'my', 'me', 'i', 'you', 'your', 'we', 'our', 'us', 'it', 'its',
  'this', 'that', 'is', 'are', 'was', 'be', 'do', 'does', 'can', 'will', 'how', 'what', 'when', 'where', 'why', 'who', 'which', 'please', 'want', 'need',
]);
const FUNCTION_SET = new Set([
  ...QUERY_FUNCTION_WORDS,
  ...LIGHT_VERBS.flatMap(([base, reading, conjugation]) => inflectedForms(base, reading, conjugation).map(([written]) => lookupForm(written)).filter((form) => form.length >= 2)),
]);
/** Whether a form is one of the query's own words of grammar and asking (the lexicon need not list it). */
export const isQueryFunctionWord = (form: string) => FUNCTION_SET.has(form);

/**
 * A word costs 1, a related word a little more (the policies' own word wins where both
 * read the same characters), a particle or ending less (so that an ending is never read
 * as a word), and a kanji word reached through its reading from kana as typed more
 * (ないよう in 漏れないように is not 内容); an unknown character most. A particle typed
 * right after another costs more, since a word typed in kana after one is likelier
 * (のはいき is の and 廃棄, not の, は and 行き).
 */
const COST = { word: 1, related: 1.1, function: 0.6, reading: 1.5, slip: 2, unknown: 3, particleAfterParticle: 0.4 };
/** The first kana of the words a request is made with (ほしい, ください, もらう), which a verb shown as typed stops before. */
const ASKING_STARTS = new Set(['ほ', 'く', 'も']);
/** The words a question asks with after a verb (もれたらどう, わたしたらだめ): not its endings. */
const WORDS_OF_ASKING = new Set(['どう', 'いつ', 'どこ', 'なに', 'なん', 'だれ', 'どれ', 'だめ', 'いい', 'よい'].map(lookupForm));
/** After a noun, these are particles, not the kana of a verb's ending. */
const CASE_PARTICLES = new Set(['の', 'を', 'が', 'は', 'に', 'で', 'と', 'も', 'へ', 'や']);
/** The kana of a verb in the form that goes before a noun: plain, past or negative (頼んでない, 送られてきた, 届く), no particle of a clause or polite ending (のに, から, ました). */
const ATTRIBUTIVE = /^(?!.*(?:のに|ので|から|けど|のは|のが|ます|まし))\p{Script=Hiragana}{0,6}(?:ない|なかった|た|だ|[うくぐすつぬぶむる])$/u;

/**
 * Where a verb typed from `from` to `to` ends, when it is in the form that goes before a noun
 * and a word of the policies follows it (頼んでないダイレクトメール, 送られてきたDM): it says which
 * thing, not what is asked of it. Undefined otherwise.
 */
function beforeANoun(lexicon: Pick<Lexicon, 'forms'>, units: readonly Unit[], pieces: readonly { from: number; word?: QueryWord | undefined }[], from: number, to: number): number | undefined {
  // (A word of the policies as typed, or a phrase that begins with one: an everyday word after
  // it, 戻ってくるお金, may be what the verb asks.)
  const wordAt = (at: number) => pieces.some(({ from: start, word }) => start === at && word !== undefined && (word.kind === 'found' || word.kind === 'corrected' || namesItsTerm(lexicon, word)));
  let end = to;
  while (units[end]?.hiragana && !units[end]!.gap && !wordAt(end)) end += 1;
  const kana = /\p{Script=Hiragana}*$/u.exec(units.slice(from, end).map((unit) => unit.typed).join(''))![0];
  return units[end] !== undefined && !units[end]!.gap && wordAt(end) && ATTRIBUTIVE.test(kana) ? end : undefined;
}
/** Shorter words are too easily one edit from another word (時間 / 期間) to be corrected. */
const MIN_CORRECTED = 3;
const MAX_SUGGESTIONS = 3;

interface Unit {
  /** The unit as typed (width-folded), with any marks dropped from its lookup form. */
  typed: string;
  look: string;
  hiragana: boolean;
  latin: boolean;
  /** White space or punctuation came before it: the words either side were typed apart. */
  gap: boolean;
}

/** Hepburn's long vowels with a macron or circumflex, as romaji types them without: mainanbā is mainanbaa, kōjin koujin. */
const LONG_VOWELS: Record<string, string> = { ā: 'aa', ī: 'ii', ū: 'uu', ē: 'ee', ō: 'ou', â: 'aa', î: 'ii', û: 'uu', ê: 'ee', ô: 'ou' };

/** Letters and digits of one Latin word, or one other character; white space and punctuation only separate. */
function unitsOf(input: string): Unit[] {
  const text = foldUnits(input.normalize('NFC').replace(/[āīūēōâîûêô]/giu, (vowel) => LONG_VOWELS[vowel.toLowerCase()]!)).text;
  const units: Unit[] = [];
  let gap = false;
  for (const match of text.matchAll(/[a-z0-9]+|[\s\S]/gu)) {
    const typed = match[0];
    const look = lookupForm(typed);
    if (look === '') {
      // ー, ・ and the like belong to the unit before them; punctuation and spaces to none.
      const last = units.at(-1);
      if (last && /^[ー〜~]$/u.test(typed)) last.typed += typed;
      else gap = true;
      continue;
    }
    units.push({ typed, look, hiragana: /^\p{Script=Hiragana}+$/u.test(typed), latin: /^[a-z0-9]+$/.test(typed), gap });
    gap = false;
  }
  return units;
}

/**
 * The query's units as planQuery() reads them: as typed, or with the Latin words the lexicon
 * does not know read as the kana they spell, when a romaji reader is given; then also the
 * query as read, for the page to say so.
 */
function queryUnits(input: string, lexicon?: Lexicon, romaji?: RomajiReader): { units: Unit[]; asKana?: string } {
  const typed = unitsOf(input);
  if (!lexicon || !romaji) return { units: typed };
  const inPhrase = englishPhrases(lexicon, typed);
  const read = typed.map((unit, i) => (!inPhrase.has(i) && isRomajiCandidate(lexicon, unit) ? kanaUnits(unit, romaji, lexicon) : [unit]));
  if (read.every((each, i) => each[0] === typed[i])) return { units: typed };
  return { units: read.flat(), asKana: read.map((each) => `${each[0]!.gap ? ' ' : ''}${each.map((unit) => unit.typed).join('')}`).join('').trim() };
}

/**
 * Where the query's words may start, as planQuery() reads it (romaji as kana): the first
 * character of each unit's lookup form, since a form of the lexicon only ever starts where a
 * unit does (kojin: k, not k, o, j, i, n). What the form tables it needs are chosen by.
 */
export const readOf = (input: string, lexicon?: Lexicon, romaji?: RomajiReader): string => startsOf(queryUnits(input, lexicon, romaji).units);

const startsOf = (units: readonly Unit[]): string => units.map((unit) => Array.from(unit.look)[0] ?? '').join('');

/**
 * The words an English word with a regular ending may be of: cookies → cookie, addresses →
 * address, policies → policy; deleted, deleting → delete; leaked → leak; stopped → stop. (Never
 * a stem of three letters or less: news is not new.)
 */
const englishBasesOf = (word: string): string[] => {
  if (word.endsWith('ss')) return [];
  return ['ies', 'es', 's', 'ied', 'ed', 'd', 'ing'].flatMap((suffix) => {
    const stem = word.slice(0, -suffix.length);
    // (A plural needs a stem of four letters, news not new; a verb's ending one of two, using: use.)
    if (!word.endsWith(suffix) || stem.length < (suffix.endsWith('s') ? 4 : 2)) return [];
    if (suffix === 'ies' || suffix === 'ied') return [`${stem}y`];
    return [stem, ...(suffix === 'ed' || suffix === 'ing' ? [`${stem}e`, ...(/([bdgkmnprt])\1$/u.test(stem) ? [stem.slice(0, -1)] : [])] : [])];
  });
};

/**
 * Romaji as hiragana (jouhou → じょうほう; kyodo → きょうどう where that, and not きょど, is
 * a word, by `known`, which takes kana), or undefined when the word does not read as romaji.
 */
export type RomajiReader = (latin: string, known: (form: string) => boolean) => string | undefined;

/** Whether a lookup form is a word of the lexicon or a related word. */
const isKnown = (lexicon: Lexicon, form: string) => lexicon.forms.has(form) || lexicon.related.has(form);

/** The Latin words that are part of an English phrase of the lexicon (joint use: not use read as うせ). */
function englishPhrases(lexicon: Lexicon, units: readonly Unit[]): Set<number> {
  const inPhrase = new Set<number>();
  const known = (form: string) => isKnown(lexicon, form);
  for (let from = 0; from < units.length; from += 1) {
    for (let to = from + 2; to <= Math.min(units.length, from + 4) && units.slice(from, to).every((unit) => unit.latin); to += 1) {
      const phrase = units.slice(from, to).map((unit) => unit.look).join('');
      if ([phrase, ...englishBasesOf(phrase)].some(known)) for (let i = from; i < to; i += 1) inPhrase.add(i);
    }
  }
  return inPhrase;
}

/** A Latin word of two letters or more that is no word of the lexicon, nor a form of one (kojin; not cookie, cookies, deleted). */
function isRomajiCandidate(lexicon: Lexicon, unit: Unit): boolean {
  if (!unit.latin || !/^[a-z]{2,}$/u.test(unit.look) || ENGLISH_FUNCTION_WORDS.has(unit.look)) return false;
  const known = (form: string) => isKnown(lexicon, form);
  return !known(unit.look) && !englishBasesOf(unit.look).some(known);
}

/** A romaji word as the hiragana it spells, a unit per kana (so it is read as kana typed before conversion), or the word itself. */
function kanaUnits(unit: Unit, romaji: RomajiReader, lexicon: Lexicon): Unit[] {
  const kana = romaji(unit.typed, (spelled) => isKnown(lexicon, lookupForm(spelled)));
  if (kana === undefined) return [unit];
  return unitsOf(kana).map((each, i) => ({ ...each, gap: i === 0 ? unit.gap : false }));
}

export type QueryWordKind = 'found' | 'corrected' | 'related' | 'set-aside' | 'missing';
/** Whether a word of the query is searched: found, corrected or related (not set aside, not missing). */
export const isSearched = (word: QueryWord): boolean => word.kind === 'found' || word.kind === 'corrected' || word.kind === 'related';

export interface QueryWord {
  /** As typed. */
  typed: string;
  kind: QueryWordKind;
  /** Every key the word is searched with (for a word with alternatives, the keys of all of them). */
  keys: number[];
  /**
   * The ways the word is met, each a list of keys that must all be there: one for a word
   * of the policies (個人情報: 個人 and 情報); several for a related word (渡す: 提供, or
   * 開示), or for a word of the policies that also stands for a term (使う: 使い, or 利用).
   */
  alternatives: number[][];
  /** For a corrected or related word: the word searched instead, as the policies write it. */
  searchedAs?: string;
  /** For a related word: the synonym dictionary's guess, not an everyday word of the co-op's file. */
  guess?: boolean;
  /** For a found word that is searched as other terms as well: their names (利用・使用). */
  alsoAs?: string;
  /** For a missing word: the nearest words of the policies. */
  suggestions?: string[];
  /** For a set-aside word: a verb, or a noun made a verb (無効にする), rather than kana the policies do not use. */
  predicate?: boolean;
}

export interface Phrase {
  words: string[];
  /** The lookup form of a suffix that follows the last word (書), or ''. */
  suffix: string;
}

export interface QueryPlan {
  typed: string;
  /** Where its words may start, as it was read (see readOf), and the second letter of a Latin word it lacks (a slip's words' file): what the form tables and words' files it needs are chosen by. */
  read: string;
  /** The query's content words, in order. */
  words: QueryWord[];
  /** Every index word the search may match: every key of every alternative of every found, corrected or related word. */
  terms: string[];
  /**
   * What a clause must hold to answer the whole query, unit by unit: each unit is met by
   * any one of its alternatives, each a list of index words that must all be there. A word
   * of the policies gives a unit per key (個人情報: 個人; 情報), so that a clause holding part
   * of it counts for part; a related word, or one with several ways, is one unit.
   */
  units: string[][][];
  /**
   * The query's words typed side by side (個人情報保護, IPアドレス, 申し込み書): the index words
   * in order, and the suffix the last was typed with (書 of 申込書, 先 of 委託先), which a
   * clause that writes them the same way holds as a phrase.
   */
  phrases: Phrase[];
  /** Whether the plan may read better with the extra file: a word not found beside others, or related, more than one word, or a katakana word read as several (see planQuery). */
  wantsFullLexicon: boolean;
  /** Whether a Latin word the lexicon does not know may be Japanese in romaji (kojin jouhou): planQuery() with a RomajiReader reads it as kana. */
  wantsRomaji: boolean;
  /**
   * Whether the plan may read better with the words' files: a word missing (it may be a slip),
   * or kanji the tables alone corrected, or set aside as a noun made a verb (they may be a slip
   * of one kanji of the same sound those files list: 保官, 提共して).
   */
  wantsWords: boolean;
  /** Set when romaji was read as kana: the query as it was read (こじん じょうほう). */
  asKana?: string;
  /** Set when a word was corrected or replaced: the query as searched, for 「…」の検索結果を表示しています. */
  searchedAs?: string | undefined;
}

interface Segment {
  from: number;
  to: number;
  kind: 'word' | 'function' | 'related' | 'slip' | 'unknown';
  keys: readonly number[];
  alternatives?: readonly (readonly number[])[] | undefined;
  /** For a word: the lexicon form it was read as. */
  written?: string | undefined;
  /** For a related word: read through the synonym dictionary's guess (Lexicon.guesses). */
  guess?: boolean | undefined;
  /** For a slip: a word of its own that sounds like one of theirs (理容: 利用), not kanji that make no word. */
  homophone?: boolean;
}

type Found = { kind: 'word' | 'function' | 'related'; keys: readonly number[]; alternatives?: readonly (readonly number[])[] | undefined; reading?: boolean; written?: string; guess?: boolean };

function lookUp(lexicon: Lexicon, units: Unit[], from: number, to: number): Found | undefined {
  const slice = units.slice(from, to);
  const form = slice.map((unit) => unit.look).join('');
  const allHiragana = slice.every((unit) => unit.hiragana);
  // Function words are kana as typed: the ナ of マイナンバー is not the particle な.
  if (FUNCTION_SET.has(form) && (allHiragana || /\p{Script=Han}/u.test(form))) return { kind: 'function', keys: [] };
  if (slice.length === 1 && slice[0]!.latin && ENGLISH_FUNCTION_WORDS.has(form)) return { kind: 'function', keys: [] };
  // A loanword's long vowel is folded away (メール is メル), so kana typed before it may spell
  // another word with it: や and メール are not やめる. (よそのサイト is a phrase of the file, and
  // so is ダイレクトメールが届く: kana after the loanword spell nothing with it.)
  const longVowel = slice.findLastIndex((unit) => /^\p{Script=Katakana}+ー/u.test(unit.typed));
  if (longVowel > 0 && slice.slice(0, longVowel).some((unit) => unit.hiragana)) return undefined;
  let keys = lexicon.forms.get(form);
  let written = form;
  if (keys === undefined && slice.every((unit) => unit.latin)) {
    const base = englishBasesOf(form).find((each) => lexicon.forms.has(each));
    if (base !== undefined) keys = lexicon.forms.get((written = base));
  }
  if (keys === undefined) {
    const variant = okuriganaVariant(lexicon, form);
    if (variant !== undefined) keys = lexicon.forms.get((written = variant));
  }
  // Two kana are a particle or an ending, not a word (める is not メール).
  // (A long-vowel mark counts: でーた is a loanword typed in kana.)
  const tooShort = allHiragana && slice.map((unit) => unit.typed).join('').length < 3;
  if (keys !== undefined && keys.length > 0) {
    if (tooShort) return undefined;
    // Katakana as typed is a loanword, never the reading of a kanji word.
    const kanjiWord = !keys.every((key) => /[\p{Script=Katakana}a-z]/u.test(lexicon.keys[key] ?? ''));
    if (slice.every((unit) => /^\p{Script=Katakana}+$/u.test(unit.typed)) && kanjiWord) return undefined;
    const also = lexicon.expansions.get(written);
    return { kind: 'word', keys, reading: allHiragana && kanjiWord, written, ...(also ? { alternatives: [keys, ...also] } : {}) };
  }
  const related = lexicon.related.get(form) ?? (slice.every((unit) => unit.latin) ? englishBasesOf(form).map((each) => lexicon.related.get(each)).find((each) => each !== undefined) : undefined);
  // A related word is a whole word as typed: ログ (記録) is not the start of ログイン.
  if (related && !tooShort && !cutsKatakanaWord(lexicon, units, from, to)) return { kind: 'related', keys: [...new Set(related.flat())], alternatives: related, guess: lexicon.guesses.has(form) };
  if (keys === undefined) return undefined;
  if (/^\p{Script=Katakana}+$/u.test(form) && !allHiragana) return undefined;
  // One kanji the policies write only inside other words (入 of 入退室) is, with okurigana
  // after it, a verb of the query's (入る), not grammar.
  const next = units[to];
  if (slice.length === 1 && isKanji(slice[0]) && next?.hiragana && !next.gap && !CASE_PARTICLES.has(next.typed)) return undefined;
  return { kind: 'function', keys: [] };
}

const KATAKANA_TYPED = /^[\p{Script=Katakana}ー]+$/u;
/**
 * Whether units from…to cut a longer run of katakana typed without a break, leaving beside
 * them a piece that is no word of the lexicon: ログ (記録) in ログイン leaves イン, but in
 * アクセスログ leaves アクセス, a word.
 */
function cutsKatakanaWord(lexicon: Lexicon, units: readonly Unit[], from: number, to: number): boolean {
  const katakana = (unit: Unit | undefined) => unit !== undefined && KATAKANA_TYPED.test(unit.typed);
  if (!units.slice(from, to).every(katakana)) return false;
  let start = from;
  while (start > 0 && !units[start]!.gap && katakana(units[start - 1])) start -= 1;
  let end = to;
  while (end < units.length && !units[end]!.gap && katakana(units[end])) end += 1;
  const word = (a: number, b: number) => {
    if (a === b) return true;
    const form = units.slice(a, b).map((unit) => unit.look).join('');
    return (lexicon.forms.get(form)?.length ?? 0) > 0 || lexicon.related.has(form);
  };
  return !word(start, from) || !word(to, end);
}

/** The stretches of units typed without a space or punctuation between them, as [from, to). */
function chunksOf(units: readonly Unit[]): [number, number][] {
  const chunks: [number, number][] = [];
  units.forEach((unit, i) => {
    if (i === 0 || unit.gap) chunks.push([i, i + 1]);
    else chunks.at(-1)![1] = i + 1;
  });
  return chunks;
}

/**
 * Whether a slip segment reads a run of kanji: only where the rest of the run is words of
 * the policies (開示請球; not 遺伝子情報, whose 遺 is no word of theirs, nor 本格的), a slip
 * of two kanji or a homophone only typed onto one of them (苦情総談; 四名 or 祥介 alone is held to the rest
 * of the query instead, as a homophone is), and never a verb's stem (共働き).
 */
function slipReads(units: readonly Unit[], segments: readonly Segment[], slip: Segment): boolean {
  let from = slip.from;
  while (from > 0 && !units[from]!.gap && isKanji(units[from - 1])) from -= 1;
  let to = slip.to;
  while (to < units.length && !units[to]!.gap && isKanji(units[to])) to += 1;
  const others = segments.filter((segment) => segment !== slip && segment.from < to && segment.to > from);
  const word = (segment: Segment) => segment.kind === 'word' || segment.kind === 'related';
  const suffix = (segment: Segment) => segment.to === to && segment.to - segment.from === 1 && GRAMMAR_SUFFIXES.has(units[segment.from]!.typed);
  return others.every((segment) => word(segment) || suffix(segment)) && ((slip.to - slip.from > 2 && !slip.homophone) || others.some(word)) && endsANoun(units, slip.to);
}

/** The cheapest cover of the units by lexicon words, function words and unknown characters (and slips, where they read: slipReads()). */
function cover(lexicon: Lexicon, units: Unit[], readingCost = COST.reading, barred: ReadonlySet<string> = new Set()): Segment[] {
  // The cheapest cover of units[0, to), by whether its last segment is a particle typed in kana.
  type Step = { cost: number; count: number; segment?: Segment; after?: number };
  const particle = (segment: Segment) => segment.kind === 'function' && segment.to - segment.from === 1 && units[segment.from]!.hiragana && CASE_PARTICLES.has(units[segment.from]!.typed);
  const better = (a: Step | undefined, b: Step | undefined) => b === undefined || (a !== undefined && (a.cost < b.cost - 1e-9 || (Math.abs(a.cost - b.cost) < 1e-9 && a.count < b.count)));
  const best: (Step | undefined)[][] = [[{ cost: 0, count: 0 }, undefined]];
  for (let to = 1; to <= units.length; to += 1) {
    const here: (Step | undefined)[] = [undefined, undefined];
    const consider = (cost: number, segment: Segment) => {
      const state = particle(segment) ? 1 : 0;
      best[segment.from]!.forEach((before, after) => {
        if (!before) return;
        // Two particles in a row are rarer than a word typed in kana after one (のはいき: の and 廃棄, not の, は and 行き).
        const step = { cost: before.cost + cost + (state === 1 && after === 1 ? COST.particleAfterParticle : 0), count: before.count + 1, segment, after };
        if (better(step, here[state])) here[state] = step;
      });
    };
    let length = 0;
    for (let from = to - 1; from >= 0; from -= 1) {
      length += Array.from(units[from]!.look).length;
      if (length > lexicon.longestForm + 4) break;
      const found = lookUp(lexicon, units, from, to);
      // An everyday phrase never starts inside a run of kanji (個人番号を聞かれる is 個人番号 and
      // 聞かれる, not 個人 and 番号を聞く): its first word would be the end of another.
      const phraseInRun = found?.kind === 'related' && from > 0 && !units[from]!.gap && isKanji(units[from - 1]) && isKanji(units[from])
        && /\p{Script=Hiragana}\P{Script=Hiragana}/u.test(units.slice(from, to).map((unit) => unit.typed).join(''));
      if (found && !phraseInRun) {
        const cost = found.kind === 'function' ? COST.function : found.kind === 'related' ? COST.related : found.reading ? readingCost : COST.word;
        consider(cost, { from, to, kind: found.kind, keys: found.keys, alternatives: found.alternatives, written: found.written, guess: found.guess });
      }
      // Kanji that are no word, one off a word of the policies by its sound (開示請球), or a word
      // that sounds like one of theirs typed onto another (共同理容): that word, corrected. (A slip
      // of two words, 連楽 of 連合 and 連絡, is held to the rest of the query: soundsLike().)
      const run = units.slice(from, to).every(isKanji) ? units.slice(from, to).map((unit) => unit.look).join('') : '';
      const [slipOf, homophoneOf] = [lexicon.slips.get(run), lexicon.homophones.get(run)];
      if (!found && !barred.has(`${from},${to}`)) {
        if (slipOf?.length === 1) consider(COST.slip, { from, to, kind: 'slip', keys: slipOf[0]! });
        else if (homophoneOf?.length === 1) consider(COST.slip, { from, to, kind: 'slip', keys: homophoneOf[0]!, homophone: true });
      }
    }
    consider(COST.unknown, { from: to - 1, to, kind: 'unknown', keys: [] });
    best.push(here);
  }
  const segments: Segment[] = [];
  let state = better(best[units.length]![1], best[units.length]![0]) ? 1 : 0;
  for (let at = units.length; at > 0; ) {
    const step = best[at]![state]!;
    segments.unshift(step.segment!);
    state = step.after!;
    at = step.segment!.from;
  }
  // A slip where it does not read is no slip: the cover again without it.
  const wrong = segments.filter((segment) => segment.kind === 'slip' && !slipReads(units, segments, segment));
  if (wrong.length > 0) return cover(lexicon, units, readingCost, new Set([...barred, ...wrong.map((segment) => `${segment.from},${segment.to}`)]));
  return absorbSuffix(lexicon, units, absorbSingleKanji(units, segments));
}

/** Kanji after a word that only say where, when or how many of it (法令等, サイト上, 配達時): grammar, not another word. */
const GRAMMAR_SUFFIXES = new Set(['等', '上', '内', '中', '下', '際', '毎', '別', '達', '様', '後', '前', '時', '的', '外', '間', '頃', '宛', '側']);

/**
 * A kanji typed onto a word of the policies that makes a compound they never write
 * (共済金, 組合員証, 配達日) is another thing: the compound is unknown as a whole, not the
 * word and a suffix.
 */
function absorbSuffix(lexicon: Lexicon, units: Unit[], segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const before = out.at(-1);
    const unit = units[segment.from]!;
    // (Not a kanji with okurigana after it: that starts a verb, 研修受けてる is 研修 and 受け;
    // kana of grammar after it are no okurigana, 組合員証なくした is 組合員証 and なくした.)
    const after = units[segment.to];
    const startsVerb = after !== undefined && after.hiragana && !after.gap && !CASE_PARTICLES.has(after.typed) && !FUNCTION_SET.has(after.look);
    const suffix = (segment.kind === 'function' || segment.kind === 'unknown') && segment.to - segment.from === 1 && isKanji(unit) && !unit.gap
      && !FUNCTION_SET.has(unit.look) && !GRAMMAR_SUFFIXES.has(unit.typed) && !startsVerb;
    if (suffix && before?.kind === 'word' && isKanji(units[before.to - 1])) {
      // Unless the kanji ends a word of theirs begun inside the compound before it, and the rest is
      // one too: 情報保護担当者 is 情報保護 and 担当者, which the cover took for 情報保護担当 and 者.
      const resplit = wordsAround(lexicon, units, before.from, before.to, segment.to);
      if (resplit) out.splice(out.length - 1, 1, ...resplit);
      else out[out.length - 1] = { from: before.from, to: segment.to, kind: 'unknown', keys: [] };
      continue;
    }
    // Nor onto a verb's stem, one kanji and its okurigana (送り先, お届け日): a noun the
    // policies do not write, unknown as a whole, not the verb and a kanji. (Not 方: 使い方 is
    // how, asked of the verb.)
    const okurigana = units[segment.from - 1];
    const stemAt = segment.from - 2;
    if (suffix && unit.typed !== '方' && okurigana?.hiragana && !okurigana.gap && STEM_ENDINGS.has(okurigana.typed) && isKanji(units[stemAt])) {
      const first = out.findIndex((each) => each.from <= stemAt && stemAt < each.to);
      // (A verb the policies do not write: their own noun of it with a kanji, 問い合せ先, is theirs.)
      if (first >= 0 && out[first]!.kind !== 'function' && out[first]!.kind !== 'word') {
        out.splice(first, out.length - first, { from: out[first]!.from, to: segment.to, kind: 'unknown', keys: [] });
        continue;
      }
    }
    // One of those kanji after another word, the lexicon's or not, says where, when or whose
    // (生協側, 移動した後, 対象外): grammar, never a thing the policies lack.
    // (Not the first kanji of a compound: 時間 is a word.)
    if (segment.kind === 'unknown' && before !== undefined && before.kind !== 'unknown' && segment.to - segment.from === 1 && isKanji(unit) && GRAMMAR_SUFFIXES.has(unit.typed)
      && !isKanji(units[segment.to])) {
      out.push({ ...segment, kind: 'function' });
      continue;
    }
    out.push(segment);
  }
  return out;
}

/** units[from, end), a word (from…to) and a kanji after it, cut earlier into two words of the lexicon, if it can be. */
function wordsAround(lexicon: Lexicon, units: Unit[], from: number, to: number, end: number): Segment[] | undefined {
  for (let cut = to - 1; cut > from; cut -= 1) {
    const [head, tail] = [lookUp(lexicon, units, from, cut), lookUp(lexicon, units, cut, end)];
    if (head?.kind !== 'word' || tail?.kind !== 'word') continue;
    return [[from, cut, head] as const, [cut, end, tail] as const].map(([start, stop, found]): Segment => ({ from: start, to: stop, kind: 'word', keys: found.keys, alternatives: found.alternatives, written: found.written }));
  }
  return undefined;
}

const isKanji = (unit: Unit | undefined) => unit !== undefined && /^\p{Script=Han}$/u.test(unit.typed);
/** The kana a verb's stem ends in before a noun is made of it (送り, 届け, 支払い): the i and e rows. */
const STEM_ENDINGS = new Set(Array.from('いきぎしじちにひびみりえけげせぜねへべめれ'));

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

/** The character a one-edit pair differs by: the first position where they part. */
const firstDifference = (a: string[], b: string[]) => {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  return at;
};

/**
 * Whether `candidate` may stand for `typed`, one edit away: katakana as typed is a loanword
 * (never the reading of a kanji word), a kanji is missing or extra only inside a compound or
 * typed twice (kanji come whole from conversion: 組合員証 is not a slip for 組合員), and one kanji for another is a slip only
 * in a long compound (個人情方 → 個人情報; 消える is not 越える) — or, with `twoKanji`, in a
 * word of two kanji, which planQuery() then holds to the query's other words.
 */
function plausibleSlip(lexicon: Lexicon, typed: Unit[], chars: string[], candidate: string[], strict: boolean, twoKanji: boolean, context: readonly (readonly number[])[], alone: boolean): boolean {
  const keys = lexicon.forms.get(candidate.join('')) ?? [];
  if (typed.every((unit) => /^\p{Script=Katakana}+$/u.test(unit.typed)) && !keys.every((key) => /[\p{Script=Katakana}a-z]/u.test(lexicon.keys[key] ?? ''))) return false;
  // Typed kanji are corrected to written words, not to readings.
  if (chars.some((char) => HAN.test(char)) && !candidate.some((char) => HAN.test(char))) return false;
  const at = firstDifference(chars, candidate);
  // A slip in the first character of a short word is as likely another word: corrected only
  // in a word of five characters or more, or for a kanji the input method chose for another of
  // the same sound in a word typed on its own (依託先 → 委託先, 大三者 → 第三者; but not
  // センター → インター, nor 求人情報, a word the policies lack and one of theirs, → 個人情報).
  // Offered, as もしかして, in any; a kanji of two as the query's other words allow (関示 → 開示).
  if (strict && !twoKanji && at === 0 && chars.length < 5 && !(alone && HAN.test(chars[0] ?? '') && HAN.test(candidate[0] ?? ''))) return false;
  if (chars.length !== candidate.length) {
    const longer = chars.length > candidate.length ? chars : candidate;
    if (!HAN.test(longer[at] ?? '')) return true;
    // A kanji typed twice (個人情報報, 第三者者) is a slip, and so is one left out inside a
    // compound of four or more (個人報 → 個人情報); one more or less at a word's edge makes
    // another word (組合員証 is not 組合員, nor 第三 第三者).
    const doubled = longer === chars && chars[at] === chars[at - 1];
    const inside = longer === candidate && candidate.length >= 4 && at > 0 && at < candidate.length - 1;
    return doubled || inside;
  }
  // One kanji for another is a slip when the word has other kanji to recognise it by
  // (第三社 → 第三者, 暗合化 → 暗号化), not in a word of one kanji (消える is not 越える) nor,
  // on its own, in one of two (時間 is not 期間).
  const kanjiSwap = HAN.test(chars[at] ?? '') && HAN.test(candidate[at] ?? '') && chars[at + 1] === candidate[at + 1];
  if (strict) {
    const otherKanji = chars.filter((char, i) => i !== at && HAN.test(char)).length;
    if (kanjiSwap && otherKanji < 2 && !(twoKanji && otherKanji === 1 && chars.length === 2)) return false;
  }
  // A kanji at a word's edge, beside a word of the policies, may make another compound rather
  // than a slip (共済金 is 共済 and 金, not 共済連; 消費財 is a slip for 消費材): with other words in
  // the query, only if they are written with the candidate.
  const rest = at === chars.length - 1 ? chars.slice(0, -1) : at === 0 ? chars.slice(1) : [];
  if (kanjiSwap && rest.length > 1 && (lexicon.forms.get(rest.join('')) ?? []).length > 0 && context.length > 0) {
    const blocks = blocksOf(lexicon, keys);
    return context.some((other) => [...blocksOf(lexicon, other)].some((block) => blocks.has(block)));
  }
  return true;
}

/** Lexicon forms one edit from the units, nearest length first, then fewer keys, then alphabetical. */
function nearForms(lexicon: Lexicon, typed: Unit[], minLength: number, context: readonly (readonly number[])[], strict = true, twoKanji = false, alone = false): string[] {
  const chars = Array.from(typed.map((unit) => unit.look).join(''));
  const found: string[] = [];
  for (const length of [chars.length, chars.length - 1, chars.length + 1]) {
    if (length < minLength) continue;
    for (const candidate of lexicon.byLength.get(length) ?? []) {
      // A slip is of a word, not of a verb's or adjective's form (受けてる is not 受け取っ).
      if ((lexicon.forms.get(candidate) ?? []).some((key) => lexicon.predicates.has(key))) continue;
      const other = Array.from(candidate);
      if (withinOneEdit(chars, other) && plausibleSlip(lexicon, typed, chars, other, strict, twoKanji, context, alone)) found.push(candidate);
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

/**
 * A katakana word typed as one (マイページ) that the cover read as words of the policies
 * (マイ, ページ) the policies never write together is one word they lack, not those words.
 * Needs the blocks (the extra file); says whether the query has such a word, which the core
 * alone cannot judge.
 */
function unknownLoanwords(lexicon: Lexicon, units: readonly Unit[], pieces: { from: number; to: number; word?: QueryWord | undefined }[]): boolean {
  type Piece = (typeof pieces)[number];
  const katakana = (piece: Piece, kinds: readonly QueryWordKind[]) => piece.word !== undefined && kinds.includes(piece.word.kind)
    && units.slice(piece.from, piece.to).every((unit) => KATAKANA_TYPED.test(unit.typed));
  /** The runs [first, last] of pieces of those kinds typed as one katakana word. */
  const runs = (kinds: readonly QueryWordKind[]) => {
    const found: [number, number][] = [];
    for (let i = 0; i < pieces.length; i += 1) {
      if (!katakana(pieces[i]!, kinds)) continue;
      let j = i;
      while (j + 1 < pieces.length && katakana(pieces[j + 1]!, kinds) && pieces[j + 1]!.from === pieces[j]!.to && !units[pieces[j + 1]!.from]!.gap) j += 1;
      found.push([i, j]);
      i = j;
    }
    return found;
  };
  /** The run as one word the policies lack. */
  const lacking = ([i, j]: [number, number]) => {
    pieces[i]!.word = { typed: units.slice(pieces[i]!.from, pieces[j]!.to).map((unit) => unit.typed).join(''), kind: 'missing', keys: [], alternatives: [], suggestions: [] };
    for (let k = i + 1; k <= j; k += 1) pieces[k]!.word = undefined;
  };
  // A run of a part the policies lack and one of their words is one word they lack
  // (バックナンバー is not ナンバー). (Only a run that ends in a word of theirs: マイナンバーカード keeps マイナンバー.)
  for (const [i, j] of runs(['found', 'missing'])) {
    if (j > i && pieces[j]!.word!.kind === 'found' && pieces.slice(i, j).some((piece) => piece.word!.kind === 'missing')) lacking([i, j]);
  }
  let split = false;
  for (const [i, j] of runs(['found'])) {
    split ||= j > i;
    if (j > i && lexicon.blocks.length > 0 && blocksOf(lexicon, pieces.slice(i, j + 1).flatMap((piece) => piece.word!.alternatives[0] ?? [])).size === 0) lacking([i, j]);
  }
  return split;
}

/**
 * Kanji or a loanword the policies lack (and that are no slip of theirs) typed before a word of
 * theirs make one compound with it, which they lack too (求人情報 is not 情報, 営業時間 not
 * 時間, リコール情報 not 情報): the word
 * it ends in names what kind of thing, the kanji before it which thing.
 */
function absorbHeads(units: readonly Unit[], pieces: { from: number; to: number; word?: QueryWord | undefined; grammar?: boolean }[]): void {
  const kanjiOnly = (piece: { from: number; to: number }) => units.slice(piece.from, piece.to).every(isKanji);
  // (A loanword the policies lack before a word of theirs likewise: リコール情報 is not 情報.)
  const katakanaOnly = (piece: { from: number; to: number }) => units.slice(piece.from, piece.to).every((unit) => KATAKANA_TYPED.test(unit.typed));
  for (let i = 0; i < pieces.length; i += 1) {
    const before = pieces[i]!;
    // Nor is a kanji the policies write only before other words (入 of 入退室) a prefix of a
    // word of one kanji typed after it: 入会 is no 会, which alone would answer for it.
    const prefix = before.grammar === true && !before.word && kanjiOnly(before)
      && !pieces.some((other) => other !== before && other.word && other.from <= before.from && other.to >= before.to);
    const next = pieces[i + 1];
    if (prefix && next?.word?.kind === 'found' && next.from === before.to && next.to - next.from === 1 && !units[next.from]!.gap && kanjiOnly(next)) {
      before.word = { typed: units.slice(before.from, next.to).map((unit) => unit.typed).join(''), kind: 'missing', keys: [], alternatives: [], suggestions: [] };
      before.to = next.to;
      next.word = undefined;
    }
    // The word after it, past the pieces a merge has emptied (犬猫情報窓口 is one word).
    for (let j = i + 1; j < pieces.length; j += 1) {
      const head = pieces[j]!;
      if (!head.word && head.from < before.to) continue;
      if (before.word?.kind !== 'missing' || head.word?.kind !== 'found' || head.from !== before.to || units[head.from]!.gap || !(kanjiOnly(before) || katakanaOnly(before)) || !kanjiOnly(head)) break;
      before.word = { typed: units.slice(before.from, head.to).map((unit) => unit.typed).join(''), kind: 'missing', keys: [], alternatives: [], suggestions: before.word.suggestions ?? [] };
      before.to = head.to;
      head.word = undefined;
    }
  }
}

/** A phrase of asking: it begins with a word of asking, or ends in こと or もの (何に使われる, どんな情報のこと). */
const ASKING_PHRASE = /^(何|な[にん]|ど[うんのこ]|誰|だれ)|(こと|もの)$/u;
/** How far apart, in blocks of the policies, a related word's term and another word of the query may be written: about a section. */
const NEAR_BLOCKS = 4;
/**
 * A related word is evidence only beside the query's other words: the term it stands for
 * must be written within NEAR_BLOCKS blocks of the policies (paragraphs, headings, list
 * items) of at least one of them. 配達をやめたい is not 配達 and 停止, which the policies
 * never write near each other; 個人情報を渡す is 個人情報 and 提供. So may a related word
 * that counts, for another term: the question in other words then meets one stretch of
 * the policies. A related word the
 * policies do not write near the rest of the query is a word they lack (missing), and
 * isSearchable() judges the rest. Needs the blocks (the extra file); a query of related
 * words alone is left as it is.
 */
function unsupportedRelated(lexicon: Lexicon, units: readonly Unit[], pieces: { from: number; to: number; word?: QueryWord | undefined }[]): void {
  if (lexicon.blocks.length === 0) return;
  const ownWord = (word: QueryWord) => namesItsTerm(lexicon, word);
  const others = pieces.flatMap((piece) => (piece.word?.kind === 'found' || piece.word?.kind === 'corrected' || (piece.word && ownWord(piece.word)) ? [piece.word] : []));
  if (others.length === 0) return;
  const relatedWords = pieces.flatMap((piece) => (piece.word?.kind === 'related' && !ownWord(piece.word) ? [piece.word] : []));
  // Each word's blocks and terms, once: the chain below asks of every pair again as it grows.
  const blocks = new Map([...others, ...relatedWords].map((word) => [word, [...new Set(word.alternatives.flatMap((keys) => [...blocksOf(lexicon, keys)]))]]));
  const near = (word: QueryWord, other: QueryWord) => blocks.get(word)!.some((block) => blocks.get(other)!.some((b) => Math.abs(b - block) <= NEAR_BLOCKS));
  // A related word that counts lends support to another when it is another word for another
  // term (a word in kana and kanji, 漏れる and 漏らす, both stand for 漏洩: one word twice) and
  // an everyday word of the co-op's file: the synonym dictionary's guess (頼める: 求める, where a
  // member orders goods) needs bearing out itself.
  const terms = new Map(relatedWords.map((word) => [word, new Set(word.alternatives.map((keys) => keys.join(',')))]));
  const lends = (word: QueryWord, other: QueryWord) => !other.guess && ![...terms.get(other)!].some((term) => terms.get(word)!.has(term));
  // A chain from the query's words of the policies: a related word counts beside one of them,
  // or beside a related word that counts; the question in other words then meets one
  // stretch of the policies (登録してる住所が間違ってたら直して: 住所, then 保管, 誤り and 訂正).
  const supported = new Set<QueryWord>();
  for (let grew = true; grew;) {
    grew = false;
    for (const word of relatedWords) {
      if (supported.has(word) || !(others.some((other) => near(word, other)) || [...supported].some((other) => lends(word, other) && near(word, other)))) continue;
      supported.add(word);
      grew = true;
    }
  }
  // Related words the chain left out for other terms that the policies write near one another,
  // more terms than the query has words of the policies: the question is theirs, in other words,
  // and the word it names beside them another matter (名簿を外注先に渡す: 委託先 and 提供;
  // データを書き換えられたり盗み見されたり: 改ざん and 不正アクセス). (Two words for one term are one word twice.)
  const left = relatedWords.filter((word) => !supported.has(word) && !word.guess);
  const meeting = left.filter((word) => left.some((other) => lends(word, other) && near(word, other)));
  if (new Set(meeting.map((word) => [...terms.get(word)!].join(' '))).size > others.length) for (const word of meeting) supported.add(word);
  for (const piece of pieces) {
    const word = piece.word;
    if (word?.kind !== 'related' || ownWord(word)) continue;
    // What the query does (直してもらえる, 頼んでない) is set aside; a thing (他の会社) is missing;
    // a phrase of asking (SSLって何のこと, どういう意味) is grammar there, as its words are.
    if (!supported.has(word)) piece.word = ASKING_PHRASE.test(word.typed)
      ? { typed: word.typed, kind: 'set-aside', keys: [], alternatives: [] }
      : /\p{Script=Hiragana}$/u.test(word.typed)
      ? { typed: word.typed, kind: 'set-aside', keys: [], alternatives: [], ...(beforeANoun(lexicon, units, pieces, piece.from, piece.to) === undefined ? { predicate: true } : {}) }
      : { typed: word.typed, kind: 'missing', keys: [], alternatives: [], suggestions: [] };
  }
}

/**
 * Whether a related word is a phrase of the everyday words that begins with its term's own
 * word (ダイレクトメールが届く, DMが来る): it names that thing of the policies, with what it
 * does, as much the query's own as a word found.
 */
function namesItsTerm(lexicon: Pick<Lexicon, 'forms'>, word: QueryWord): boolean {
  const head = /^\P{Script=Hiragana}+(?=\p{Script=Hiragana})/u.exec(word.typed)?.[0];
  return word.kind === 'related' && word.alternatives.length === 1 && head !== undefined
    && (lexicon.forms.get(lookupForm(head)) ?? []).join(',') === word.alternatives[0]!.join(',');
}

/** The blocks of the policies that hold every key of `keys`. */
function blocksOf(lexicon: Pick<Lexicon, 'blocks'>, keys: readonly number[]): Set<number> {
  const [first, ...rest] = keys.map((key) => lexicon.blocks[key] ?? []);
  const common = new Set(first ?? []);
  for (const list of rest) {
    const here = new Set(list);
    for (const block of common) if (!here.has(block)) common.delete(block);
  }
  return common;
}

/**
 * A slip inside a compound longer than the lexicon files whole (物理的安全菅理措置, 人的安全管理装置:
 * compounds of up to three words are filed, lexicon.ts): one stretch of the run one edit from a
 * word or compound of the policies, the rest of the run their words, and one block of the
 * policies that writes every word of it. The longest stretch that reads, and only one reading of it.
 */
function compoundSlip(lexicon: Lexicon, units: Unit[], from: number, to: number): { from: number; to: number; form: string; keys: number[] } | undefined {
  if (lexicon.blocks.length === 0) return undefined;
  const look = (a: number, b: number) => units.slice(a, b).map((unit) => unit.look).join('');
  const wordsOf = (a: number, b: number): number[] | undefined => {
    if (a === b) return [];
    const segments = cover(lexicon, units.slice(a, b));
    return segments.every((segment) => segment.kind === 'word') ? segments.flatMap((segment) => [...segment.keys]) : undefined;
  };
  for (let length = to - from - 1; length >= 2; length -= 1) {
    const readings = new Map<string, { blocks: number; keys: number[] }>();
    for (let a = from; a + length <= to; a += 1) {
      const b = a + length;
      const [before, after] = [wordsOf(from, a), wordsOf(b, to)];
      if (!before || !after) continue;
      for (const form of nearForms(lexicon, units.slice(a, b), 2, [], true, true)) {
        const keys = [...new Set([...before, ...lexicon.forms.get(form)!, ...after])];
        const blocks = blocksOf(lexicon, keys).size;
        if (blocks > 0) readings.set(look(from, a) + form + look(b, to), { blocks, keys });
      }
    }
    const [best, second] = [...readings].sort(([, x], [, y]) => y.blocks - x.blocks);
    if (best && (!second || best[1].blocks > second[1].blocks)) return { from, to, form: best[0], keys: best[1].keys };
    if (best) return undefined;
  }
  return undefined;
}

/**
 * Of the two-kanji words one kanji away from a typed one, the one the query's other words
 * are written with most often in the policies (in the same paragraph, heading or list item):
 * 苦情の相段 → 相談, 個人情報の関示 → 開示. None without such words, or when two are as likely
 * (時間 alone is not 期間; 共済の掛金 is not 代金, which no paragraph writes with 共済), and
 * never one of those words itself (商品の返品 is not 商品の商品).
 */
function inContext(lexicon: Lexicon, typed: string, candidates: string[], context: readonly (readonly number[])[]): string | undefined {
  if (context.length === 0 || lexicon.blocks.length === 0) return undefined;
  const near = context.map((keys) => blocksOf(lexicon, keys));
  const same = new Set(context.map((keys) => keys.join(',')));
  // As often, the one that keeps the typed first kanji (a slip is rarely in the first character: 提共 → 提供, not 公共).
  const first = (form: string) => (form[0] === typed[0] ? 1 : 0);
  const scored = candidates.filter((form) => !same.has((lexicon.forms.get(form) ?? []).join(','))).map((form) => {
    const blocks = blocksOf(lexicon, lexicon.forms.get(form) ?? []);
    return { form, shared: [...blocks].filter((block) => near.some((set) => set.has(block))).length };
  }).sort((a, b) => b.shared - a.shared || first(b.form) - first(a.form));
  const [best, second] = scored;
  if (!best || best.shared === 0) return undefined;
  return !second || best.shared > second.shared || first(best.form) > first(second.form) ? best.form : undefined;
}

/**
 * Kanji typed after kana in one word (はい棄, ろう洩) as the word of the policies the kana read
 * the start of: a word of kanji only that ends with these kanji, one of whose readings starts
 * with these kana. Only where one word fits. (Not kana after kanji, 委たく: the readings a query
 * loads are those of the characters it starts its words with, here 委.)
 */
function halfInKana(lexicon: Lexicon, units: readonly Unit[], from: number, to: number): { from: number; to: number; form: string } | undefined {
  const kanji = units.slice(from, to).map((unit) => unit.look).join('');
  for (let start = Math.max(from - 4, 0); start <= from - 2; start += 1) {
    const kana = units.slice(start, from);
    if (!kana.every((unit) => unit.hiragana) || units.slice(start + 1, to).some((unit) => unit.gap)) continue;
    const read = kana.map((unit) => unit.look).join('');
    const fits = new Set<string>();
    for (const [form, keys] of lexicon.forms) {
      const word = displayOf(lexicon, keys);
      if (form.startsWith(read) && form.length > read.length && /^\p{Script=Katakana}+$/u.test(form) && /^\p{Script=Han}+$/u.test(word) && word.length > kanji.length && word.endsWith(kanji)) fits.add(lookupForm(word));
    }
    const [only, ...more] = fits;
    if (only !== undefined && more.length === 0 && lexicon.forms.has(only)) return { from: start, to, form: only };
  }
  return undefined;
}

/** The forms of the policies' words that `form` (kanji they lack) sounds like: a word of its own (排気: 廃棄), or a slip of one kanji (保官: 保管). */
const soundsLike = (lexicon: Lexicon, form: string): string[] =>
  [...(lexicon.homophones.get(form) ?? []), ...(lexicon.slips.get(form) ?? [])].map((keys) => lookupForm(displayOf(lexicon, keys))).filter((each) => lexicon.forms.has(each));

/** A corrected word's keys and ways, as the word it is corrected to is searched: with what that also stands for (解示 is 開示, and as 開示 is). */
function searchedWith(lexicon: Lexicon, form: string, keys: number[]): { keys: number[]; alternatives: number[][] } {
  const also = (lexicon.expansions.get(form) ?? []).map((each) => [...each]);
  return { keys: [...new Set([...keys, ...also.flat()])], alternatives: [keys, ...also] };
}

const displayOf = (lexicon: Lexicon, keys: readonly number[]) => keys.map((key) => lexicon.keys[key] ?? '').join('');
/** How the page names an alternative: the term as the everyday-words file writes it, or its keys' spellings. */
const nameOf = (lexicon: Lexicon, keys: readonly number[]) => lexicon.termNames.get(keys.join(',')) ?? displayOf(lexicon, keys);
const namesOf = (lexicon: Lexicon, alternatives: readonly (readonly number[])[]) => [...new Set(alternatives.map((keys) => nameOf(lexicon, keys)))].join('・');

/** After a noun, these make it a verb: 無効にする, 登録した, 共有して, ログインできない. */
const MAKES_A_VERB = ['し', 'す', 'さ', 'せ', 'でき', 'にす', 'にし', 'にさ', 'にな', 'にで', 'にでき'];
/**
 * A noun that asks why when a verb or adjective goes before it (ダイレクトメールが届く理由,
 * 住所を聞かれた理由): the question is the thing done, as with なぜ; not 正当な理由, 理由書, nor
 * 共同理由 (a slip for 共同利用).
 */
const WORD_OF_WHY = Array.from(lookupForm('理由'));
const PREDICATE_END_KANA = /^[うくぐすつぬぶむるたい]$/u;

/** Whether every unit from `from` to `to` (at least one) is in `units`. */
const spans = (units: ReadonlySet<number>, from: number, to: number) => from < to && Array.from({ length: to - from }, (_, i) => from + i).every((at) => units.has(at));

/** The units that spell a noun asking why (WORD_OF_WHY) after a verb or adjective. */
function unitsAskingWhy(units: readonly Unit[]): Set<number> {
  const asking = new Set<number>();
  for (let at = 1; at + WORD_OF_WHY.length <= units.length; at += 1) {
    const spelled = WORD_OF_WHY.every((char, i) => units[at + i]!.look === char);
    const after = units[at + WORD_OF_WHY.length];
    if (spelled && units[at - 1]!.hiragana && PREDICATE_END_KANA.test(units[at - 1]!.typed) && !(after && !after.gap && isKanji(after))) {
      WORD_OF_WHY.forEach((_, i) => asking.add(at + i));
    }
  }
  return asking;
}
/** Kana a noun is followed by: particles, what makes it a verb, and だ (提共して, 開示請球だ); before any other, kanji are a verb's or adjective's stem (共働き, 共育て). */
const AFTER_A_NOUN = new Set([...CASE_PARTICLES, ...MAKES_A_VERB.map((ending) => ending[0]!), 'だ', 'じ', 'か', 'っ']);
/** Whether kanji ending before units[at] end a noun, not a verb's or adjective's stem (AFTER_A_NOUN). */
const endsANoun = (units: readonly Unit[], at: number) => !units[at]?.hiragana || units[at]!.gap || AFTER_A_NOUN.has(units[at]!.typed);

/**
 * Chunks of kana typed on their own (the whole query, or between spaces), covered again with
 * readings as cheap as particles:
 * - hiragana are more likely a word typed before conversion than a row of particles: はいき
 *   is 廃棄, not は and いき, in 「はいき」 as in 「個人情報 はいき」;
 * - katakana typed as a word is a loanword, but a chunk the policies lack as one may be kanji
 *   words typed in katakana (ショクイン ケンシュウ, ｾｷｭﾘﾃｨ ﾀｲｻｸ): it is those words when
 *   readings cover all of it, with no kana left over as grammar (クレカ is not くれ and か;
 *   レシピ stays a word the policies lack).
 */
function chunkReadings(lexicon: Lexicon, units: Unit[], segments: Segment[]): Segment[] {
  let out = segments;
  for (const [from, to] of chunksOf(units)) {
    const chunk = units.slice(from, to);
    const inside = out.filter((segment) => segment.to > from && segment.from < to);
    const again = (typed: Unit[]) => cover(lexicon, typed, COST.function).map((segment) => ({ ...segment, from: segment.from + from, to: segment.to + from }));
    let read: Segment[] | undefined;
    if (chunk.every((unit) => unit.hiragana)) {
      if (!inside.some((segment) => segment.from < from || segment.to > to || segment.kind === 'word' || segment.kind === 'related')) read = again(chunk);
    } else if (to - from >= 3 && chunk.every((unit) => KATAKANA_TYPED.test(unit.typed)) && inside.some((segment) => segment.kind === 'unknown')) {
      const words = again(chunk.map((unit) => ({ ...unit, typed: toHiragana(unit.typed), hiragana: true })));
      if (words.every((segment) => segment.kind === 'word' && segment.to - segment.from >= 2)) read = words;
    }
    if (read) out = [...out.filter((segment) => segment.to <= from), ...read, ...out.filter((segment) => segment.from >= to)];
  }
  return out;
}

/** The query planned against the lexicon (see the top of this file). */
export function planQuery(lexicon: Lexicon, input: string, romaji?: RomajiReader): QueryPlan {
  const { units, asKana } = queryUnits(input, lexicon, romaji);
  const segments = chunkReadings(lexicon, units, cover(lexicon, units));
  const typedOf = (from: number, to: number) => units.slice(from, to).map((unit) => unit.typed).join('');
  const lookOf = (from: number, to: number) => units.slice(from, to).map((unit) => unit.look).join('');
  const askingWhy = unitsAskingWhy(units);

  // Unknown stretches, joined across kana the cover read as particles inside them (まいなんばあ).
  type Piece = { from: number; to: number; word?: QueryWord | undefined; written?: string | undefined; shownTo?: number; grammar?: boolean };
  const pieces: Piece[] = [];
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i]!;
    if (segment.kind !== 'function' && spans(askingWhy, segment.from, segment.to)) {
      pieces.push({ from: segment.from, to: segment.to, grammar: true });
      continue;
    }
    if (segment.kind === 'word' || segment.kind === 'related') {
      const alternatives = (segment.alternatives ?? [segment.keys]).map((keys) => [...keys]);
      const extra = alternatives.slice(1);
      // A related verb is shown with the kana that follow it (「聞かれたら」, not 「聞か」), as a word set aside is.
      // (Whole segments of its endings only: こと of 漏れることのないように is not shown as こ,
      // nor どう of もれたらどう as part of the verb.)
      let shown = segment.to;
      if (segment.kind === 'related' && units[segment.to - 1]?.hiragana) {
        for (let next = i + 1; next < segments.length; next += 1) {
          const after = segments[next]!;
          const kana = units.slice(after.from, after.to);
          if (after.kind !== 'function' || !kana.every((unit) => unit.hiragana) || CASE_PARTICLES.has(kana[0]!.typed) || ASKING_STARTS.has(kana[0]!.typed)
            || WORDS_OF_ASKING.has(lookOf(after.from, after.to)) || after.to - segment.to > 6) break;
          shown = after.to;
        }
      }
      const word: QueryWord = segment.kind === 'word'
        ? { typed: typedOf(segment.from, segment.to), kind: 'found', keys: [...new Set(alternatives.flat())], alternatives, ...(extra.length > 0 ? { alsoAs: namesOf(lexicon, extra) } : {}) }
        : { typed: typedOf(segment.from, shown), kind: 'related', keys: [...segment.keys], alternatives, searchedAs: namesOf(lexicon, alternatives), ...(segment.guess ? { guess: true } : {}) };
      pieces.push({ from: segment.from, to: segment.to, word, written: segment.written });
      continue;
    }
    if (segment.kind === 'function') {
      pieces.push({ from: segment.from, to: segment.to, grammar: true });
      continue;
    }
    if (segment.kind === 'slip') {
      const keys = [...segment.keys];
      pieces.push({ from: segment.from, to: segment.to, word: { typed: typedOf(segment.from, segment.to), kind: 'corrected', ...searchedWith(lexicon, lookupForm(displayOf(lexicon, keys)), keys), searchedAs: nameOf(lexicon, keys) } });
      continue;
    }
    let end = i;
    for (let j = i + 1; j < segments.length; j += 1) {
      if (segments[j]!.kind === 'unknown') end = j;
      else if (segments[j]!.kind !== 'function' || !units.slice(segments[j]!.from, segments[j]!.to).every((unit) => unit.hiragana) || !units[segment.from]!.hiragana) break;
    }
    // A stretch typed in kana takes in the one-kana endings after it (あんごおか is not あ and ん, ご, お, か).
    while (units[segment.from]!.hiragana && segments[end + 1]?.kind === 'function' && segments[end + 1]!.to - segments[end + 1]!.from === 1
      && units[segments[end + 1]!.from]!.hiragana && !CASE_PARTICLES.has(units[segments[end + 1]!.from]!.typed)) end += 1;
    const from = segment.from;
    const to = segments[end]!.to;
    i = end;
    pieces.push({ from, to, word: { typed: typedOf(from, to), kind: 'missing', keys: [], alternatives: [] } });
  }
  // The words a slip is held to (one of two kanji, a homophone, a kanji at a word's edge): the
  // other words of the query the policies use, and the terms its everyday words stand for
  // (苦状の相談先: 相談 or 窓口).
  const context = pieces.flatMap((piece) => (piece.word?.kind === 'found' ? [piece.word.alternatives[0]!] : piece.word?.kind === 'related' && !piece.word.guess ? piece.word.alternatives : []));

  for (let p = 0; p < pieces.length; p += 1) {
    const piece = pieces[p]!;
    if (piece.word?.kind !== 'missing') continue;
    // A correction may take in up to two pieces before or after, when the slip is at a word's
    // edge (個人情法) or the cover read part of the word as a particle (こじんじょおほう).
    let corrected: { from: number; to: number; form: string; keys?: number[] } | undefined;
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
      // (ほか is not 保管), unless a long-vowel mark says it is a loanword (くっちー), and four
      // for katakana, marks included (クレカ is not クレーム).
      const typed = units.slice(window.from, window.to);
      const length = Array.from(lookOf(window.from, window.to)).length;
      const kana = typed.every((unit) => unit.hiragana) && !typed.some((unit) => unit.typed.includes('ー'));
      const katakana = typed.every((unit) => KATAKANA_TYPED.test(unit.typed));
      // A small kana left out of a katakana word (クキー for クッキー) is a slip at any length.
      const short = length < (kana ? MIN_CORRECTED + 1 : MIN_CORRECTED) || (katakana && Array.from(typedOf(window.from, window.to)).length <= MIN_CORRECTED);
      if (short && !katakana) continue;
      const look = lookOf(window.from, window.to);
      const near = nearForms(lexicon, typed, short ? 2 : MIN_CORRECTED, context, true, false, window.first === p && window.last === p)
        .filter((form) => !short || Array.from(form).some((char, i, chars) => /[ッャュョァィゥェォ]/u.test(char) && [...chars.slice(0, i), ...chars.slice(i + 1)].join('') === look));
      if (near.length > 0) {
        corrected = { from: window.from, to: window.to, form: near[0]! };
        break;
      }
    }
    // A kanji word that sounds like one of theirs, a slip of the IME's: a word the dictionary
    // reads as one of theirs (排気: 廃棄), or two kanji read as none (保官: 保管, 四名: 氏名),
    // held to the rest of the query, since on its own it may be a word or name of its own (医師, 祥介).
    const typedHere = units.slice(piece.from, piece.to);
    if (!corrected && typedHere.length >= 4 && typedHere.every(isKanji)) corrected = compoundSlip(lexicon, units, piece.from, piece.to);
    // A word written half in kana (はい棄 for 廃棄): the kana are the reading of the rest of it.
    const kanjiFrom = typedHere.findIndex(isKanji);
    if (!corrected && kanjiFrom >= 0 && typedHere.slice(kanjiFrom).every(isKanji)) {
      const whole = halfInKana(lexicon, units, piece.from + kanjiFrom, piece.to);
      if (whole && whole.from <= piece.from) corrected = whole;
    }
    const sounds = soundsLike(lexicon, lookOf(piece.from, piece.to));
    // (Never kanji before okurigana: a verb's stem, 共育て.)
    const nounEnds = endsANoun(units, piece.to);
    if (!corrected && sounds.length > 0 && typedHere.every(isKanji) && nounEnds) {
      const form = inContext(lexicon, lookOf(piece.from, piece.to), sounds, context);
      if (form !== undefined) corrected = { from: piece.from, to: piece.to, form };
    }
    // One kanji for another in a word of two, held to the rest of the query the same way (苦情の相段 → 相談,
    // 個人情報の関示 → 開示); for a word in common use of its own (職員の求人 is not 個人), offered
    // first as もしかして, never searched. Only a word standing on its own: inside a compound
    // (配達時間), the window above would have found the compound had the policies written it.
    const attached = (at: number, unit: Unit | undefined) => isKanji(unit) && !units[at]?.gap;
    let offered: string | undefined;
    if (!corrected && typedHere.length === 2 && typedHere.every(isKanji) && nounEnds && !attached(piece.from, units[piece.from - 1]) && !attached(piece.to, units[piece.to])) {
      const form = inContext(lexicon, lookOf(piece.from, piece.to), nearForms(lexicon, typedHere, 2, context, true, true).filter((candidate) => Array.from(candidate).length === 2), context);
      if (form !== undefined && lexicon.ownWords.has(lookOf(piece.from, piece.to))) offered = form;
      else if (form !== undefined) corrected = { from: piece.from, to: piece.to, form };
    }
    if (corrected) {
      const keys = corrected.keys ?? [...lexicon.forms.get(corrected.form)!];
      // The neighbours taken into the correction are replaced by it.
      for (const neighbour of pieces) {
        if (neighbour !== piece && neighbour.from >= corrected.from && neighbour.to <= corrected.to) neighbour.word = undefined;
      }
      piece.from = corrected.from;
      piece.to = corrected.to;
      // Named as the policies write it: a form of kanji only as it is (組合員名簿, with the 員 no key
      // holds), any other by its words' spellings (コジンジョウホウ is 個人情報).
      const named = /^\p{Script=Han}+$/u.test(corrected.form) ? corrected.form : displayOf(lexicon, keys);
      piece.word = { typed: typedOf(corrected.from, corrected.to), kind: 'corrected', ...searchedWith(lexicon, corrected.form, keys), searchedAs: named };
      continue;
    }
    // Kana a verb set aside before it is shown with (新しくして, 古いまま) are part of that verb.
    const shownBefore = pieces.slice(0, p).reverse().find((other) => other.word);
    if (shownBefore?.word?.kind === 'set-aside' && shownBefore.shownTo !== undefined && shownBefore.shownTo > piece.from) {
      if (piece.to > shownBefore.shownTo) {
        shownBefore.word = { ...shownBefore.word, typed: shownBefore.word.typed + typedOf(shownBefore.shownTo, piece.to) };
        shownBefore.shownTo = piece.to;
      }
      piece.word = undefined;
      continue;
    }
    const slice = units.slice(piece.from, piece.to);
    const next = units[piece.to];
    const kanaOnly = slice.every((unit) => unit.hiragana);
    // One kanji and its okurigana (変えたい, 聞かれた): a verb or adjective the policies do not use.
    const okurigana = (unit: Unit | undefined) => unit?.hiragana === true && !CASE_PARTICLES.has(unit.typed);
    // (Not a noun written half in kana, 石けん: a verb's stem ends in ん only before で or だ, 頼んで.)
    let kanaEnd = piece.from + 1;
    while (units[kanaEnd]?.hiragana && !units[kanaEnd]!.gap && !CASE_PARTICLES.has(units[kanaEnd]!.typed)) kanaEnd += 1;
    const stemWithN = units[kanaEnd - 1]?.typed === 'ん' && !['で', 'だ'].includes(units[kanaEnd]?.typed ?? '');
    const verbStem = isKanji(slice[0]) && slice.slice(1).every((unit) => unit.hiragana) && okurigana(slice[1] ?? next) && !stemWithN;
    // A noun the policies do not use, made a verb (無効にする, 登録した): what the query does, not what it is about.
    const after = units.slice(piece.to, piece.to + 3).map((unit) => (unit.hiragana ? unit.typed : ' ')).join('');
    const madeVerb = !kanaOnly && !verbStem && MAKES_A_VERB.some((ending) => after.startsWith(ending));
    // A word before な and a noun describes the noun (迷惑なダイレクトメール): what the query asks about is the noun.
    const describes = !kanaOnly && !verbStem && units[piece.to]?.typed === 'な' && units[piece.to + 1] !== undefined && !units[piece.to + 1]!.hiragana;
    if (describes) {
      piece.word = { ...piece.word, typed: typedOf(piece.from, piece.to + 1), kind: 'set-aside' };
      piece.shownTo = piece.to + 1;
      continue;
    }
    if (kanaOnly || verbStem || madeVerb) {
      // Shown with the kana that follow it: 「聞かれたら」, not 「聞」; 「無効にする」, not 「無効」.
      let end = piece.to;
      if (madeVerb && units[end]?.typed === 'に') end += 1;
      // (Never into a word read after it: 冷蔵庫にしまっておく is しまっ, then しまっておく.)
      const nextWord = pieces.slice(p + 1).find((other) => other.word && other.word.kind !== 'missing')?.from ?? units.length;
      while (end < nextWord && units[end]?.hiragana && !CASE_PARTICLES.has(units[end]!.typed) && end - piece.to < 4) end += 1;
      // A verb the cover cut in two (引っ越した: 引っ, 越した) is one verb.
      const before = pieces.slice(0, p).reverse().find((other) => other.word);
      // A verb before a noun of the query says which thing (shown with all its kana: 「頼んでない」, not 「頼ん」).
      const nounAt = verbStem ? beforeANoun(lexicon, units, pieces, before?.word?.kind === 'set-aside' && before.shownTo === piece.from ? before.from : piece.from, piece.to) : undefined;
      if (nounAt !== undefined) end = nounAt;
      const predicate = (verbStem || madeVerb) && nounAt === undefined ? { predicate: true } : {};
      if (before?.word?.kind === 'set-aside' && before.shownTo === piece.from) {
        before.word = { ...before.word, typed: before.word.typed + typedOf(piece.from, end), ...predicate };
        if (nounAt !== undefined) delete before.word.predicate;
        before.shownTo = end;
        piece.word = undefined;
        continue;
      }
      piece.word = { ...piece.word, typed: typedOf(piece.from, end), kind: 'set-aside', ...predicate };
      piece.shownTo = end;
      continue;
    }
    const suggestions = [...new Set([...(offered !== undefined ? [offered] : []), ...sounds, ...nearForms(lexicon, slice, 2, context, false)].map((form) => displayOf(lexicon, lexicon.forms.get(form)!)))].slice(0, MAX_SUGGESTIONS);
    piece.word = { ...piece.word, ...(stemWithN ? { typed: typedOf(piece.from, kanaEnd) } : {}), suggestions };
  }

  absorbHeads(units, pieces);
  const loanwordSplit = unknownLoanwords(lexicon, units, pieces);
  unsupportedRelated(lexicon, units, pieces);
  // Function words, and the neighbours a correction took in, have no word.
  const words = pieces.flatMap((piece) => (piece.word ? [piece.word] : []));
  const searched = words.filter(isSearched);
  const index = (keys: readonly number[]) => keys.map((key) => keyWord(key, lexicon.keyWidth));
  const terms = [...new Set(searched.flatMap((word) => word.keys))].map((key) => keyWord(key, lexicon.keyWidth));
  const clauseUnits: string[][][] = [];
  const seen = new Set<string>();
  for (const word of searched) {
    // A word of the policies counts key by key; a related word counts as the term(s) it stands for, whole.
    const wordUnits = word.alternatives.length === 1 && word.kind !== 'related' ? word.alternatives[0]!.map((key) => [index([key])]) : [word.alternatives.map(index)];
    for (const unit of wordUnits) {
      const id = JSON.stringify(unit);
      if (!seen.has(id)) clauseUnits.push(unit);
      seen.add(id);
    }
  }
  const changed = words.some((word) => word.kind === 'corrected' || word.kind === 'related');
  // The extra file reads words apart better: its compounds (取り扱い方法, with 方法 a word of
  // asking), its related words of several (委託している会社). Words typed as one (個人情報) it
  // reads as the core does, unless they are a katakana word the core read as several
  // (マイページ), which only its blocks can judge.
  const apart = segments.some((segment, i) => i > 0 && (segment.kind === 'function' || units[segment.from]!.gap) && segments.slice(i + 1).some((later) => later.kind !== 'function'));
  const askingInKanji = segments.some((segment) => segment.kind === 'function' && units.slice(segment.from, segment.to).some(isKanji));
  const severalWords = apart || askingInKanji || loanwordSplit;
  return {
    typed: input,
    // A word the policies lack may be a slip in its first character, whose words' file is that
    // of its second (keys.ts: wordFileOf()): a Latin word's, which its start alone does not give.
    // And a corrected word's table is that of the word it is corrected to (解示: 開示).
    read: startsOf(units) + words.filter((word) => word.kind === 'missing' && /^[a-z0-9]{2}/u.test(word.typed)).map((word) => word.typed[1]).join('')
      + words.filter((word) => word.kind === 'corrected').map((word) => Array.from(lookupForm(displayOf(lexicon, word.alternatives[0]!)))[0] ?? '').join(''),
    words,
    terms,
    units: clauseUnits,
    phrases: phrasesOf(lexicon, pieces),
    // (One word the policies lack, on its own, needs none of it: a correction of it is held to
    // nothing else, and it is all the query asks. Its slips are in the words' files. But a long
    // run of kanji may be a compound of theirs with a slip inside, read against the blocks: compoundSlip().)
    wantsFullLexicon: severalWords || words.some((word) => word.kind !== 'found' && (word.kind !== 'missing' || words.length > 1 || /^\p{Script=Han}{4,}$/u.test(word.typed))),
    wantsRomaji: !romaji && units.some((unit) => isRomajiCandidate(lexicon, unit)),
    wantsWords: words.some((word) => word.kind === 'missing' || (word.kind === 'corrected' && HAN.test(word.typed)) || (word.kind === 'set-aside' && /^\p{Script=Han}{2}/u.test(word.typed))),
    ...(asKana !== undefined ? { asKana } : {}),
    searchedAs: changed ? searchedAsOf(lexicon, units, pieces) : undefined,
  };
}

/**
 * The query as searched: its words as searched, those typed side by side together (個人情方:
 * 個人情報, not 個人 情報; never a word of several ways, 連合・連絡), each once (自宅の住所 is
 * searched as 住所, not 住所 住所).
 */
function searchedAsOf(lexicon: Lexicon, units: readonly Unit[], pieces: readonly { from: number; to: number; word?: QueryWord | undefined }[]): string {
  const runs: string[] = [];
  let end = -1;
  for (const { from, to, word } of pieces) {
    if (!word || !isSearched(word)) continue;
    // (A word of the policies by its own keys: what else it stands for the page says apart, 開示 not 開示本人個人情報確認.)
    const name = word.searchedAs ?? displayOf(lexicon, word.alternatives[0] ?? word.keys);
    const together = runs.length > 0 && from === end && !units[from]!.gap && isKanji(units[from - 1]) && isKanji(units[from])
      && !name.includes('・') && !runs.at(-1)!.includes('・');
    if (together) runs[runs.length - 1] += name;
    else runs.push(name);
    end = to;
  }
  return [...new Set(runs)].join(' ');
}

/**
 * The suffix a word was typed with after the words of its keys (申込書 → 書, 委託先 → 先):
 * what is left of its form, in kanji, once a form of each key is taken off the front (the
 * shortest that leaves the rest readable); '' for none, undefined when the form does not read so.
 */
function suffixOf(lexicon: Lexicon, written: string, keys: readonly number[]): string | undefined {
  if (keys.length === 0) return written === '' || /^\p{Script=Han}{1,2}$/u.test(written) ? written : undefined;
  const prefixes = (lexicon.formsByKey[keys[0]!] ?? []).filter((form) => written.startsWith(form)).sort((a, b) => a.length - b.length);
  for (const prefix of prefixes) {
    const rest = suffixOf(lexicon, written.slice(prefix.length), keys.slice(1));
    if (rest !== undefined) return rest;
  }
  return undefined;
}

/**
 * Runs of words of the policies typed side by side, with nothing between them but spaces (see
 * QueryPlan.phrases): kojin jouhou riyou mokuteki is the phrase 個人情報利用目的, however the
 * reading splits it into words.
 */
function phrasesOf(lexicon: Lexicon, pieces: readonly { from: number; to: number; word?: QueryWord | undefined; written?: string | undefined }[]): Phrase[] {
  const phrases: Phrase[] = [];
  let run: { keys: number[]; suffix: string; to: number } | undefined;
  const close = () => {
    if (run && (run.keys.length > 1 || run.suffix !== '')) phrases.push({ words: run.keys.map((key) => keyWord(key, lexicon.keyWidth)), suffix: run.suffix });
    run = undefined;
  };
  for (const piece of pieces) {
    const word = piece.word;
    const plain = word && (word.kind === 'found' || word.kind === 'corrected') && word.alternatives.length === 1;
    if (!plain) {
      close();
      continue;
    }
    if (!run || run.suffix !== '' || run.to !== piece.from) {
      close();
      run = { keys: [], suffix: '', to: piece.from };
    }
    const keys = word.alternatives[0]!;
    run.keys.push(...keys);
    run.suffix = (piece.written && suffixOf(lexicon, piece.written, keys)) || '';
    run.to = piece.to;
  }
  close();
  return phrases;
}

/**
 * Whether the plan can be searched: whether what it names is mostly in the policies. Each
 * word the policies use (or a corrected one) counts 1, half for a verb or adjective (a word
 * typed ending in kana: 求める, 渡す), and half again for a related word (the policies' word
 * for it is a guess: 宅配 for 配達); each thing it names that the
 * policies lack counts against, and so does each verb set aside (聞かれたら) or noun made a
 * verb (無効にする). It is searched when nothing it names is lacking and it has as much found
 * as set aside — 「クッキーを無効にするには」 — or, with something lacking, when at least two
 * words are found and they outweigh the rest — 「登録情報の間違いを直したい」. A single word
 * with a verb set aside is searched only when the policies are about it (a heading or a
 * title names it: 「クッキーを無効にするには」, but not 「出資金を返してほしい」). So
 * 「退会の手続き」 and 「配達時間を変えたい」, which name one thing the policies have and one
 * they lack, find nothing, nor does 「脱退したら出資金は戻る？」, which asks two things of one word.
 * Two words found beside one lacking count only when the policies write two of them near each
 * other (within NEAR_BLOCKS blocks): 「職員募集 採用情報」 asks of neither 職員 nor 募集 as they do.
 */
export function isSearchable(plan: QueryPlan, lexicon: Pick<Lexicon, 'keys'> & Partial<Pick<Lexicon, 'topics' | 'predicates' | 'blocks'>>): boolean {
  const lacking = plan.words.filter((word) => word.kind === 'missing').length;
  const setAside = plan.words.filter((word) => word.kind === 'set-aside' && word.predicate).length;
  const predicates = lexicon.predicates ?? new Set<number>();
  const weight = (word: QueryWord, named = false) => {
    // A word of the policies is a verb when the lexicon says so (問い合わせ is a noun); a
    // related word, or any word before the extra file, when it is typed like one.
    const verb = word.kind !== 'related' && predicates.size > 0
      ? word.keys.some((key) => predicates.has(key))
      : /^\p{Script=Hiragana}+$/u.test(word.typed)
        ? word.keys.every((key) => /\p{Script=Hiragana}$/u.test(lexicon.keys[key] ?? ''))
        // (A phrase of asking names its term: 何に使われる is 利用目的, a thing, not a verb.)
        : /\p{Script=Hiragana}$/u.test(word.typed) && !ASKING_PHRASE.test(word.typed);
    // A related word counts half; `named`, a thing the co-op's everyday words name as one
    // term (12桁の番号: マイナンバー) is as telling as the term, not one of several (登録: 保管 or 保有).
    const telling = word.kind !== 'related' || (named && !verb && !word.guess && word.alternatives.length === 1);
    return (verb ? 0.5 : 1) * (telling ? 1 : 0.5);
  };
  const searched = plan.words.filter(isSearched);
  const found = searched.reduce((sum, word) => sum + weight(word), 0);
  // Against the verbs asked of them that the policies do not word, the things the query names count whole.
  const named = searched.reduce((sum, word) => sum + weight(word, true), 0);
  if (plan.terms.length === 0 || found === 0) return false;
  // One thing, and something asked of it that the policies do not word: only if the policies are about it.
  const topical = lexicon.topics === undefined || lexicon.topics.size === 0 || searched.some((word) => word.alternatives.some((keys) => keys.some((key) => lexicon.topics!.has(key))));
  // Two things found carry the verbs asked of them (住所が間違ってたら直してもらえる): each counts half.
  const against = found > 1 ? setAside / 2 : setAside;
  // Words the policies write together in one paragraph are one question, which a word they
  // lack beside them does not undo (一人ひとりの人格を大切にする考え方: 人格尊重の理念).
  const together = searched.length >= 2 && found >= 1.5 && lacking <= 1 && found >= lacking + against && writtenTogether(lexicon.blocks ?? [], searched);
  // Beside a word they lack, the words found are one question only where the policies write them near one another.
  const coherent = lacking === 0 || writtenNear(lexicon.blocks ?? [], searched);
  return (lacking === 0 && named >= against && (setAside === 0 || found > 1 || topical)) || (found >= 2 && found > lacking + against && coherent) || together;
}

/** Whether two of the words are written within NEAR_BLOCKS blocks of each other (true before the blocks are loaded). */
function writtenNear(blocks: readonly (readonly number[])[], words: readonly QueryWord[]): boolean {
  if (blocks.length === 0) return true;
  const placed = words.map((word) => [...new Set(word.alternatives.flatMap((keys) => [...blocksOf({ blocks }, keys)]))]);
  return placed.some((mine, i) => placed.some((theirs, j) => j > i && mine.some((block) => theirs.some((other) => Math.abs(other - block) <= NEAR_BLOCKS))));
}

/** Whether one block of the policies (a paragraph, heading or list item) holds every word, in one of its ways. */
function writtenTogether(blocks: readonly (readonly number[])[], words: readonly QueryWord[]): boolean {
  if (blocks.length === 0) return false;
  const placed = words.map((word) => word.alternatives.flatMap((keys) => [...blocksOf({ blocks }, keys)]));
  return (placed[0] ?? []).some((block) => placed.every((list) => list.includes(block)));
}
