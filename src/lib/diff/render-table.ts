/**
 * The 新旧対照表 as HTML, drawn from its model (table-model.ts): changed words in
 * `<span class="bosen">` (傍線), blanks in `<span class="bosen kuhaku" aria-hidden="true">`,
 * notes in `.shinkyu-note`, changed link targets in `.shinkyu-target`, headings in
 * `<strong class="shinkyu-heading">`; rows carry `data-status` (and `data-move`), context
 * rows the class `shinkyu-context`, （略） rows `shinkyu-omitted`.
 */
import { attributes, escapeHtml } from './html.ts';
import { shinkyuTable, TABLE_WORDS, type ShinkyuTable, type TableCell, type TableInline, type TableRow } from './table-model.ts';
import type { DocumentDiff } from './types.ts';

export { ideographicWidth } from './table-model.ts';

function inlineHtml(inline: TableInline): string {
  if (inline.type === 'break') return '<br>';
  if (inline.type === 'cellSeparator') return `<span class="shinkyu-cell-sep">${TABLE_WORDS.cellSeparator}</span>`;
  return escapeHtml(inline.text);
}

function runsHtml(runs: TableCell['runs']): string {
  return runs.map((run) => {
    if (run.type === 'blank') return `<span class="bosen kuhaku" aria-hidden="true">${'\u3000'.repeat(run.width)}</span>`;
    const html = run.content.map(inlineHtml).join('');
    return run.underline ? `<span class="bosen">${html}</span>` : html;
  }).join('');
}

function cellHtml(cell: TableCell): string {
  let html: string;
  if (cell.note !== undefined) html = `<span class="shinkyu-note">${escapeHtml(cell.note)}</span>`;
  else {
    html = runsHtml(cell.runs);
    if (cell.heading) html = `<strong class="shinkyu-heading">${html}</strong>`;
  }
  if (cell.targets.length > 0) {
    const targets = cell.targets.map(({ name, value }) => `${escapeHtml(name)} <span class="bosen">${escapeHtml(value)}</span>`).join('、');
    // Each names itself: （リンク先 https://…、番号 5）.
    html += `<span class="shinkyu-target">（${targets}）</span>`;
  }
  return `<td>${html}</td>`;
}

function rowHtml(row: TableRow): string {
  switch (row.kind) {
    case 'omitted':
      return `<tr class="shinkyu-omitted"><td>${TABLE_WORDS.omitted}</td><td>${TABLE_WORDS.omitted}</td></tr>`;
    case 'context':
      return `<tr class="shinkyu-context">${cellHtml(row.new)}${cellHtml(row.old)}</tr>`;
    case 'change':
      return `<tr${attributes({ 'data-status': row.status, 'data-move': row.moveId })}>${cellHtml(row.new)}${cellHtml(row.old)}</tr>`;
  }
}

/** The table model as a `<table>` (or a sentence saying the wording did not change). */
export function tableHtml(table: ShinkyuTable): string {
  if (table.rows.length === 0) return `<p class="shinkyu-none">${TABLE_WORDS.none}</p>`;
  return (
    '<table class="shinkyu">' +
    `<caption>${TABLE_WORDS.caption}<span class="shinkyu-legend">${TABLE_WORDS.legend}</span></caption>` +
    `<thead><tr><th scope="col">${TABLE_WORDS.new}</th><th scope="col">${TABLE_WORDS.old}</th></tr></thead>` +
    `<tbody>${table.rows.map(rowHtml).join('')}</tbody></table>`
  );
}

/** Renders the 新旧対照表 of a diff as a `<table>` (or a sentence saying the wording did not change). */
export function renderTable(diff: DocumentDiff): string {
  return tableHtml(shinkyuTable(diff));
}
