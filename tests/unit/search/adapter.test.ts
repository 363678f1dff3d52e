import { describe, expect, it } from 'vitest';
import { adaptSearch, type PagefindApi, type PagefindResponse, type PagefindResult } from '../../../src/lib/search/adapter.ts';
import { encodeForIndex } from '../../../src/lib/search/index-words.ts';
import type { PagefindResultData } from '../../../src/lib/search/results.ts';

/** A page of two sections for the fake index: its encoded words and the terms they answer. */
function page(id: string, sections: string[]): { id: string; words: string[]; anchors: PagefindResultData['anchors'] } {
  const words = encodeForIndex(id).split(' ');
  const anchors: PagefindResultData['anchors'] = [];
  sections.forEach((section, i) => {
    anchors.push({ id: `s${i}`, location: words.length, text: `見出し${i}`, title: `見出し${i}` });
    words.push(`見出し${i}.`, ...encodeForIndex(section).split(' '));
  });
  return { id, words, anchors };
}

/**
 * Pagefind's semantics in miniature: a page matches when it holds every term (as a word
 * prefix); terms no page holds are dropped. Like Pagefind, data() hands out one cached
 * object per page and overwrites its match locations on every call.
 */
function fakePagefind(pages: ReturnType<typeof page>[]) {
  const calls: string[] = [];
  const fragments = new Map<string, PagefindResultData>();
  const locate = (p: ReturnType<typeof page>, term: string) => p.words.flatMap((word, location) => (word.replace(/^\^/, '').startsWith(term) ? [location] : []));
  const api: PagefindApi = {
    async search(term: string): Promise<PagefindResponse> {
      calls.push(term);
      const terms = term.split(' ').filter((t) => pages.some((p) => locate(p, t).length > 0));
      const results: PagefindResult[] = pages
        .filter((p) => terms.length > 0 && terms.every((t) => locate(p, t).length > 0))
        .map((p, rank) => {
          const locations = [...new Set(terms.flatMap((t) => locate(p, t)))].sort((a, b) => a - b);
          return {
            id: p.id, score: 10 - rank, words: locations,
            data: async () => {
              const fragment = fragments.get(p.id) ?? { url: `/policies/${p.id}/`, content: p.words.join(' '), meta: { title: p.id }, anchors: p.anchors, weighted_locations: [] };
              fragments.set(p.id, fragment);
              fragment.weighted_locations = locations.map((location) => ({ weight: 1, balanced_score: 1, location }));
              return fragment;
            },
          };
        });
      return { results, filters: {}, totalFilters: {} };
    },
    filters: async () => ({}),
  };
  return { api, calls };
}

describe('adaptSearch', () => {
  it('hands Pagefind the index words, not the typed text', async () => {
    const { api, calls } = fakePagefind([page('a', ['問い合わせ窓口'])]);
    const response = await adaptSearch(api).search('問合わせ　窓口');
    expect(calls).toEqual(['問合せ 窓口']);
    expect(response.results.map((result) => result.id)).toEqual(['a']);
  });

  it('puts a page whose single clause holds every word before one where they are scattered', async () => {
    const scattered = page('scattered', ['個人情報の管理', '削除の方法', '個人情報の管理', '個人情報の管理']);
    const together = page('together', ['個人情報の削除']);
    const { api } = fakePagefind([scattered, together]);
    const response = await adaptSearch(api).search('個人情報を削除してほしい');
    expect(response.results.map((result) => result.id)).toEqual(['together', 'scattered']);
    expect(response.partialMatch).toBeUndefined();
  });

  it('when no page holds every word, shows the pages holding the most of them', async () => {
    const { api, calls } = fakePagefind([page('one', ['苦情の相談']), page('two', ['問合せ窓口']), page('three', ['苦情'])]);
    const response = await adaptSearch(api).search('苦情の相談窓口');
    expect(calls[0]).toBe('苦情 相談 窓口');
    expect(response.partialMatch).toBe(true);
    expect(response.results.map((result) => result.id)).toEqual(['one', 'two', 'three']);
    // The merged result carries the matches of every word it holds (Pagefind's shared fragment object notwithstanding).
    const one = await response.results[0]!.data();
    const words = one.content.split(' ');
    expect(one.weighted_locations.map((hit) => words[hit.location])).toEqual(['苦情', '相談']);
  });

  it('loads each result\'s data once, however often it is asked for', async () => {
    const { api } = fakePagefind([page('a', ['クッキー'])]);
    const response = await adaptSearch(api).search('クッキー');
    const first = response.results[0]!;
    expect(await first.data()).toBe(await first.data());
  });

  it('passes a query with no words through, and keeps the rest of the API', async () => {
    const { api, calls } = fakePagefind([page('a', ['クッキー'])]);
    const adapted = adaptSearch(api);
    await adapted.search('、');
    expect(calls).toEqual(['、']);
    expect(adapted.filters).toBe(api.filters);
  });
});
