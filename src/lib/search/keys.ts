/**
 * What the build hands the search page: the lexicon's shape, and how a key is written in
 * the index. Shared by lexicon.ts (build time) and query.ts (the browser).
 */
import { lookupForm } from './fold.ts';

/** The lexicon's format: a page reads only the one it was built with (10: every part stamped with its build). */
export const LEXICON_VERSION = 10;

/** The whole lexicon, as the build makes it; the search page loads it in parts (splitLexicon()). */
export interface LexiconData {
  version: typeof LEXICON_VERSION;
  /** How many base-36 digits every key of this build is written with (keyWord()). */
  keyWidth: number;
  /** Display form of each key (its most frequent spelling in the policies), by key number. */
  keys: string[];
  /** By key number: the lookup forms (lookupForm(), so no spaces) that reach it, space-separated. (By first character, in the form tables; all of them in the words.) */
  forms: string[];
  /** The corpus's function words and other words without a key, space-separated. */
  functionWords: string;
  /**
   * Words the policies use that the co-op's everyday-words file also gives as a member's
   * word for a term (使う for 利用, 法律 for 法令), each searched as itself or as any one of
   * its alternatives: lines of `alternatives=forms`, the forms front-coded (frontCoded()).
   * (By first character, in the form tables.)
   */
  expansions: string;
  /** The other forms of verbs and adjectives (求め, 受け取ら, 古く), as lines of `key=forms` (writeAlternativeGroups()). (By first character, in the form tables.) */
  inflections: string;
  /** Noun compounds, as lines of `key,key=forms`: all of the keys are required. (By first character, in the form tables.) */
  compounds: string;
  /**
   * Words the policies do not use, with the terms they may stand for: the everyday words of
   * the co-op's file and the related words of the synonym dictionary, every form of them
   * (渡す, 渡し, 渡さ …), as lines of `alternatives=forms` like `expansions`. Searched as any
   * one of the alternatives, and the page says so. (By first character, in the form tables.)
   */
  related: string;
  /** The related words of the synonym dictionary that are no everyday word of the co-op's file, written like `related`: a guess at what is meant. (By first character, in the form tables.) */
  guesses: string;
  /** Names of alternatives that are a term of several words (第三者への開示), space-separated `key,key=name`, where the name is not the keys' spellings run together. (In the form tables of the related words and expansions that stand for them.) */
  termNames: string;
  /**
   * By key number, space-separated: the blocks of the policies (paragraphs, headings, list
   * items) it occurs in, in order, each written as its distance from the one before (the
   * first from 0), base-36, comma-separated: what the other words of a query are checked
   * against before one kanji of a two-kanji word is taken for a slip. (In the extra file.)
   */
  blocks: string;
  /** The keys of the nouns the policies' headings and titles name, base-36, space-separated. (In the extra file.) */
  topics: string;
  /** The keys of verbs and adjectives, base-36, space-separated. (In the extra file.) */
  predicates: string;
  /**
   * Kanji nouns of the dictionary the policies do not use that read as one of their words
   * (排気: 廃棄), as lines of `alternatives=forms` like `related`: a slip of the IME's, which
   * the query corrects only beside the rest of the question (homophones.ts). (In the words.)
   */
  homophones: string;
  /**
   * Kanji words that are no word at all, one kanji of a word of the policies swapped for
   * another of the same sound (請球: 請求), as lines of `alternatives=forms` like `related`:
   * a slip the query corrects where it reads as one (query.ts: slipReads()). (In the words.)
   */
  slips: string;
  /**
   * Kanji words in common use one kanji of another sound from a word of the policies (求人:
   * 個人), as a line of `=forms`: a word of its own, which the query offers the policies' word
   * for but never corrects to it (homophones.ts: wordsOfTheirOwn()). (In the words.)
   */
  ownWords: string;
}

/**
 * The lexicon as the build writes it, in parts a query loads as it needs them:
 *
 * - the base (`/pagefind/lexicon.json`), which every query needs: the display spelling of
 *   every key and the function words;
 * - the form tables (`/pagefind/lexicon/<n>.json`): every form that reaches a key (the
 *   words, their other forms, the compounds, the related words, the expansions), cut by the first character
 *   of the form into FORM_TABLES files. A query loads only the tables of the characters it
 *   types, since a form can only be met where the query types its first character;
 * - the extra file (`/pagefind/lexicon-extra.json`), for a query of several words or with a
 *   word the tables do not read: the names of terms, the blocks, the topics, the predicates;
 * - the words (`/pagefind/lexicon-words/<n>.json`), for a query with a word the policies
 *   lack: the words' forms cut by their second character, since a slip in a word's first
 *   character (依託先, 人情報) still types its second (or, missing, types it first), and the
 *   homophones, by their first.
 */
