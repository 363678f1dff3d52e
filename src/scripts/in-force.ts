/**
 * 「この日に適用されていた版は」: enhances the history page (whose list of periods answers
 * the question without JavaScript) with a date field that jumps to the revision in force.
 */
export function revisionInForce(items: readonly { from: string; until?: string }[], day: string): number {
  return items.findIndex((item) => item.from <= day && (item.until === undefined || day <= item.until));
}

export function attachInForceForm(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('#in-force');
  const input = root.querySelector<HTMLInputElement>('#in-force-date');
  const result = root.querySelector<HTMLElement>('#in-force-result');
  const revisions = [...root.querySelectorAll<HTMLElement>('.history > li.revision')];
  if (!form || !input || !result) return;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const periods = revisions.map((li) => ({ from: li.dataset.from ?? '', until: li.dataset.until || undefined }));
    const index = revisionInForce(periods, input.value);
    for (const li of revisions) li.classList.remove('in-force-hit');
    const hit = revisions[index];
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
