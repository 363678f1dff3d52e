/**
 * Sits between the search page (src/scripts/search-page.ts) and its Pagefind instance.
 * Every search:
 *
 * 1. is read through the lexicon (query.ts): what the reader typed stays in the search box
 *    and the summary, Pagefind sees the index keys of its words (`k0012 k003f`);
 * 2. finds nothing, and says which word, when a word names something the policies do not
 *    mention (no results built from the query's leftovers);
 * 3. falls back, when no page holds every word, to pages holding some of them, most words
 *    first (Pagefind itself only finds pages with all of them), labelled as partial;
 * 4. when nothing current matches, looks in the past revisions too, and says so;
 * 5. has its first results reordered: a page with one clause answering every word before a
 *    page where the words are scattered, then one whose clause's heading names them, and the
 *    current revision before a past one that answers as well (results.ts ranks the clauses).
 */
import { keyWord } from './keys.ts';
import { isSearchable, planQuery, type Lexicon, type QueryPlan } from './query.ts';
import { bestClause, type PagefindResultData } from './results.ts';

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
  /** With the current revisions only: how many pages would match with 過去の版も含める. */
  pastOnly?: number;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string[]>;
}

/** The part of Pagefind's instance API the search page uses. */
export interface PagefindApi {
  search(term: string, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  [other: string]: unknown;
}

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
 * Stable: among the first results, pages with a clause holding more of the query's words
 * move up; of two that answer alike, the current revision comes first.
 */
async function rankByClause(results: PagefindResult[], terms: readonly string[]): Promise<PagefindResult[]> {
  const head = results.slice(0, RERANKED_RESULTS).map(memoised);
  const data = await Promise.all(head.map((result) => result.data()));
  const order = head.map((result, i) => ({ result, i, ...bestClause(data[i]!, terms), past: isPast(data[i]!) ? 1 : 0 }));
  order.sort((a, b) => b.coverage - a.coverage || b.headingCoverage - a.headingCoverage || a.past - b.past || a.i - b.i);
  return [...order.map((entry) => entry.result), ...results.slice(RERANKED_RESULTS)];
}

/** One result per page that matched any single word, with the matches of every word it holds. */
function mergeWordResults(perWord: PagefindResponse[]): PagefindResult[] {
  const byPage = new Map<string, { results: PagefindResult[]; score: number }>();
  for (const response of perWord) {
    for (const result of response.results) {
      const entry = byPage.get(result.id) ?? { results: [], score: 0 };
      entry.results.push(result);
      entry.score += result.score;
      byPage.set(result.id, entry);
    }
  }
  return [...byPage.values()]
    .sort((a, b) => b.results.length - a.results.length || b.score - a.score)
    .map(({ results, score }) => ({
      id: results[0]!.id,
      score,
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

/**
 * `lexicon` is the core lexicon; `fullLexicon`, when given, loads the core with its extra
 * file, which a query is read through again when the core left a word of it unknown.
 */
export function adaptSearch<T extends PagefindApi>(pagefind: T, lexicon: Lexicon | Promise<Lexicon>, fullLexicon?: () => Promise<Lexicon>): Adapted<T> {
  const find = async (plan: QueryPlan, options: PagefindSearchOptions, width: number): Promise<PagefindResponse> => {
    const response = await pagefind.search(plan.terms.join(' '), options);
    const words = plan.words.filter((word) => word.keys.length > 0 && word.kind !== 'missing' && word.kind !== 'set-aside');
    if (response.results.length > 0 || words.length < 2) return response;
    const perWord = await Promise.all(words.map((word) => pagefind.search(word.keys.map((key) => keyWord(key, width)).join(' '), options)));
    const results = mergeWordResults(perWord);
    return { ...perWord[0]!, results, partialMatch: results.length > 0 };
  };
  const search = async (query: string, options: PagefindSearchOptions = {}): Promise<SearchOutcome> => {
    let loaded = await lexicon;
    let plan = planQuery(loaded, query);
    if (fullLexicon && plan.words.some((word) => word.kind !== 'found')) {
      loaded = await fullLexicon();
      plan = planQuery(loaded, query);
    }
    if (!isSearchable(plan, loaded)) return { results: [], plan };
    const response = await find(plan, options, loaded.keyWidth);
    // Words the policies lack were left out: what is found holds only some of the query.
    if (plan.words.some((word) => word.kind === 'missing')) response.partialMatch = response.results.length > 0;
    if (response.results.length === 0 && (options.filters?.status ?? []).length > 0) {
      const { status: _current, ...others } = options.filters ?? {};
      const past = await find(plan, { ...options, filters: others }, loaded.keyWidth);
      return { ...response, plan, ...(past.results.length > 0 ? { pastOnly: past.results.length } : {}) };
    }
    return { ...response, plan, results: await rankByClause(response.results, plan.terms) };
  };
  return { ...pagefind, search };
}
