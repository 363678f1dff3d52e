/**
 * What the build hands the search page: the lexicon's shape, and how a key is written in
 * the index. Shared by lexicon.ts (build time) and query.ts (the browser).
 */

/** What the search page loads: `/pagefind/lexicon.json`, and `/pagefind/lexicon-extra.json`. */
export interface LexiconData {
  version: 3;
  /** How many base-36 digits every key of this build is written with (keyWord()). */
  keyWidth: number;
  /** Display form of each key (its most frequent spelling in the policies), by key number; '' when it is the key's first form. */
  keys: string[];
  /** By key number: the lookup forms (lookupForm(), so no spaces) that reach it, space-separated. */
  forms: string[];
  /** The corpus's function words and other words without a key, space-separated. */
  functionWords: string;
  /**
   * Words the policies use that the co-op's everyday-words file also gives as a member's
   * word for a term (使う for 利用, 法律 for 法令): space-separated `form=alternatives`, each
   * searched as itself or as any one of its alternatives (alternatives()).
   */
  expansions: string;
  /** By key number: the other forms of a verb or adjective (求め, 受け取ら, 古く), space-separated. (In the extra file.) */
  inflections: string[];
  /** Noun compounds, space-separated `form=key,key`: all of the keys are required. (In the extra file.) */
  compounds: string;
  /**
   * Words the policies do not use, with the terms they may stand for: the everyday words of
   * the co-op's file and the related words of the synonym dictionary, every form of them
   * (渡す, 渡し, 渡さ …), space-separated `form=alternatives`. Searched as any one of the
   * alternatives, and the page says so. (In the extra file.)
   */
  related: string;
  /** Names of alternatives that are a term of several words (第三者への開示), space-separated `key,key=name`. (In the extra file.) */
  termNames: string;
  /**
   * By key number: the blocks of the policies (paragraphs, headings, list items) it occurs
   * in, base-36 numbers, comma-separated: what the other words of a query are checked
   * against before one kanji of a two-kanji word is taken for a slip. (In the extra file.)
   */
  blocks: string[];
  /** The keys of the nouns the policies' headings and titles name, base-36, space-separated. (In the extra file.) */
  topics: string;
}

/**
 * The lexicon as the build writes it: what every query needs (`/pagefind/lexicon.json`),
 * and what only a query with a word the core does not know needs, loaded then
 * (`/pagefind/lexicon-extra.json`): the other forms of verbs, the compounds a correction may
 * be one edit from, the related words, the blocks and the topics.
 */
export type LexiconCore = Omit<LexiconData, 'inflections' | 'compounds' | 'related' | 'termNames' | 'blocks' | 'topics'>;
export type LexiconExtra = Pick<LexiconData, 'inflections' | 'compounds' | 'related' | 'termNames' | 'blocks' | 'topics'>;

export function splitLexicon(data: LexiconData): { core: LexiconCore; extra: LexiconExtra } {
  const { inflections, compounds, related, termNames, blocks, topics, ...core } = data;
  return { core, extra: { inflections, compounds, related, termNames, blocks, topics } };
}

/** A lexicon in memory: lookup form → keys (all required; none for a function word). */
export interface LexiconMaps {
  keys: readonly string[];
  keyWidth: number;
  forms: Map<string, number[]>;
  /** Form → alternatives, each a list of keys all of which are required. */
  related: Map<string, number[][]>;
  expansions: Map<string, number[][]>;
  /** `key,key` → the name of a term of several words. */
  termNames: Map<string, string>;
  /** By key, the blocks it occurs in (sorted); empty until the extra file is loaded. */
  blocks: number[][];
  /** The keys of the policies' topics; empty until the extra file is loaded. */
  topics: Set<number>;
}

const pairs = (text: string) => text.split(' ').filter((entry) => entry !== '').map((entry) => {
  const at = entry.lastIndexOf('=');
  return [entry.slice(0, at), entry.slice(at + 1)] as [string, string];
});
const keyList = (text: string) => text.split(',').filter((key) => key !== '').map(Number);

/** `alternatives` written as the lexicon writes them: key lists joined by `|`. */
export function writeAlternatives(alternatives: readonly (readonly number[])[]): string {
  return alternatives.map((keys) => keys.join(',')).join('|');
}
export function readAlternatives(text: string): number[][] {
  return text.split('|').map(keyList).filter((keys) => keys.length > 0);
}

/** The compact file as maps; single words win over compounds and function words over nothing. */
export function readLexicon(core: LexiconCore | LexiconData, extra?: LexiconExtra): LexiconMaps {
  const whole = core as Partial<LexiconData>;
  const data = {
    ...core,
    inflections: extra?.inflections ?? whole.inflections ?? [],
    compounds: extra?.compounds ?? whole.compounds ?? '',
    related: extra?.related ?? whole.related ?? '',
    termNames: extra?.termNames ?? whole.termNames ?? '',
    blocks: extra?.blocks ?? whole.blocks ?? [],
    topics: extra?.topics ?? whole.topics ?? '',
  };
  const forms = new Map<string, number[]>();
  for (const form of data.functionWords.split(' ')) if (form !== '') forms.set(form, []);
  for (const [form, keys] of pairs(data.compounds)) forms.set(form, keyList(keys));
  for (const lists of [data.inflections, data.forms]) {
    lists.forEach((list, key) => {
      for (const form of list.split(' ')) if (form !== '') forms.set(form, [key]);
    });
  }
  const alternativesOf = (text: string) => new Map(pairs(text).map(([form, list]) => [form, readAlternatives(list)]));
  return {
    keys: data.keys.map((display, key) => display || (data.forms[key] ?? '').split(' ')[0]!),
    keyWidth: data.keyWidth,
    forms,
    related: alternativesOf(data.related),
    expansions: alternativesOf(data.expansions),
    termNames: new Map(pairs(data.termNames).map(([keys, name]) => [keys, name])),
    blocks: data.blocks.map((list) => list.split(',').filter((id) => id !== '').map((id) => parseInt(id, 36))),
    topics: new Set(data.topics.split(' ').filter((id) => id !== '').map((id) => parseInt(id, 36))),
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
