/**
 * Japanese search over the policies, shared by the index and the query so both sides
 * always agree (docs/search.md): folding of width and spelling variants, segmentation,
 * the extra forms indexed, query rewriting, clause ranking and highlighting. Pure: the
 * build's indexer (scripts/search-index.ts) and the search page's scripts call it.
 */
export { htmlForIndex } from './index-html.ts';
export { encodeForIndex, decodeIndexWord, type IndexWord } from './index-words.ts';
export { fold } from './fold.ts';
export { queryWords, pagefindTerm } from './query.ts';
export { adaptSearch, type PagefindApi, type PagefindResult, type PagefindResponse } from './adapter.ts';
export { resultView, withHighlight, type ExcerptPiece, type ResultView, type PagefindResultData } from './results.ts';
export { highlightRanges, type TextRange } from './highlight.ts';
