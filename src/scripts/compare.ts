/**
 * The compare page in the browser: fetches the two revisions' blocks, diffs them with the
 * same engine as the build, and shows the inline redline. The redline's HTML comes from
 * the engine's renderer, which escapes every text; it is parsed with DOMParser and
 * adopted, never assigned through innerHTML.
 */
import { diffBlockLists, renderInline, type Block } from '../lib/diff/index.ts';
import { urls } from '../lib/site/index.ts';

async function blocksOf(slug: string, date: string): Promise<Block[]> {
  const response = await fetch(urls.revisionBlocks(slug, date));
  if (!response.ok) throw new Error(`${date}: ${response.status}`);
  return (await response.json()) as Block[];
}

export function attachCompare(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('#compare-form');
  const status = root.querySelector<HTMLElement>('#compare-status');
  const result = root.querySelector<HTMLElement>('#compare-result');
  if (!form || !status || !result) return;
  const from = form.elements.namedItem('from') as HTMLSelectElement;
  const to = form.elements.namedItem('to') as HTMLSelectElement;
  const slug = form.dataset.slug ?? '';
  form.hidden = false;

  async function compare(): Promise<void> {
    const label = (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? select.value;
    history.replaceState(null, '', `?from=${from.value}&to=${to.value}`);
    if (from.value === to.value) {
      result!.replaceChildren();
      status!.textContent = '同じ版が選ばれています。別の版を選んでください。';
      return;
    }
    status!.textContent = '比べています…';
    try {
      const [older, newer] = await Promise.all([blocksOf(slug, from.value), blocksOf(slug, to.value)]);
      const diff = diffBlockLists(older, newer);
      const parsed = new DOMParser().parseFromString(renderInline(diff), 'text/html');
      result!.replaceChildren(...[...parsed.body.childNodes].map((node) => root.adoptNode(node)));
      status!.textContent = `${label(from)} → ${label(to)}: 追加 ${diff.insertedChars} 文字、削除 ${diff.deletedChars} 文字`;
    } catch {
      status!.textContent = '版を読み込めませんでした。ページを再読み込みしてください。';
    }
  }

  const params = new URLSearchParams(location.search);
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
