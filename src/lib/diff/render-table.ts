/**
 * The 新旧対照表: a two-column table, 改正後 (new) on the left and 改正前 (old) on the right,
 * as Japanese legal amendments are printed. Only changed blocks are shown, with the headings
 * of their sections for context; each run of other blocks is one （略） row. Changed words
 * are underlined (傍線) on both sides; where a word was only added or only removed, the
 * other side shows an underlined blank of the same width. A new block reads （新設） on the
 * old side, a removed one （削る） on the new side. Formatting-only changes are not wording
 * changes and are not shown.
 */
import { attributes, escapeHtml } from './html.ts';
import { displayed, isTextChange } from './segments.ts';
import { describeTarget } from './targets.ts';
import type { Block, DiffBlock, DocumentDiff, Segment } from './types.ts';

type Side = 'new' | 'old';

/** Width in ideographic spaces: a wide character is one, a narrow one half. */
export function ideographicWidth(text: string): number {
  let halves = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    halves += isWide(ch.codePointAt(0)!) ? 2 : 1;
  }
  return Math.ceil(halves / 2);
}

function isWide(code: number): boolean {
  if (code >= 0xff61 && code <= 0xff9f) return false; // half-width katakana
  return code >= 0x1100;
}

/** An underlined blank standing for words that exist only on the other side. */
function blank(text: string): string {
  const width = Math.max(1, ideographicWidth(text));
  return `<span class="bosen kuhaku" aria-hidden="true">${'\u3000'.repeat(width)}</span>`;
}

/** Escaped text with hard breaks as <br> and, in table rows, cells separated by a bar. */
function plain(text: string, from: number, breaks: readonly number[], row: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && breaks.includes(from + i)) out += '<br>';
    const ch = text[i]!;
    out += row && ch === '\t' ? '<span class="shinkyu-cell-sep">｜</span>' : escapeHtml(ch);
  }
  if (text.length > 0 && breaks.includes(from + text.length)) out += '<br>';
  return out;
}

/** One side of a changed block: its own text, its changes underlined, blanks for the other side's. */
function sideHtml(segments: readonly Segment[], side: Side, block: Block): string {
  const own = side === 'new' ? 'insert' : 'delete';
  const row = block.kind === 'tableRow';
  let pos = 0;
  let out = '';
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.type === 'equal' || segment.type === own) {
      const text = plain(segment.text, pos, block.breaks, row);
      pos += segment.text.length;
      out += segment.type !== 'equal' && isTextChange(segment) ? `<span class="bosen">${text}</span>` : text;
      continue;
    }
    // A change of the other side: a blank, unless this side has its own text in the same place.
    if (!isTextChange(segment)) continue;
    const neighbours = [segments[i - 1], segments[i + 1]];
    if (!neighbours.some((n) => n?.type === own && isTextChange(n))) out += blank(segment.text);
  }
  return out;
}

function wrap(block: Block, html: string): string {
  return block.kind === 'heading' ? `<strong class="shinkyu-heading">${html}</strong>` : html;
}

function whole(block: Block, side: Side): string {
  return wrap(block, sideHtml([{ type: side === 'new' ? 'insert' : 'delete', text: block.text }], side, block));
}

function note(text: string): string {
  return `<span class="shinkyu-note">${escapeHtml(text)}</span>`;
}

/** Where the other half of a move stands, named by its section. */
function moveNote(block: DiffBlock, all: readonly DiffBlock[], direction: 'から' | 'へ'): string {
  const twin = all.find((b) => b !== block && b.moveId === block.moveId);
  const there = twin?.section?.text ?? '';
  const here = block.section?.text ?? '';
  return there === here ? '（移動）' : `（「${there || '前文'}」${direction}移動）`;
}

/** Where this side's changed links and images lead, underlined: （リンク先 https://…）. */
function targetsNote(block: DiffBlock, side: Side): string {
  const targets = side === 'new' ? block.targets?.added : block.targets?.removed;
  if (!targets?.length) return '';
  return `<span class="shinkyu-target">（リンク先 ${targets.map((target) => `<span class="bosen">${escapeHtml(describeTarget(target))}</span>`).join('、')}）</span>`;
}

function row(block: DiffBlock, all: readonly DiffBlock[]): string {
  let left: string;
  let right: string;
  switch (block.status) {
    case 'inserted':
      [left, right] = [whole(block.new!, 'new'), note('（新設）')];
      break;
    case 'deleted':
      [left, right] = [note('（削る）'), whole(block.old!, 'old')];
      break;
    case 'moved-in':
      [left, right] = [whole(block.new!, 'new'), note(moveNote(block, all, 'から'))];
      break;
    case 'moved-out':
      [left, right] = [note(moveNote(block, all, 'へ')), whole(block.old!, 'old')];
      break;
    default:
      [left, right] = [wrap(block.new!, sideHtml(block.segments, 'new', block.new!)), wrap(block.old!, sideHtml(block.segments, 'old', block.old!))];
  }
  const attrs = attributes({ 'data-status': block.status, 'data-move': block.moveId });
  return `<tr${attrs}><td>${left}${targetsNote(block, 'new')}</td><td>${right}${targetsNote(block, 'old')}</td></tr>`;
}

function contextRow(block: DiffBlock): string {
  const text = (b: Block) => wrap(b, escapeHtml(b.text));
  return `<tr class="shinkyu-context"><td>${text(block.new!)}</td><td>${text(block.old!)}</td></tr>`;
}

const OMITTED = '<tr class="shinkyu-omitted"><td>（略）</td><td>（略）</td></tr>';

/** Whether a block's wording or targets changed (formatting-only changes and spacing are not shown). */
function isShown(block: DiffBlock): boolean {
  if (block.status === 'unchanged' || block.status === 'format-only') return false;
  return block.status !== 'modified' || block.segments.some(isTextChange) || block.targets !== undefined;
}

/** Unchanged headings over changed blocks, shown for context. */
function contextHeadings(blocks: readonly DiffBlock[]): Set<DiffBlock> {
  const context = new Set<DiffBlock>();
  const stack: { depth: number; block: DiffBlock }[] = [];
  for (const block of blocks) {
    const shown = displayed(block);
    if (shown.kind === 'heading') {
      const depth = shown.depth ?? 1;
      while ((stack.at(-1)?.depth ?? 0) >= depth) stack.pop();
      stack.push({ depth, block });
    }
    if (isShown(block)) for (const frame of stack) if (frame.block.old && frame.block.new && !isShown(frame.block)) context.add(frame.block);
  }
  return context;
}

/** Renders the 新旧対照表 as a `<table>` (or a sentence saying the wording did not change). */
export function renderTable(diff: DocumentDiff): string {
  if (!diff.blocks.some(isShown)) return '<p class="shinkyu-none">文言の変更はありません。</p>';
  const context = contextHeadings(diff.blocks);
  let body = '';
  let omitted = false;
  for (const block of diff.blocks) {
    if (isShown(block)) body += row(block, diff.blocks);
    else if (context.has(block)) body += contextRow(block);
    else {
      if (!omitted) body += OMITTED;
      omitted = true;
      continue;
    }
    omitted = false;
  }
  return (
    '<table class="shinkyu">' +
    '<caption>新旧対照表<span class="shinkyu-legend">（傍線部分は改正部分）</span></caption>' +
    '<thead><tr><th scope="col">改正後</th><th scope="col">改正前</th></tr></thead>' +
    `<tbody>${body}</tbody></table>`
  );
}
