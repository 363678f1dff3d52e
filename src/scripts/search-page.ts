/**
 * The search page (/search/): the page's plain form, turned into search as you type over
 * Pagefind's JS API, through the adapter (src/lib/search/adapter.ts), which reads the query
 * through the build's lexicon, and our result layout. The address bar always holds the
 * current search, so that it can be shared: /search/?q=クッキー&past=1&policy=…  (a ?q= on
 * arrival runs that search). The page says whenever it searched something other than what
 * was typed: a corrected word, a related word, a word set aside, a word the policies lack.
 */
import { adaptSearch, FORM_TABLES, formTableOf, loadLexicon, resultView, type ClauseQuery, type ExcerptPiece, type Lexicon, type LexiconBase, type LexiconExtra, type LexiconLoader, type LexiconTable, type LexiconWords, type PagefindApi, type PagefindResult, type ResultView, type RomajiReader, type SearchOutcome } from '../lib/search/index.ts';

/** Pagefind's own module, written by the build beside its index: loaded from there, never bundled. */
const PAGEFIND_MODULE = '/pagefind/pagefind.js';
/** The lexicon the build writes beside the index (scripts/search-index.ts), in parts. */
const LEXICON = '/pagefind/lexicon.json';
const LEXICON_EXTRA = '/pagefind/lexicon-extra.json';
/** The words' files, `<n>.json` (wordFileOf()). */
const LEXICON_WORDS = '/pagefind/lexicon-words/';
/** The form tables, `<n>.json` (formTableOf()). */
const LEXICON_TABLES = '/pagefind/lexicon/';
/** The romaji reader the build writes beside the index (src/lib/search/romaji.ts), for a query typed in romaji. */
const ROMAJI_MODULE = '/pagefind/romaji.js';

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}
/**
 * A failed search: on the site, a page kept from before a deploy, or a dropped connection,
 * which a reload mends; in `npm run dev`, an index missing or older than the page
 * (src/integrations/dev-search-index.ts), which only a build mends.
 */
const SEARCH_FAILED = import.meta.env.DEV
  ? '検索できませんでした。検索の索引がないか、形式が合っていない可能性があります。ターミナルで npm run build を実行してから、このページを読み込み直してください。'
  : '検索できませんでした。ページを読み込み直してください。';
const CURRENT_ONLY = ['current'];
const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 200;

function element<K extends keyof HTMLElementTagNameMap>(name: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(name);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The excerpt as text and <mark> nodes: the policy text never passes through innerHTML. */
function excerptParagraph(pieces: ExcerptPiece[]): HTMLParagraphElement {
  const paragraph = element('p', 'search-result__excerpt');
  for (const piece of pieces) paragraph.append(piece.marked ? element('mark', '', piece.text) : document.createTextNode(piece.text));
  return paragraph;
}

function resultElement(view: ResultView): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('p', 'search-result__title');
  const titleLink = element('a', 'search-result__link', view.title);
  titleLink.href = view.url;
  heading.append(titleLink);
  if (view.pastRevision) heading.append(' ', element('span', 'search-result__revision', view.pastRevision.label));
  item.append(heading);

  const sections = element('ul', 'search-result__sections');
  view.sections.forEach((section, i) => {
    const entry = element('li', 'search-result__section');
    if (section.isPageTop) {
      // The top of the page is reached by the title link; the excerpt says what matched there.
      if (i === 0) titleLink.dataset.landing = '';
      entry.append(excerptParagraph(section.excerpt));
    } else {
      const link = element('a', 'search-result__section-link', section.title);
      link.href = section.url;
      if (i === 0) link.dataset.landing = '';
      entry.append(link, excerptParagraph(section.excerpt));
    }
    sections.append(entry);
  });
  item.append(sections);
  return item;
}