export type LexiconBase = Pick<LexiconData, 'version' | 'keyWidth' | 'keys' | 'functionWords'> & {
  /** The keys (base-36) whose display spelling is not one of their forms; every other display is also a form of its key, which the tables leave out. */
  ownDisplays: string;
  build: BuildStamp;
};
/**
 * The build a part was cut from (buildStamp()): every part carries it, so that a page kept
 * open across a deploy, holding the old base, never reads the new build's parts (whose key
 * numbers mean other words) as its own.
 */
export type BuildStamp = string;
export type LexiconExtra = Pick<LexiconData, 'blocks' | 'topics' | 'predicates'> & { build: BuildStamp };
/** Forms of one first character: the words' (lines of `key=forms`), the other forms, the compounds, the related words and the expansions, as LexiconData writes them, and the names of the terms those stand for (a list, as the file is). */
export type LexiconTable = [words: string, inflections: string, compounds: string, related: string, expansions: string, termNames: string, guesses: string, build: BuildStamp];
/** Words' forms of one second character, as lines of `key=forms`, and the homophones, slips and words of their own of one first character (a list, as the file is). */
export type LexiconWords = [forms: string, homophones: string, slips: string, ownWords: string, build: BuildStamp];
/** What a query has loaded besides the base. */
export interface LexiconParts {
  extra?: LexiconExtra | undefined;
  tables?: readonly LexiconTable[] | undefined;
  words?: readonly LexiconWords[] | undefined;
}

/** How many files the form tables (and the words' files) are cut into: more, and a query loads less, in more requests (one per character it types; npm run bench:search: 64 → 256 took the first queries from 118.8–120.7 KB to 116.4–117.7 KB; with the sixth round's lexicon, 256 → 1024 from 118.7–120.1 KB to 118.5–119.7 KB). */
export const FORM_TABLES = 1024;
/** The form table a form is in, by its first character (a lookup form: never empty). */
export const formTableOf = (form: string): number => form.codePointAt(0)! % FORM_TABLES;
/** The words' file a word's form is in, by its second character (its first, for a form of one): a query loads the files of the characters it types, as it does the tables. */
export const wordFileOf = (form: string): number => formTableOf(Array.from(form)[1] ?? form);

/** Forms with the keys each reaches (all required), as lines of `keys=forms`: how the form tables write the words, their other forms and the compounds. */
export const formGroups = (entries: readonly (readonly [string, readonly number[]])[]): string => writeAlternativeGroups(new Map(entries.map(([form, keys]) => [form, [keys]])));
/** The words' forms, by key as LexiconData.forms lists them, as formGroups() writes them (less those `skip` leaves out). */
const wordGroups = (forms: readonly string[], skip: (form: string, key: number) => boolean = () => false) =>
  formGroups(forms.flatMap((list, key) => list.split(' ').filter((form) => form !== '' && !skip(form, key)).map((form): [string, number[]] => [form, [key]])));

/** A lexicon's stamp: its FNV-1a hash (32 bits, base-36), the same for the same lexicon, as the build is reproducible. */
export function buildStamp(data: LexiconData): BuildStamp {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(data)) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash.toString(36);
}

export function splitLexicon(data: LexiconData): { base: LexiconBase; extra: LexiconExtra; tables: LexiconTable[]; words: LexiconWords[] } {
  const build = buildStamp(data);
  const { version, keyWidth, keys, functionWords, expansions, forms, inflections, compounds, related, guesses, termNames, blocks, topics, predicates, homophones, slips, ownWords } = data;
  const displayIsForm = keys.map((display, key) => (forms[key] ?? '').split(' ').includes(lookupForm(display)));
  const cut = (text: string, by = formTableOf) => {
    const parts = Array.from({ length: FORM_TABLES }, () => new Map<string, number[][]>());
    for (const [form, alternatives] of readAlternativeGroups(text)) parts[by(form)]!.set(form, alternatives);
    return parts.map(writeAlternativeGroups);
  };
  const byWord = cut(wordGroups(forms, (form, key) => displayIsForm[key]! && form === lookupForm(keys[key]!)));
  // A table carries the names of the terms its related words and expansions stand for.
  const names = new Map(pairs(termNames));
  const namesOf = (...parts: string[]) => {
    const wanted = new Set(parts.flatMap((part) => [...readAlternativeGroups(part).values()].flat().map((keys) => keys.join(','))));
    return [...names].filter(([list]) => wanted.has(list)).map(([list, name]) => `${list}=${name}`).join(' ');
  };
  const [byInflection, byCompound, byRelated, byGuess, byExpansion, byHomophone, bySlip, byOwnWord] = [cut(inflections), cut(compounds), cut(related), cut(guesses), cut(expansions), cut(homophones), cut(slips), cut(ownWords)];
  return {
    base: { version, keyWidth, keys, ownDisplays: displayIsForm.flatMap((is, key) => (is ? [] : [key.toString(36)])).join(' '), functionWords, build },
    extra: { blocks, topics, predicates, build },
    tables: byWord.map((part, n): LexiconTable => [part, byInflection[n]!, byCompound[n]!, byRelated[n]!, byExpansion[n]!, namesOf(byRelated[n]!, byGuess[n]!, byExpansion[n]!), byGuess[n]!, build]),
    words: cut(wordGroups(forms), wordFileOf).map((part, n): LexiconWords => [part, byHomophone[n]!, bySlip[n]!, byOwnWord[n]!, build]),
  };
}

