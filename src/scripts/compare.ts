/**
 * The compare page in the browser: fetches the two revisions' blocks, diffs them with the
 * same engine as the build, and shows what a changes page shows for that pair: the counts,
 * the changed sections, the inline redline (unchanged sections folded) or the 新旧対照表.
 * The HTML comes from the engine's renderers, which escape every text; it is parsed with
 * DOMParser and adopted, never assigned through innerHTML. Headings are not cut into
 * phrases here (the phrase model stays out of the page's script); CSS breaks them instead.
 */
import { diffBlockLists, renderInline, renderTable, type Block } from '../lib/diff/index.ts';
import { changeCounts, changedSectionLinks, compareHref, compareTableHref, countParts, urls, wording } from '../lib/site/index.ts';

type View = 'inline' | 'table';

async function blocksOf(slug: string, date: string): Promise<Block[]> {
  const response = await fetch(urls.revisionBlocks(slug, date));
  if (!response.ok) throw new Error(`${date}: ${response.status}`);
  return (await response.json()) as Block[];
}

function element<K extends keyof HTMLElementTagNameMap>(root: Document, tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(root.createElement(tag), props);
  node.append(...children);
  return node;
}

export function attachCompare(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('#compare-form');
  const status = root.querySelector<HTMLElement>('#compare-status');
  const result = root.querySelector<HTMLElement>('#compare-result');
  const summary = root.querySelector<HTMLElement>('#compare-summary');
  const pair = root.querySelector<HTMLElement>('#compare-pair');
  const counts = root.querySelector<HTMLElement>('#compare-counts');
  const views = root.querySelector<HTMLElement>('#compare-views');
  const sectionsRow = root.querySelector<HTMLElement>('#compare-sections-row');
  const sections = root.querySelector<HTMLElement>('#compare-sections');
  if (!form || !status || !result || !summary || !pair || !counts || !views || !sectionsRow || !sections) return;
  const from = form.elements.namedItem('from') as HTMLSelectElement;
  const to = form.elements.namedItem('to') as HTMLSelectElement;
  const slug = form.dataset.slug ?? '';
  const params = new URLSearchParams(location.search);
  let view: View = params.get('view') === 'table' ? 'table' : 'inline';
  form.hidden = false;

  function showViews(): void {
    const table = compareTableHref(slug, from.value, to.value, to.selectedOptions[0]?.dataset.previous);
    const items: [View, string, string][] = [['inline', wording.VIEW_NAMES.inline, compareHref(slug, from.value, to.value, 'inline')], ['table', wording.VIEW_NAMES.table, table]];
    views!.replaceChildren(...items.map(([kind, text, href]) => element(root, 'li', {}, kind === view
      ? element(root, 'span', {}, text)
      : element(root, 'a', { href }, text))));
    views!.querySelector('span')?.setAttribute('aria-current', 'page');
  }

  async function compare(): Promise<void> {
    const label = (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? select.value;
    history.replaceState(null, '', compareHref(slug, from.value, to.value, view));
    // The status line speaks for the result; once the summary shows it, it stays for screen readers only.
    status!.classList.remove('visually-hidden');
    if (from.value === to.value) {
      result!.replaceChildren();
      summary!.hidden = true;
      status!.textContent = '同じ版が選ばれています。別の版を選んでください。';
      return;
    }
    status!.textContent = '比べています…';
    try {
      const [older, newer] = await Promise.all([blocksOf(slug, from.value), blocksOf(slug, to.value)]);
      const diff = diffBlockLists(older, newer);
      const parsed = new DOMParser().parseFromString(view === 'table' ? renderTable(diff) : renderInline(diff), 'text/html');
      result!.className = view === 'table' ? 'diff-table-view' : 'diff-view';
      result!.replaceChildren(...[...parsed.body.childNodes].map((node) => root.adoptNode(node)));
      const parts = countParts(changeCounts(diff));
      counts!.replaceChildren(...parts.map((part) => (part.kind ? element(root, 'span', { className: `count-${part.kind}` }, part.text) : part.text)));
      // The table has no anchors of its own: its section links lead to the redline of the pair.
      const base = view === 'table' ? compareHref(slug, from.value, to.value, 'inline') : '';
      const links = changedSectionLinks(diff.changedSections, base);
      sections!.replaceChildren(...links.map((link) => element(root, 'li', {}, element(root, 'a', { href: link.href }, link.text))));
      sectionsRow!.hidden = links.length === 0;
      showViews();
      pair!.textContent = `${label(from)} → ${label(to)}`;
      summary!.hidden = false;
      status!.textContent = `${label(from)} → ${label(to)}: ${parts.map((part) => part.text).join('')}`;
      status!.classList.add('visually-hidden');
    } catch {
      summary!.hidden = true;
      status!.textContent = '版を読み込めませんでした。ページを再読み込みしてください。';
    }
  }

  for (const [select, name] of [[from, 'from'], [to, 'to']] as const) {
    const wanted = params.get(name);
    if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void compare();
  });
  void compare();
}
