/**
 * Sits between the search page (src/scripts/search-page.ts) and its Pagefind instance.
 * Every search:
 *
 * 1. is read through the lexicon (query.ts): what the reader typed stays in the search box
 *    and the summary, Pagefind sees the index keys of its words (`k0012 k003f`);
 * 2. finds nothing, and says which word, when a word names something the policies do not
 *    mention (no results built from the query's leftovers);
 * 3. searches a word that may be met in several ways (a related word: 渡す as 提供 or 開示)
 *    way by way, and keeps the pages that hold every word in one of its ways (Pagefind
 *    itself only finds pages with all of its terms);
 * 4. falls back, when no page holds every word, to pages holding some of them, most words
 *    first, labelled as partial;
 * 5. when nothing current matches, looks in the past revisions too, and says so;
 * 6. has its first results reordered: a page with one clause answering every word before a
 *    page where the words are scattered, then one whose clause's heading names them, and the
 *    current revision before a past one that answers as well (results.ts ranks the clauses).
 */
import { keyWord } from './keys.ts';
import { isSearchable, isSearched, planQuery, readOf, type Lexicon, type QueryPlan, type RomajiReader } from './query.ts';
import { bestClause, byClause, unitsHeld, type ClauseQuery, type PagefindResultData } from './results.ts';

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  filters?: Record<string, Record<string, number>>;
  totalFilters?: Record<string, Record<string, number>>;
  /** Set by the adapter when no page held every word and these hold only some. */
  partialMatch?: boolean;
}

/** What the adapter answers: Pagefind's response, the query as it was read, and what to tell the reader. */
export interface SearchOutcome extends PagefindResponse {
  plan: QueryPlan;
  /** What the results were ranked by, for drawing them (resultView()) the same way. */
  clauses: ClauseQuery;
  /** With the current revisions only: how many pages would match with 過去の版も含める. */
  pastOnly?: number;
  /** Set when the query was not searched: what it names is mostly not in the policies (isSearchable()). */
  refused?: true;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string[]>;
}