/** A lexicon in memory: lookup form → keys (all required; none for a function word). */
export interface LexiconMaps {
  keys: readonly string[];
  keyWidth: number;
  forms: Map<string, number[]>;
  /** Form → alternatives, each a list of keys all of which are required. */
  related: Map<string, number[][]>;
  /** The related forms that are the synonym dictionary's guesses, not the co-op's everyday words. */
  guesses: Set<string>;
  expansions: Map<string, number[][]>;
  /** `key,key` → the name of a term of several words. */
  termNames: Map<string, string>;
  /** By key, the blocks it occurs in (sorted); empty until the extra file is loaded. */
  blocks: number[][];
  /** The keys of the policies' topics; empty until the extra file is loaded. */
  topics: Set<number>;
  /** The keys of verbs and adjectives (the words with other forms: 求める, 古い); empty until the extra file is loaded. */
  predicates: Set<number>;
  /** Form → the words it sounds like (LexiconData.homophones); empty until the words are loaded. */
  homophones: Map<string, number[][]>;
  /** Form → the words it is a slip of (LexiconData.slips); empty until the words are loaded. */
  slips: Map<string, number[][]>;
  /** The words of their own (LexiconData.ownWords); empty until the words are loaded. */
  ownWords: Set<string>;
}

const pairs = (text: string) => text.split(' ').filter((entry) => entry !== '').map((entry) => {
  const at = entry.lastIndexOf('=');
  return [entry.slice(0, at), entry.slice(at + 1)] as [string, string];
});
const keyList = (text: string) => text.split(',').filter((key) => key !== '').map(Number);
const base36 = (text: string | undefined) => (text ?? '').split(/[ ,]/u).filter((id) => id !== '').map((id) => parseInt(id, 36));

/** Shared-prefix marks: a lookup form is case-folded, so an upper-case letter is never part of one. */
const SHARED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Sorted forms, each written as the number of characters it shares with the one before (an
 * upper-case letter: A for one) and the rest: カエッ Bラ Bリ Bル. The forms of one word share
 * their stem, and gzip alone does not take three-byte characters out as well (the lexicon's
 * related words: 7.0 → 5.5 KB gzip).
 */
export function frontCoded(forms: readonly string[]): string {
  let previous: string[] = [];
  return forms.map((form) => {
    const chars = Array.from(form);
    let shared = 0;
    while (shared < SHARED.length && shared < chars.length - 1 && chars[shared] === previous[shared]) shared += 1;
    previous = chars;
    return (shared > 0 ? SHARED[shared - 1]! : '') + chars.slice(shared).join('');
  }).join(' ');
}

export function frontDecoded(text: string): string[] {
  let previous: string[] = [];
  return text.split(' ').filter((entry) => entry !== '').map((entry) => {
    const shared = SHARED.indexOf(entry[0]!) + 1;
    previous = [...previous.slice(0, shared), ...Array.from(shared > 0 ? entry.slice(1) : entry)];
    return previous.join('');
  });
}

/** Form → alternatives as lines of `alternatives=forms`: the forms that stand for the same alternatives together, front-coded. */
export function writeAlternativeGroups(map: ReadonlyMap<string, readonly (readonly number[])[]>): string {
  const groups = new Map<string, string[]>();
  for (const [form, list] of map) {
    const alternatives = writeAlternatives(list);
    groups.set(alternatives, [...(groups.get(alternatives) ?? []), form]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([alternatives, forms]) => `${alternatives}=${frontCoded(forms.sort())}`).join('\n');
}

export function readAlternativeGroups(text: string): Map<string, number[][]> {
  const map = new Map<string, number[][]>();
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at < 0) continue;
    const alternatives = readAlternatives(line.slice(0, at));
    for (const form of frontDecoded(line.slice(at + 1))) map.set(form, alternatives);
  }
  return map;
}

