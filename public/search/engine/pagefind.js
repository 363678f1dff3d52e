/**
 * The Pagefind module that the search page's Component UI loads (its bundle path is
 * /search/engine/): Pagefind itself, from /pagefind/, with each instance handed to the
 * page's `searchAdapter` option first. src/scripts/search-page.ts supplies that adapter,
 * which rewrites queries into the index's words and ranks clause matches first
 * (docs/search.md). Plain JavaScript in public/ because the path must be fixed.
 */
import * as pagefind from '/pagefind/pagefind.js';

export * from '/pagefind/pagefind.js';

export function createInstance(options = {}) {
  const { searchAdapter, ...pagefindOptions } = options;
  const instance = pagefind.createInstance(pagefindOptions);
  return typeof searchAdapter === 'function' ? searchAdapter(instance) : instance;
}
