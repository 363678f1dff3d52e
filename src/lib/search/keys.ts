/**
 * What the build hands the search page: the lexicon's shape, and how a key is written in
 * the index. Shared by lexicon.ts (build time) and query.ts (the browser).
 */

/** What the search page loads: `/pagefind/lexicon.json`. */
export interface LexiconData {
  version: 2;
  /** How many base-36 digits every key of this build is written with (keyWord()). */
  keyWidth: number;
  /** Display form of each key (its most frequent spelling in the policies), by key number. */
  keys: string[];
  /** By key number: the lookup forms (lookupForm(), so no spaces) that reach it, space-separated. */
  forms: string[];
  /** Noun compounds, space-separated `form=key,key`: all of the keys are required. (In the extra file.) */
  compounds: string;
  /** The corpus's function words and other words without a key, space-separated. */
  functionWords: string;
  /** Related words the policies do not use, space-separated `form=key,key`: offered, never silently used. (In the extra file.) */
  related: string;
}

/**
 * The lexicon as the build writes it: what every query needs (`/pagefind/lexicon.json`),
 * and what only a query with a word the core does not know needs, loaded then
 * (`/pagefind/lexicon-extra.json`): the compounds a correction may be one edit from, and
 * the related words.
 */
export type LexiconCore = Omit<LexiconData, 'compounds' | 'related'>;
export type LexiconExtra = Pick<LexiconData, 'compounds' | 'related'>;

export function splitLexicon(data: LexiconData): { core: LexiconCore; extra: LexiconExtra } {
  const { compounds, related, ...core } = data;
  return { core, extra: { compounds, related } };
}

/** A lexicon in memory: lookup form → keys (all required; none for a function word). */
export interface LexiconMaps {
  keys: readonly string[];
  keyWidth: number;
  forms: Map<string, number[]>;
  related: Map<string, number[]>;
}

const pairs = (text: string) => text.split(' ').filter((entry) => entry !== '').map((entry) => {
  const at = entry.lastIndexOf('=');
  return [entry.slice(0, at), entry.slice(at + 1).split(',').map(Number)] as [string, number[]];
});

/** The compact file as maps; single words win over compounds and function words over nothing. */
export function readLexicon(core: LexiconCore | LexiconData, extra?: LexiconExtra): LexiconMaps {
  const whole = core as Partial<LexiconData>;
  const data = { ...core, compounds: extra?.compounds ?? whole.compounds ?? '', related: extra?.related ?? whole.related ?? '' };
  const forms = new Map<string, number[]>();
  for (const form of data.functionWords.split(' ')) if (form !== '') forms.set(form, []);
  for (const [form, keys] of pairs(data.compounds)) forms.set(form, keys);
  data.forms.forEach((list, key) => {
    for (const form of list.split(' ')) if (form !== '') forms.set(form, [key]);
  });
  return { keys: data.keys, keyWidth: data.keyWidth, forms, related: new Map(pairs(data.related)) };
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
