import { beforeAll, describe, expect, it } from 'vitest';
import { adaptSearch, MAX_QUERY, type LexiconLoader, type PagefindApi, type PagefindResponse, type PagefindResult, type PagefindSearchOptions } from '../../../src/lib/search/adapter.ts';
import { decodeIndexWord, encodeForIndex } from '../../../src/lib/search/index-words.ts';
import type { SearchCorpus } from '../../../src/lib/search/lexicon.ts';
import { formTableOf, splitLexicon } from '../../../src/lib/search/keys.ts';
import { lookupForm } from '../../../src/lib/search/fold.ts';
import { loadLexicon, planQuery, type Lexicon } from '../../../src/lib/search/query.ts';
import type { PagefindResultData } from '../../../src/lib/search/results.ts';
import { testCorpus } from './corpus.ts';

let corpus: SearchCorpus;
let lexicon: Lexicon;
beforeAll(async () => ({ corpus, lexicon } = await testCorpus()));

interface FakePage { id: string; words: string[]; anchors: PagefindResultData['anchors']; status: string; title: string }

/** A page of sections for the fake index: its encoded words. */
function page(id: string, sections: string[], status = 'current', title = id): FakePage {
  const words = encodeForIndex(id, corpus).split(' ');
  const anchors: PagefindResultData['anchors'] = [];
  sections.forEach((section, i) => {
    anchors.push({ id: `s${i}`, location: words.length, text: `見出し${i}`, title: `見出し${i}` });
    words.push(`見出し${i}.`, ...encodeForIndex(section, corpus).split(' '));
  });
  return { id, words, anchors, status, title };
}

/**
 * Pagefind's semantics in miniature: a page matches when it holds every term (as a word
 * prefix); terms no page holds are dropped. Like Pagefind, data() hands out one cached
 * object per page and overwrites its match locations on every call.
 */
