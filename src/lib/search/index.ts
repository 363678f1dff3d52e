/**
 * Japanese search over the policies (docs/search.md). At build time, the indexer
 * (scripts/search-index.ts) hands this folder an analyser and the synonym dictionary:
 * buildSearchCorpus() makes the index keys and the lexicon, encodeForIndex() and
 * htmlForIndex() the pages Pagefind indexes. In the browser, the search page reads queries
 * through the lexicon (planQuery), searches through the adapter and draws resultView();
 * the policy pages mark the searched words (highlightRanges). Pure: no analyser, no I/O.
 */
export { htmlForIndex } from './index-html.ts';
export { encodeForIndex, decodeIndexWord, type IndexWord } from './index-words.ts';
export { buildSearchCorpus, keyWord, type EverydaySet, type LexiconData, type SearchCorpus } from './lexicon.ts';
export { FORM_TABLES, LEXICON_VERSION, formTableOf, splitLexicon, wordFileOf, type LexiconBase, type LexiconExtra, type LexiconParts, type LexiconTable, type LexiconWords } from './keys.ts';
export type { Analyser, Token } from './tokens.ts';
export type { KanjiDictionary } from './homophones.ts';
export type { SudachiSynonymGroup, SynonymSet } from './synonyms.ts';
export { fold, lookupForm } from './fold.ts';
export { loadLexicon, planQuery, isSearchable, type Lexicon, type Phrase, type QueryPlan, type QueryWord, type RomajiReader } from './query.ts';
export { adaptSearch, type LexiconLoader, type LexiconNeeds, type PagefindApi, type PagefindResult, type PagefindResponse, type SearchOutcome } from './adapter.ts';
export { resultView, withHighlight, type ClauseQuery, type ClauseUnits, type ExcerptPiece, type ResultView, type PagefindResultData } from './results.ts';
export { highlightRanges, type TextRange } from './highlight.ts';
