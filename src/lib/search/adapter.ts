/**
 * Sits between the search page (src/scripts/search-page.ts) and its Pagefind instance.
 * Every search:
 *
 * 1. is rewritten into the index's words (query.ts): what the reader typed stays in the
 *    search box and the summary, Pagefind sees `個人 情報 取扱 問合せ`;
 * 2. falls back, when no page holds every word, to pages holding some of them, most
 *    words first (Pagefind itself only finds pages with all of them);
 * 3. has its first results reordered so that a page with one clause answering every word
 *    comes before a page where the words are scattered (results.ts ranks the clauses).
 */
import { pagefindTerm, queryWords } from './query.ts';
import { bestClauseCoverage, type PagefindResultData } from './results.ts';

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

export interface PagefindSearchOptions {
  filters?: Record<string, string[]>;
}

/** The part of Pagefind's instance API the search page uses. */
export interface PagefindApi {
  search(term: string, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  [other: string]: unknown;
}

/** How many of the first results are read in full to rank their clauses. */
export const RERANKED_RESULTS = 5;

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

/** Stable: among the first results, pages with a clause holding more of the query's words move up. */
async function rankByClause(results: PagefindResult[], query: string): Promise<PagefindResult[]> {
  const head = results.slice(0, RERANKED_RESULTS).map(memoised);
  const coverage = await Promise.all(head.map(async (result) => bestClauseCoverage(await result.data(), query)));
  const order = head.map((result, i) => ({ result, i, coverage: coverage[i]! }));
  order.sort((a, b) => b.coverage - a.coverage || a.i - b.i);
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

export function adaptSearch<T extends PagefindApi>(pagefind: T): T {
  const search = async (query: string, options: PagefindSearchOptions = {}): Promise<PagefindResponse> => {
    const term = pagefindTerm(query);
    if (term === '') return pagefind.search(query, options);
    const response = await pagefind.search(term, options);
    const words = queryWords(query);
    if (response.results.length > 0 || words.length < 2) {
      return { ...response, results: await rankByClause(response.results, query) };
    }
    const perWord = await Promise.all(words.map((word) => pagefind.search(word, options)));
    const results = mergeWordResults(perWord);
    return { ...perWord[0]!, results: await rankByClause(results, query), partialMatch: results.length > 0 };
  };
  return { ...pagefind, search };
}