function fakePagefind(pages: FakePage[]) {
  const calls: string[] = [];
  const fragments = new Map<string, PagefindResultData>();
  const locate = (p: FakePage, term: string) => p.words.flatMap((word, location) => {
    const decoded = decodeIndexWord(word);
    return (decoded.kind === 'alias' ? decoded.form : decoded.kind === 'text' ? decoded.text.toLowerCase() : '').startsWith(term) ? [location] : [];
  });
  const api: PagefindApi = {
    async search(term: string, options: PagefindSearchOptions = {}): Promise<PagefindResponse> {
      calls.push(term);
      const status = options.filters?.status ?? [];
      const visible = pages.filter((p) => status.length === 0 || status.includes(p.status));
      const terms = term.split(' ').filter((t) => visible.some((p) => locate(p, t).length > 0));
      const results: PagefindResult[] = visible
        .filter((p) => terms.length > 0 && terms.every((t) => locate(p, t).length > 0))
        .map((p, rank) => {
          const locations = [...new Set(terms.flatMap((t) => locate(p, t)))].sort((a, b) => a - b);
          return {
            id: p.id, score: 10 - rank, words: locations,
            data: async () => {
              const fragment = fragments.get(p.id) ?? { url: `/policies/${p.id}/`, content: p.words.join(' '), meta: { title: p.title }, filters: { status: [p.status] }, anchors: p.anchors, weighted_locations: [] };
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

const CURRENT = { filters: { status: ['current'] } };

describe('adaptSearch', () => {
  it('hands Pagefind the index keys of the words, not the typed text', async () => {
    const { api, calls } = fakePagefind([page('a', ['問い合わせ窓口'])]);
    const response = await adaptSearch(api, lexicon).search('問合わせ　窓口');
    expect(calls).toEqual([planQuery(lexicon, '問合せ 窓口').terms.join(' ')]);
    expect(response.results.map((result) => result.id)).toEqual(['a']);
    expect(response.plan.words.map((word) => word.kind)).toEqual(['found', 'found']);
  });

  it('puts a page whose single clause holds every word before one where they are scattered', async () => {
    const scattered = page('scattered', ['個人情報の保管', 'クッキーの拒否', '個人情報の保管', '個人情報の保管']);
    const together = page('together', ['個人情報の拒否']);
    const { api } = fakePagefind([scattered, together]);
    const response = await adaptSearch(api, lexicon).search('個人情報を拒否してほしい');
    expect(response.results.map((result) => result.id)).toEqual(['together', 'scattered']);
    expect(response.partialMatch).toBeUndefined();
  });

  it('puts the current revision before a past one that answers as well', async () => {
    const { api } = fakePagefind([page('old', ['クッキーの拒否'], 'past'), page('new', ['クッキーの拒否'])]);
    const response = await adaptSearch(api, lexicon).search('クッキー 拒否');
    expect(response.results.map((result) => result.id)).toEqual(['new', 'old']);
  });

  it('when no page holds every word, shows the pages holding the most of them (two at least), as partial', async () => {
    const { api } = fakePagefind([page('one', ['クッキーの拒否']), page('two', ['問合せ窓口']), page('three', ['個人情報'])]);
    const response = await adaptSearch(api, lexicon).search('クッキーの拒否と窓口');
    expect(response.partialMatch).toBe(true);
    // One word alone answers another question: 'two' holds only 窓口.
    expect(response.results.map((result) => result.id)).toEqual(['one']);
    // The merged result carries the matches of every word it holds (Pagefind's shared fragment object notwithstanding).
    const first = await response.results[0]!.data();
    const words = first.content.split(' ').map(decodeIndexWord);
    expect(first.weighted_locations.map((hit) => words[hit.location]!.kind)).toEqual(['alias', 'alias']);
  });

  it('when no page holds two of the words and each is written in the policies, shows the pages holding one, as partial, the rarer word\'s first', async () => {
    const { api } = fakePagefind([page('two', ['問合せ窓口']), page('again', ['窓口は公表します']), page('one', ['クッキーの拒否']), page('three', ['個人情報'])]);
    const response = await adaptSearch(api, lexicon).search('窓口とクッキー');
    expect(response.partialMatch).toBe(true);
    // クッキー is on one page, 窓口 on two: the question is about クッキー.
    expect(response.results.map((result) => result.id)).toEqual(['one', 'two', 'again']);
  });

  it('says a past revision holds the words together when current pages hold them only apart', async () => {
    const { api } = fakePagefind([page('one', ['クッキーの拒否']), page('two', ['問合せ窓口']), page('old', ['クッキーの窓口'], 'past')]);
    const response = await adaptSearch(api, lexicon).search('クッキーの窓口', CURRENT);
    expect(response.results).toEqual([]);
    expect(response.pastOnly).toBe(1);
  });

  it('finds nothing when no page holds two of the words together and one only stands in for a word of the policies', async () => {
    const { api } = fakePagefind([page('one', ['ご本人であることを確認します']), page('two', ['問合せ窓口'])]);
    const response = await adaptSearch(api, lexicon).search('チェックの窓口');
    expect(response.plan.words.map((word) => word.kind)).toEqual(['related', 'found']);
    expect(response.results).toEqual([]);
  });

  it('when no page holds two of the words, shows the page whose title names the one fewest pages hold, as partial', async () => {
    const { api } = fakePagefind([
      page('cookie', ['クッキーの受け取り'], 'current', 'クッキーについて'),
      page('contact', ['問合せ窓口'], 'current', '窓口のご案内'),
      page('again', ['窓口は公表します'], 'current', '窓口の一覧'),
    ]);
    const response = await adaptSearch(api, lexicon).search('クッキーの窓口');
    expect(response.partialMatch).toBe(true);
    // 窓口 is named by two titles, クッキー by one: the query is about クッキー.
    expect(response.results.map((result) => result.id)).toEqual(['cookie']);
  });

  it('searches a word that stands for several terms as any one of them', async () => {
    const { api, calls } = fakePagefind([page('a', ['ご本人であることを確認します']), page('b', ['請求に対応します']), page('c', ['クッキー'])]);
    const response = await adaptSearch(api, lexicon).search('チェック');
    expect(response.plan.words[0]).toMatchObject({ kind: 'related', searchedAs: '確認・対応' });
    expect(response.results.map((result) => result.id).sort()).toEqual(['a', 'b']);
    // One search per way, not one that asks for both.
    expect(calls).toHaveLength(2);
  });

  it('ranks partial results first by the words that tell them apart', async () => {
    // Every page holds 個人情報; 'b' holds クッキー and 拒否 in one clause, 'a' apart, 'c' only 窓口 besides.
    const { api } = fakePagefind([
      page('a', ['個人情報とクッキー', '拒否']),
      page('b', ['個人情報', 'クッキーは拒否できます']),
      page('c', ['個人情報と窓口']),
    ]);
    const response = await adaptSearch(api, lexicon).search('個人情報のクッキーを拒否、窓口');
    expect(response.partialMatch).toBe(true);
    expect(response.clauses.telling).toHaveLength(3);
    expect(response.results.map((result) => result.id)).toEqual(['b', 'a', 'c']);
  });

  it('finds nothing, without asking Pagefind, when the query names a thing the policies lack', async () => {
    const { api, calls } = fakePagefind([page('a', ['個人情報の手続き'])]);
    const response = await adaptSearch(api, lexicon).search('退会の手続き');
    expect(response.results).toEqual([]);
    expect(calls).toEqual([]);
    expect(response.plan.words.find((word) => word.kind === 'missing')?.typed).toBe('退会');
  });

  it('says when nothing current matches but a past revision does', async () => {
    const { api } = fakePagefind([page('old', ['問合せ窓口'], 'past'), page('new', ['クッキー'])]);
    const response = await adaptSearch(api, lexicon).search('窓口', CURRENT);
    expect(response.results).toEqual([]);
    expect(response.pastOnly).toBe(1);
  });

  it('loads each result\'s data once, however often it is asked for', async () => {
    const { api } = fakePagefind([page('a', ['クッキー'])]);
    const response = await adaptSearch(api, lexicon).search('クッキー');
    const first = response.results[0]!;
    expect(await first.data()).toBe(await first.data());
  });

  it('loads the parts of the lexicon a query needs: its characters\' tables, the extra file for several words, the words for a missing one', async () => {
    const { base, extra, tables, words } = splitLexicon(JSON.parse(JSON.stringify(corpus.lexicon)));
    const asked: { tables: number[]; extra: boolean; words: boolean }[] = [];
    const loader: LexiconLoader = (read, needs) => {
      const needed = [...new Set(Array.from(read, formTableOf))].sort((a, b) => a - b);
      asked.push({ tables: needed, ...needs });
      return Promise.resolve(loadLexicon(base, { extra: needs.extra ? extra : undefined, tables: needed.map((n) => tables[n]!), words: needs.words ? words : undefined }));
    };
    const { api } = fakePagefind([page('a', ['利用者は、クッキーの受け取りを拒否できます。', 'ファイアウォール設置・コンピュータウイルス対策を講じます。'])]);
    const adapted = adaptSearch(api, loader);
    expect((await adapted.search('クッキー')).results.map((result) => result.id)).toEqual(['a']);
    expect(asked).toEqual([{ tables: [...new Set(Array.from(lookupForm('クッキー'), formTableOf))].sort((a, b) => a - b), extra: false, words: false }]);
    // クッキー and ファイアウォール are never written together: one word the policies lack,
    // judged with the extra file's blocks, then read with every word's forms (no slip).
    asked.length = 0;
    const loanword = await adapted.search('クッキーファイアウォール');
    expect(asked.map((each) => [each.extra, each.words])).toEqual([[false, false], [true, false], [true, true]]);
    expect(loanword.plan.words.map((word) => word.kind)).toEqual(['missing']);
    expect(loanword.results).toEqual([]);
  });

  it('reads the first MAX_QUERY characters of a query only', async () => {
    const { api } = fakePagefind([page('a', ['クッキー'])]);
    const outcome = await adaptSearch(api, lexicon).search('クッキー'.repeat(2000));
    expect(Array.from(outcome.plan.typed)).toHaveLength(MAX_QUERY);
    expect(outcome.results.map((result) => result.id)).toEqual(['a']);
  });

  it('searches nothing for a query with no words, and keeps the rest of the API', async () => {
    const { api, calls } = fakePagefind([page('a', ['クッキー'])]);
    const adapted = adaptSearch(api, Promise.resolve(lexicon));
    expect((await adapted.search('、')).results).toEqual([]);
    expect(calls).toEqual([]);
    expect(adapted.filters).toBe(api.filters);
  });
});