/** The search as an address: q, and the filters when they are not the defaults. */
function searchUrl(term: string, filters: Record<string, string[]>): string {
  const params = new URLSearchParams();
  if (term.trim() !== '') params.set('q', term);
  if ((filters.status ?? []).length === 0) params.set('past', '1');
  for (const policy of filters.policy ?? []) params.append('policy', policy);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

async function loadPagefind() {
  // Through a variable, so that the bundler leaves the import to the browser.
  const modulePath = PAGEFIND_MODULE;
  // The lexicon comes in parts (src/lib/search/keys.ts), each fetched once, when a query
  // first needs it. A query is read through exactly the parts it needs (the tables of its own
  // characters), so that it reads the same whatever was searched before.
  // A failed fetch is forgotten, so that the next query asks again.
  const once = <T>(url: string) => {
    let loaded: Promise<T> | undefined;
    return () => (loaded ??= fetchJson<T>(url).catch((error: unknown) => {
      loaded = undefined;
      throw error;
    }));
  };
  const base = once<LexiconBase>(LEXICON);
  // Asked for at once, beside Pagefind (the page preloads it); a failure shows on the first search.
  base().catch(() => undefined);
  const extra = once<LexiconExtra>(LEXICON_EXTRA);
  const tables = Array.from({ length: FORM_TABLES }, (_, n) => once<LexiconTable>(`${LEXICON_TABLES}${n}.json`));
  const words = Array.from({ length: FORM_TABLES }, (_, n) => once<LexiconWords>(`${LEXICON_WORDS}${n}.json`));
  const lexicons = new Map<string, Promise<Lexicon>>();
  const lexiconFor: LexiconLoader = (read, needs) => {
    const needed = [...new Set(Array.from(read, formTableOf))].sort((a, b) => a - b);
    const id = `${needed.join(',')}|${needs.extra ? 'e' : ''}${needs.words ? 'w' : ''}`;
    if (!lexicons.has(id)) {
      if (lexicons.size > 20) lexicons.clear();
      // A character's words' file is numbered as its table is (wordFileOf() of a form is formTableOf() of its second character).
      lexicons.set(id, Promise.all([base(), needs.extra ? extra() : undefined, Promise.all(needed.map((n) => tables[n]!())), needs.words ? Promise.all(needed.map((n) => words[n]!())) : undefined])
        .then(([data, rest, loaded, all]) => loadLexicon(data, { extra: rest, tables: loaded, words: all }))
        .catch((error: unknown) => {
          lexicons.delete(id);
          throw error;
        }));
    }
    return lexicons.get(id)!;
  };
  const pagefind = (await import(/* @vite-ignore */ modulePath)) as { createInstance(options: Record<string, unknown>): PagefindApi };
  return adaptSearch(pagefind.createInstance({
    // Titles already weigh more as the page's <h1>; Pagefind's title-metadata boost would
    // match only titles that begin with the query, since the metadata is not cut into words.
    ranking: { metaWeights: { title: 0 } },
    // Pagefind searches on the main thread: its worker script (12 KB gzip) would take the
    // first query past its budget, and this index is small enough to search in a few ms.
    noWorker: true,
  }), lexiconFor, () => {
    const romajiPath = ROMAJI_MODULE;
    return (import(/* @vite-ignore */ romajiPath) as Promise<{ romajiReader: RomajiReader }>).then((module) => module.romajiReader);
  });
}

/** A link that searches `term` on this page (with the filters as they are, or with past revisions on). */
function searchLink(text: string, term: string, onClick: () => void): HTMLAnchorElement {
  const link = element('a', 'search__suggestion', text);
  const params = new URLSearchParams(location.search);
  params.set('q', term);
  link.href = `${location.pathname}?${params.toString()}`;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    onClick();
  });
  return link;
}

/**
 * What the reader should know about how the query was read: the words corrected or
 * replaced (「…」の検索結果を表示しています), set aside, or missing from the policies, with
 * the spellings it may have meant (もしかして) and the other ways on.
 */
function explain(outcome: SearchOutcome, run: (term: string, past?: boolean) => void): Node[] {
  const { plan } = outcome;
  const nodes: Node[] = [];
  const line = (...parts: (string | Node)[]) => {
    const paragraph = element('p', 'search__help-line');
    paragraph.append(...parts);
    nodes.push(paragraph);
    return paragraph;
  };
  // A query refused (isSearchable) names the words the policies lack, verbs set aside with them.
  const lacking = plan.words.filter((word) => word.kind === 'missing' || (outcome.refused === true && word.kind === 'set-aside' && word.predicate === true));
  const missing = outcome.refused ? lacking : lacking.filter((word) => word.kind === 'missing');
  const searched = plan.words.filter((word) => word.kind === 'found' || word.kind === 'corrected' || word.kind === 'related');
  if (missing.length > 0 && outcome.results.length > 0) {
    line(`${missing.map((word) => `「${word.typed}」`).join('')}はポリシーの本文に出てこない言葉のため、除いて検索しました。`);
  } else if (missing.length > 0) {
    line(`${missing.map((word) => `「${word.typed}」`).join('')}は、ポリシーの本文に出てこない言葉です。`);
    const suggestions = [...new Set(missing.flatMap((word) => word.suggestions ?? []))];
    if (suggestions.length > 0) {
      const guess = line('もしかして: ');
      suggestions.forEach((suggestion, i) => {
        const term = plan.words.map((word) => (word.kind === 'missing' && word.suggestions?.[0] === suggestion ? suggestion : word.typed)).join(' ');
        guess.append(...(i > 0 ? ['、'] : []), searchLink(suggestion, term, () => run(term)));
      });
    }
    // The words the policies have, each on its own: together they may not answer anything.
    if (searched.length === 1) {
      const term = searched[0]!.typed;
      line(searchLink(`「${term}」だけで検索する`, term, () => run(term)));
    } else if (searched.length > 1) {
      const links = line('本文にある言葉だけで検索する: ');
      searched.forEach((word, i) => links.append(...(i > 0 ? ['、'] : []), searchLink(word.typed, word.typed, () => run(word.typed))));
    }
  }
  if (plan.asKana && searched.length > 0) line(`ローマ字を「${plan.asKana}」と読んで検索しました。`);
  if (missing.length === 0 || outcome.results.length > 0) {
    for (const word of plan.words) {
      if (word.kind === 'corrected') line(`「${word.typed}」は本文にないため、「${word.searchedAs ?? ''}」として検索しました。`);
      if (word.kind === 'related') line(`「${word.typed}」は本文にないため、近い意味の「${word.searchedAs ?? ''}」で検索しました。`);
      if (word.kind === 'found' && word.alsoAs) line(`「${word.typed}」は、近い意味の「${word.alsoAs}」も含めて検索しました。`);
    }
    const setAside = plan.words.filter((word) => word.kind === 'set-aside');
    if (setAside.length > 0 && searched.length > 0) line(`${setAside.map((word) => `「${word.typed}」`).join('')}は本文にない言葉のため、除いて検索しました。`);
    if (outcome.pastOnly) {
      line(`現在の版には見つかりませんでしたが、過去の版に ${outcome.pastOnly} 件あります。`, searchLink('過去の版も含めて検索する', plan.typed, () => run(plan.typed, true)));
    }
  }
  if (outcome.results.length === 0 && !outcome.pastOnly) {
    const list = element('a', 'search__suggestion', 'ポリシーの一覧');
    list.href = '/';
    line('ほかの言い方で検索するか、', list, 'から読んでください。');
  }
  return nodes;
}

