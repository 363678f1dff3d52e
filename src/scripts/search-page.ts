/**
 * The search page (/search/): Pagefind's Component UI (input, summary, results) wired to
 * the rewriting adapter, our result layout, the 過去の版も含める and policy filters, and
 * the address bar, which always holds the current search so that it can be shared:
 * /search/?q=クッキー&past=1&policy=…  (a ?q= on arrival runs that search).
 */
import { adaptSearch, type PagefindApi, type PagefindResponse } from '../lib/search/adapter.ts';
import { resultView, type ExcerptPiece, type PagefindResultData, type ResultView } from '../lib/search/results.ts';

interface ComponentInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  options: { bundlePath: string };
  pagefindOptions: Record<string, unknown>;
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
  on(event: 'results', callback: (response: PagefindResponse) => void): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  triggerFilters(filters: Record<string, string[]>): void;
  setTranslations(overrides: Record<string, string>): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): ComponentInstance } };
  }
}

type ResultsElement = HTMLElement & { resultTemplate: ((data: PagefindResultData) => Element) | null };

/** The module Pagefind's UI loads in place of /pagefind/pagefind.js (public/search/engine/pagefind.js). */
const ENGINE_PATH = '/search/engine/';
const CURRENT_ONLY = ['current'];

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

async function start(): Promise<void> {
  await customElements.whenDefined('pagefind-results');
  const components = window.PagefindComponents;
  const results = document.querySelector<ResultsElement>('pagefind-results');
  const includePast = document.querySelector<HTMLInputElement>('#search-include-past');
  const policySelect = document.querySelector<HTMLSelectElement>('#search-policy');
  const note = document.querySelector<HTMLElement>('#search-partial');
  if (!components || !results || !includePast || !policySelect || !note) return;

  const instance = components.getInstanceManager().getInstance('default');
  instance.options.bundlePath = ENGINE_PATH;
  Object.assign(instance.pagefindOptions, {
    searchAdapter: (pagefind: PagefindApi) => adaptSearch(pagefind),
    // Titles already weigh more as the page's <h1>; Pagefind's title-metadata boost would
    // match only titles that begin with the query, since the metadata is not cut into words.
    ranking: { metaWeights: { title: 0 } },
    // The index is small: searching on the page saves fetching Pagefind's worker script.
    noWorker: true,
  });
  instance.setTranslations({ placeholder: '例: クッキー、問い合わせ、第三者提供', search_label: 'ポリシーを検索' });
  results.resultTemplate = (data) => resultElement(resultView(data, instance.searchTerm));

  const filters = (): Record<string, string[]> => ({
    status: includePast.checked ? [] : CURRENT_ONLY,
    policy: policySelect.value ? [policySelect.value] : [],
  });
  includePast.addEventListener('change', () => instance.triggerFilters(filters()));
  policySelect.addEventListener('change', () => instance.triggerFilters(filters()));

  instance.on('search', (term, searchFilters) => {
    history.replaceState(history.state, '', searchUrl(term, searchFilters));
  });
  instance.on('results', (response) => {
    note.hidden = !response.partialMatch;
  });

  const params = new URLSearchParams(location.search);
  includePast.checked = params.get('past') === '1';
  const policy = params.get('policy') ?? '';
  if ([...policySelect.options].some((option) => option.value === policy)) policySelect.value = policy;
  const term = params.get('q') ?? '';
  if (term.trim() !== '') instance.triggerSearchWithFilters(term, filters());
  else instance.searchFilters = filters();
}

void start();
