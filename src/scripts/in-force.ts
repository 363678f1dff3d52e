/**
 * 「この日に適用されていた版は」: enhances the history page (whose list of periods answers
 * the question without JavaScript) with a date field that jumps to the revision in force.
 */
import { inForceOn } from '../lib/history/index.ts';

export function attachInForceForm(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('#in-force');
  const input = root.querySelector<HTMLInputElement>('#in-force-date');
  const result = root.querySelector<HTMLElement>('#in-force-result');
  const revisions = [...root.querySelectorAll<HTMLElement>('.history > li.revision')];
  if (!form || !input || !result) return;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // The list is newest first; periods are asked oldest first.
    const periods = revisions.map((li) => ({ li, period: { from: li.dataset.from ?? '' } })).reverse();
    for (const li of revisions) li.classList.remove('in-force-hit');
    const hit = inForceOn(periods, input.value)?.li;
    if (!hit) {
      result.textContent = 'その日に適用されていた版は、このポータルにはありません（最初に収録した版より前の日付です）。';
      return;
    }
    hit.classList.add('in-force-hit');
    result.textContent = `その日に適用されていたのは「${hit.dataset.label ?? ''}」です。`;
    hit.focus();
    hit.scrollIntoView({ block: 'center' });
  });
}