function start(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const includePast = document.querySelector<HTMLInputElement>('#search-include-past');
  const policySelect = document.querySelector<HTMLSelectElement>('#search-policy');
  const summary = document.querySelector<HTMLElement>('#search-summary');
  const partial = document.querySelector<HTMLElement>('#search-partial');
  const help = document.querySelector<HTMLElement>('#search-help');
  const list = document.querySelector<HTMLUListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  if (!form || !input || !includePast || !policySelect || !summary || !partial || !help || !list || !more) return;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  includePast.checked = params.get('past') === '1';
  const policy = params.get('policy') ?? '';
  if ([...policySelect.options].some((option) => option.value === policy)) policySelect.value = policy;

  const engine = loadPagefind();
  const filters = (): Record<string, string[]> => ({
    status: includePast.checked ? [] : CURRENT_ONLY,
    policy: policySelect.value ? [policySelect.value] : [],
  });
  /** Each search supersedes the ones before it: a slower earlier answer is never drawn. */
  let latest = 0;
  let shown: { clauses: ClauseQuery; results: PagefindResult[]; count: number } = { clauses: { terms: [], units: [] }, results: [], count: 0 };

  async function drawMore(searchId: number): Promise<HTMLLIElement[]> {
    const next = shown.results.slice(shown.count, shown.count + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    const items: HTMLLIElement[] = [];
    for (const page of data) {
      if (searchId !== latest) return items;
      const item = resultElement(resultView(page, shown.clauses));
      list!.append(item);
      items.push(item);
      shown.count += 1;
      // One result per task: the page can paint and answer the reader between them.
      await new Promise((resolve) => setTimeout(resolve));
    }
    more!.hidden = shown.count >= shown.results.length;
    return items;
  }

  async function search(): Promise<void> {
    const term = input!.value;
    const searchFilters = filters();
    history.replaceState(history.state, '', searchUrl(term, searchFilters));
    const searchId = ++latest;
    if (term.trim() === '') {
      shown = { clauses: { terms: [], units: [] }, results: [], count: 0 };
      list!.replaceChildren();
      summary!.textContent = '';
      partial!.hidden = true;
      help!.hidden = true;
      more!.hidden = true;
      return;
    }
    list!.setAttribute('aria-busy', 'true');
    summary!.textContent = '検索しています…';
    try {
      const response = await (await engine).search(term, { filters: searchFilters });
      if (searchId !== latest) return;
      shown = { clauses: response.clauses, results: response.results, count: 0 };
      list!.replaceChildren();
      await drawMore(searchId);
      if (searchId !== latest) return;
      const searchedAs = response.plan.searchedAs;
      summary!.textContent = response.results.length === 0
        ? `「${term}」は見つかりませんでした。`
        : searchedAs
          ? `「${searchedAs}」の検索結果を表示しています（${response.results.length} 件、入力:「${term}」）`
          : `「${term}」の検索結果 ${response.results.length} 件`;
      partial!.hidden = !response.partialMatch;
      help!.replaceChildren(...explain(response, (next, past) => {
        input!.value = next;
        if (past) includePast!.checked = true;
        void search();
      }));
      help!.hidden = help!.childNodes.length === 0;
    } catch {
      if (searchId === latest) summary!.textContent = SEARCH_FAILED;
    } finally {
      if (searchId === latest) list!.removeAttribute('aria-busy');
    }
  }

  let pause: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(pause);
    pause = setTimeout(() => void search(), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(pause);
    void search();
  });
  includePast.addEventListener('change', () => void search());
  policySelect.addEventListener('change', () => void search());
  more.addEventListener('click', () => {
    void drawMore(latest).then((items) => items[0]?.querySelector<HTMLAnchorElement>('a')?.focus());
  });

  if (input.value.trim() !== '') void search();
}

start();
