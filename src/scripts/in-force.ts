/**
 * 「この日に適用されていた版」: enhances the history page (whose list of periods answers
 * the question without JavaScript) with a date field that jumps to the revision in force
 * and links it. The day asked is kept in the address (?date=2020-06-01), so an answer can
 * be shared and opens answered. The words come with the page (data-words, from
 * src/lib/site/wording.ts); which of them to use is lib/history's inForceCase.
 */
import { formatJapanese, parseDay } from '../lib/dates/index.ts';
import { inForceCase, inForceOn, type Position } from '../lib/history/index.ts';
import type { InForceWords } from '../lib/site/index.ts';

export function attachInForceForm(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('#in-force');
  const input = root.querySelector<HTMLInputElement>('#in-force-date');
  const result = root.querySelector<HTMLElement>('#in-force-result');
  const revisions = [...root.querySelectorAll<HTMLElement>('.history > li.revision')];
  if (!form || !input || !result) return;
  const asOf = form.dataset.asOf ?? '';
  const words = JSON.parse(form.dataset.words ?? '{}') as InForceWords;
  form.hidden = false;

  function answer(day: string, moveFocus: boolean): void {
    // The list is newest first; periods are asked oldest first.
    const periods = revisions.map((li) => ({ li, period: { from: li.dataset.from ?? '' } })).reverse();
    for (const li of revisions) li.classList.remove('in-force-hit');
    const hit = inForceOn(periods, day)?.li;
    const position = (hit?.classList.contains('scheduled') ? 'scheduled' : 'current') satisfies Position;
    const kind = inForceCase(day, asOf, hit && { position });
    const [before, after] = words[kind].map((text) => text.replace('{day}', formatJapanese(day)));
    const later = kind !== 'in-force' && hit === revisions[0] ? words.later : '';
    const link = hit && Object.assign(root.createElement('a'), { href: hit.dataset.href ?? '', textContent: hit.dataset.label ?? '' });
    result!.replaceChildren(before ?? '', ...(link ? [link] : []), `${after ?? ''}${hit ? later : ''}`);
    if (!hit) return;
    hit.classList.add('in-force-hit');
    if (moveFocus) hit.focus();
    hit.scrollIntoView({ block: 'center' });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', `?date=${input.value}`);
    answer(input.value, true);
  });

  const shared = new URLSearchParams(location.search).get('date');
  if (shared && parseDay(shared)) {
    input.value = shared;
    answer(shared, false);
  }
}