/** The part of Pagefind's instance API the search page uses. */
export interface PagefindApi {
  search(term: string, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  [other: string]: unknown;
}

/** How many characters of a query are read. */
export const MAX_QUERY = 200;

/** How many of the first results are read in full to rank their clauses. */
export const RERANKED_RESULTS = 8;

/**
 * A copy of a result's data as this search found it. Pagefind returns its cached fragment
 * object and overwrites its match locations on every later data() call for that page.
 */
async function snapshot(result: PagefindResult): Promise<PagefindResultData> {
  const data = await result.data();
  return { ...data, weighted_locations: [...data.weighted_locations] };
}

/** A result whose data is loaded once, however often the UI asks for it. */
function memoised(result: PagefindResult): PagefindResult {
  let loaded: Promise<PagefindResultData> | undefined;
  return { ...result, data: () => (loaded ??= snapshot(result)) };
}

const isPast = (data: PagefindResultData) => data.filters?.status?.includes('past') ?? false;

/**
 * Stable: among the first results, pages whose best clause answers the query better move up
 * (results.ts: more of its words, written as typed, in the heading, close together); of two
 * that answer alike, the current revision comes first. When only some of them hold all the
 * words (partial results), a word every one holds tells them apart from none, so it counts
 * only once the words that do have been weighed (ClauseQuery.telling).
 */
async function rankByClause(results: PagefindResult[], plan: QueryPlan, lexicon: Lexicon): Promise<{ results: PagefindResult[]; clauses: ClauseQuery }> {
  // The rarer a key in the policies' blocks, the more it tells (1 for a key of every block);
  // without the blocks (a query of one word), every key alike.
  const totalBlocks = lexicon.blocks.reduce((most, list) => Math.max(most, list.at(-1) ?? 0), 0) + 1;
  const rarity = lexicon.blocks.length === 0 ? undefined : (word: string) => Math.log(totalBlocks / (1 + (lexicon.blocks[parseInt(word.slice(1), 36)]?.length ?? 0))) + 1;
  const head = results.slice(0, RERANKED_RESULTS).map(memoised);
  const data = await Promise.all(head.map((result) => result.data()));
  const held = data.map((page) => unitsHeld(page, plan.units));
  const telling = plan.units.filter((_, u) => data.length < 2 || held.some((page) => !page[u]));
  const clauses: ClauseQuery = { terms: plan.terms, units: plan.units, telling: telling.length > 0 ? telling : plan.units, phrases: plan.phrases, ...(rarity ? { rarity } : {}) };
  const order = head.map((result, i) => ({ result, i, best: bestClause(data[i]!, clauses), past: isPast(data[i]!) ? 1 : 0 }));
  order.sort((a, b) => byClause(a.best, b.best) || a.past - b.past || a.i - b.i);
  return { results: [...order.map((entry) => entry.result), ...results.slice(RERANKED_RESULTS)], clauses };
}

/**
 * One result per page that matched any word (in any of its ways: `perWord[word][way]`),
 * with the matches of every word it holds; pages holding more of the words first.
 */
function mergeWordResults(perWord: PagefindResponse[][]): (PagefindResult & { held: number })[] {
  const byPage = new Map<string, { results: PagefindResult[]; words: Set<number>; score: number }>();
  perWord.forEach((ways, word) => {
    for (const response of ways) {
      for (const result of response.results) {
        const entry = byPage.get(result.id) ?? { results: [], words: new Set<number>(), score: 0 };
        entry.results.push(result);
        entry.words.add(word);
        entry.score += result.score;
        byPage.set(result.id, entry);
      }
    }
  });
  return [...byPage.values()]
    .sort((a, b) => b.words.size - a.words.size || b.score - a.score)
    .map(({ results, words, score }) => ({
      id: results[0]!.id,
      score,
      held: words.size,
      words: [...new Set(results.flatMap((result) => result.words))].sort((a, b) => a - b),
      data: async () => {
        // One after the other: each data() call overwrites the locations of the one before (see snapshot()).
        const found: PagefindResultData[] = [];
        for (const result of results) found.push(await snapshot(result));
        const byLocation = new Map(found.flatMap((data) => data.weighted_locations).map((hit) => [hit.location, hit]));
        return { ...found[0]!, weighted_locations: [...byLocation.values()].sort((a, b) => a.location - b.location) };
      },
    }));
}

type Adapted<T> = Omit<T, 'search'> & { search(query: string, options?: PagefindSearchOptions): Promise<SearchOutcome> };

/** What a query needs of the lexicon besides the base and the form tables of where its words may start (keys.ts). */
export interface LexiconNeeds {
  /** The extra file: a query of several words, or with a word the tables do not read beside others. */
  extra: boolean;
  /** The words' files of those characters: a query with a word that may be a slip (QueryPlan.wantsWords). */
  words: boolean;
}
/** Loads the lexicon a query needs: the base, the form tables (and words' files) of the characters of `read`, and what `needs` asks. */
export type LexiconLoader = (read: string, needs: LexiconNeeds) => Promise<Lexicon>;

/**
 * The query read through what it needs, each part loaded only when the reading so far asks
 * for it: through the form tables of where its words may start (readOf()); again with the
 * romaji reader (`romaji`), the extra file and the tables of the kana it spells, when it has
 * a Latin word the lexicon does not know; else again with the extra file when it is of
 * several words, or has a word the tables do not read beside others
 * (QueryPlan.wantsFullLexicon); again with the words' files when a word of it may be a slip
 * they read (QueryPlan.wantsWords); and again with the tables of the words it was corrected to.
 */
export async function readQuery(query: string, load: LexiconLoader, romaji?: () => Promise<RomajiReader>): Promise<{ plan: QueryPlan; loaded: Lexicon }> {
  const needs: LexiconNeeds = { extra: false, words: false };
  let read = readOf(query);
  let loaded = await load(read, needs);
  let plan = planQuery(loaded, query);
  let reader: RomajiReader | undefined;
  const again = async (next = plan.read) => {
    read = next;
    loaded = await load(read, needs);
    plan = planQuery(loaded, query, reader);
  };
  // A Latin word the policies do not write may be Japanese in romaji (kojin jouhou): read as
  // kana first, with the tables of the kana it spells (not those of its Latin letters).
  if (romaji && plan.wantsRomaji) {
    reader = await romaji();
    needs.extra = true;
    await again(readOf(query, loaded, reader));
  }
  if (plan.wantsFullLexicon && !needs.extra) {
    needs.extra = true;
    await again();
  }
  if (plan.wantsWords) {
    needs.words = true;
    await again();
  }
  // A word corrected to one filed under another character (解示: 開示, in the table of 開) is
  // read again with that table, where what the word also stands for is filed.
  if (Array.from(plan.read).some((char) => !read.includes(char))) await again(read + plan.read);
  return { plan, loaded };
}

/**
 * `lexicon` is the whole lexicon, or a loader of the parts a query needs (readQuery()).
 * `romaji`, when given, loads a reader of romaji, for a query with a Latin word the lexicon
 * does not know.
 */
export function adaptSearch<T extends PagefindApi>(pagefind: T, lexicon: Lexicon | Promise<Lexicon> | LexiconLoader, romaji?: () => Promise<RomajiReader>): Adapted<T> {
  const load: LexiconLoader = typeof lexicon === 'function' ? lexicon : () => Promise.resolve(lexicon);
  const read = (query: string) => readQuery(query, load, romaji);
  /** Pagefind's response for the plan; `scattered` when no page held two of its words together (the fallbacks below). */
  const find = async (plan: QueryPlan, options: PagefindSearchOptions, loaded: Lexicon): Promise<PagefindResponse & { scattered?: true }> => {
    const width = loaded.keyWidth;
    const words = plan.words.filter((word) => word.alternatives.length > 0 && isSearched(word));
    if (words.every((word) => word.alternatives.length === 1)) {
      const response = await pagefind.search(plan.terms.join(' '), options);
      if (response.results.length > 0 || words.length < 2) return response;
    }
    // Word by word, each in every one of its ways.
    const perWord = await Promise.all(words.map((word) => Promise.all(word.alternatives.map((keys) => pagefind.search(keys.map((key) => keyWord(key, width)).join(' '), options)))));
    const merged = mergeWordResults(perWord);
    const whole = merged.filter((result) => result.held === words.length);
    if (whole.length > 0) return { ...perWord[0]![0]!, results: whole };
    // Some of the words, but at least two of them together: one word alone answers another question.
    const results = merged.filter((result) => result.held >= 2);
    // (Past RERANKED_RESULTS pages holding one word each, none is told apart: nothing below.)
    if (results.length > 0 || merged.length > RERANKED_RESULTS) return { ...perWord[0]![0]!, results, partialMatch: results.length > 0 };
    // No page holds two (and few hold one, so their data are read): a page whose title names
    // one of them is about it, a partial match (マイナンバーの利用目的: マイナンバーについて).
    // Beside an everyday word or a word set aside or lacking, a word only in the text answers
    // another question (配達の曜日を変更したい is no question of 配達). Of the words titles name,
    // the one fewest pages hold: the thing asked about, not the frame every policy writes (利用目的).
    const names = words.map((word) => word.alternatives.map((keys) => keys.map((key) => loaded.keys[key] ?? '')));
    // By word, the pages holding it (in any of its ways).
    const holders = perWord.map((ways) => new Set(ways.flatMap((response) => response.results.map((result) => result.id))));
    const pages = holders.map((ids) => ids.size);
    const titled: { result: (typeof merged)[number]; pages: number }[] = [];
    for (const result of merged) {
      const title = (await result.data()).meta.title ?? '';
      const named = names.flatMap((ways, word) => (ways.some((spelled) => spelled.every((name) => name !== '' && title.includes(name))) ? [pages[word]!] : []));
      if (named.length > 0) titled.push({ result, pages: Math.min(...named) });
    }
    const fewest = Math.min(...titled.map((entry) => entry.pages));
    const about = titled.filter((entry) => entry.pages === fewest).map((entry) => entry.result);
    if (about.length > 0) return { ...perWord[0]![0]!, results: about, partialMatch: true, scattered: true };
    // Every word of the query is one of the policies' own, none written with another (苦情の窓口:
    // 苦情 in the basic policy, 窓口 in the notice): each page holding one answers part of it,
    // the pages of the word fewest pages hold first (the thing asked about, as above).
    const allPolicyWords = plan.words.every((word) => word.kind === 'found' || word.kind === 'corrected');
    if (!allPolicyWords || merged.length === 0) return { ...perWord[0]![0]!, results: [] };
    const rarest = (id: string) => Math.min(...holders.map((ids, word) => (ids.has(id) ? pages[word]! : Number.POSITIVE_INFINITY)));
    const byRarest = [...merged].sort((a, b) => rarest(a.id) - rarest(b.id));
    return { ...perWord[0]![0]!, results: byRarest, partialMatch: true, scattered: true };
  };
  const search = async (typed: string, options: PagefindSearchOptions = {}): Promise<SearchOutcome> => {
    // A question is a line: what is typed past MAX_QUERY characters is not read (a pasted
    // page would keep the phone's main thread busy for seconds).
    const query = Array.from(typed).slice(0, MAX_QUERY).join('');
    const { plan, loaded } = await read(query);
    const clauses: ClauseQuery = { terms: plan.terms, units: plan.units, phrases: plan.phrases };
    if (!isSearchable(plan, loaded)) return { results: [], plan, clauses, ...(plan.terms.length > 0 ? { refused: true as const } : {}) };
    const { scattered, ...response } = await find(plan, options, loaded);
    // Words the policies lack were left out: what is found holds only some of the query.
    if (plan.words.some((word) => word.kind === 'missing')) response.partialMatch = response.results.length > 0;
    // Nothing current, or only pages holding one word each: a past revision may hold the words
    // together, and the member is told so (and what is scattered now is left for the filter).
    if ((response.results.length === 0 || scattered) && (options.filters?.status ?? []).length > 0) {
      const { status: _current, ...others } = options.filters ?? {};
      const { scattered: pastScattered, ...pastResponse } = await find(plan, { ...options, filters: others }, loaded);
      if (response.results.length === 0) return { ...response, plan, clauses, ...(pastResponse.results.length > 0 ? { pastOnly: pastResponse.results.length } : {}) };
      if (!pastScattered && pastResponse.results.length > 0) return { ...response, results: [], partialMatch: false, plan, clauses, pastOnly: pastResponse.results.length };
    }
    return { ...response, plan, ...(await rankByClause(response.results, plan, loaded)) };
  };
  return { ...pagefind, search };
}