/** `alternatives` written as the lexicon writes them: key lists joined by `|`. */
export function writeAlternatives(alternatives: readonly (readonly number[])[]): string {
  return alternatives.map((keys) => keys.join(',')).join('|');
}
export function readAlternatives(text: string): number[][] {
  return text.split('|').map(keyList).filter((keys) => keys.length > 0);
}

/**
 * The compact files as maps: the base with the parts a query has loaded (or the whole
 * lexicon, as the build makes it). Single words win over compounds, and function words over
 * nothing.
 */
export function readLexicon(data: LexiconBase | LexiconData, parts: LexiconParts = {}): LexiconMaps {
  // A page kept from before a deploy reads the files it was built with, or says it cannot.
  if (data.version !== LEXICON_VERSION) throw new Error(`lexicon version ${String(data.version)}, not ${LEXICON_VERSION}: reload the page`);
  const whole = 'forms' in data ? data : undefined;
  if (!('forms' in data)) {
    const stamps = [parts.extra?.build, ...(parts.tables ?? []).map((table) => table[7]), ...(parts.words ?? []).map((words) => words[4])];
    const other = stamps.find((stamp) => stamp !== undefined && stamp !== data.build);
    if (other !== undefined) throw new Error(`lexicon part of build ${String(other)}, not ${data.build}: reload the page`);
  }
  const tables: readonly LexiconTable[] = whole ? [[wordGroups(whole.forms), whole.inflections, whole.compounds, whole.related, whole.expansions, whole.termNames, whole.guesses, '']] : (parts.tables ?? []);
  const rest: Partial<Pick<LexiconData, 'blocks' | 'topics' | 'predicates'>> = whole ?? parts.extra ?? {};
  const keys = data.keys;
  const forms = new Map<string, number[]>();
  for (const form of data.functionWords.split(' ')) if (form !== '') forms.set(form, []);
  for (const [, , compounds] of tables) for (const [form, [list]] of readAlternativeGroups(compounds)) forms.set(form, list ?? []);
  for (const [, inflections] of tables) for (const [form, [list]] of readAlternativeGroups(inflections)) forms.set(form, list ?? []);
  for (const text of [...tables.map(([words]) => words), ...(parts.words ?? []).map(([words]) => words)]) {
    for (const [form, [list]] of readAlternativeGroups(text)) forms.set(form, list ?? []);
  }
  // A display spelling is a form of its key (the tables leave it out), unless the base says not.
  if (!whole) {
    const own = new Set(base36((data as LexiconBase).ownDisplays));
    keys.forEach((display, key) => {
      if (!own.has(key)) forms.set(lookupForm(display), [key]);
    });
  }
  return {
    keys,
    keyWidth: data.keyWidth,
    forms,
    related: new Map(tables.flatMap(([, , , related, , , guesses]) => [...readAlternativeGroups(related), ...readAlternativeGroups(guesses)])),
    guesses: new Set(tables.flatMap(([, , , , , , guesses]) => [...readAlternativeGroups(guesses).keys()])),
    expansions: new Map(tables.flatMap(([, , , , expansions]) => [...readAlternativeGroups(expansions)])),
    termNames: new Map(tables.flatMap(([, , , , , names]) => pairs(names))),
    // None before the extra file is loaded (query.ts tells the two apart by that).
    blocks: rest.blocks ? rest.blocks.split(' ').map((list) => {
      let at = 0;
      return base36(list).map((gap) => (at += gap));
    }) : [],
    topics: new Set(base36(rest.topics)),
    predicates: new Set(base36(rest.predicates)),
    homophones: new Map(whole ? readAlternativeGroups(whole.homophones) : (parts.words ?? []).flatMap(([, homophones]) => [...readAlternativeGroups(homophones)])),
    slips: new Map(whole ? readAlternativeGroups(whole.slips) : (parts.words ?? []).flatMap(([, , slips]) => [...readAlternativeGroups(slips)])),
    ownWords: new Set(whole ? readAlternativeGroups(whole.ownWords).keys() : (parts.words ?? []).flatMap(([, , , own]) => [...readAlternativeGroups(own).keys()])),
  };
}

/**
 * The word Pagefind indexes for key number `key`: `k` and `width` base-36 digits, the same
 * width for every key of a build. Fixed width makes keys prefix-free, so Pagefind's prefix
 * matching never lets one key reach another; the narrowest width that numbers every key
 * keeps the index small.
 */
export function keyWord(key: number, width: number): string {
  return `k${key.toString(36).padStart(width, '0')}`;
}

/** The width that numbers `keys` keys (at least 2). */
export function keyWidthFor(keys: number): number {
  let width = 2;
  while (36 ** width < keys) width += 1;
  return width;
}
