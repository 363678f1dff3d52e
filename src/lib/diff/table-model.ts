/**
 * The 新旧対照表 as data: a two-column table, 改正後 (new) on the left and 改正前 (old) on
 * the right, as Japanese legal amendments are printed. Every renderer of the table (the
 * site's HTML, the board's Word file) draws this one model, so they cannot disagree.
 *
 * Only changed blocks are shown, with the headings of their sections for context; each
 * run of other blocks is one （略） row. Changed words are underlined (傍線) on both sides;
 * where a word was only added or only removed, the other side shows an underlined blank of
 * the same width. A new block reads （新設） on the old side, a removed one （削る） on the
 * new side, a moved one names where it went or came from. Formatting-only changes are not
 * wording changes and are not shown.
 */
import { displayed, isTextChange } from './segments.ts';
import { describeTarget } from './targets.ts';
import type { Block, BlockStatus, DiffBlock, DocumentDiff, Segment } from './types.ts';

/** The words of the table, in one place: every renderer uses these. */
export const TABLE_WORDS = {
  caption: '新旧対照表',
  legend: '（傍線部分は改正部分）',
  new: '改正後',
  old: '改正前',
  omitted: '（略）',
  inserted: '（新設）',
  deleted: '（削る）',
  moved: '（移動）',
  none: '文言の変更はありません。',
  /** Between two cells of a Markdown table row. */
  cellSeparator: '｜',
} as const;

/** Text of a side, a hard line break, or the boundary between two cells of a table row. */
export type TableInline = { type: 'text'; text: string } | { type: 'break' } | { type: 'cellSeparator' };

/** A run of a side's own text; `underline` (傍線) when it is a change. */
export interface TableRun {
  type: 'run';
  underline: boolean;
  content: TableInline[];
}

/** An underlined blank standing for words that exist only on the other side, `width` ideographic spaces wide. */
export interface TableBlank {
  type: 'blank';
  width: number;
}

/** One side of a row. */
export interface TableCell {
  /** A heading: set in bold. */
  heading: boolean;
  /** The block's text; empty where the cell holds a note instead. */
  runs: (TableRun | TableBlank)[];
  /** （新設）（削る）（「…」へ移動）: said in place of text this side does not have. */
  note?: string;
  /** This side's changed links, images, numbers…: each named, its value underlined. */
  targets: { name: string; value: string }[];
}

export type TableRow =
  /** A changed block. */
  | { kind: 'change'; status: BlockStatus; moveId?: number; new: TableCell; old: TableCell }
  /** An unchanged heading over changed blocks, for context. */
  | { kind: 'context'; new: TableCell; old: TableCell }
  /** A run of unchanged blocks: （略） on both sides. */
  | { kind: 'omitted' };

export interface ShinkyuTable {
  /** Empty when the wording did not change. */
  rows: TableRow[];
}

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

/** Text starting at offset `from` of its block, with the block's hard breaks and, in table rows, cell separators. */
function inlines(text: string, from: number, breaks: ReadonlySet<number>, row: boolean): TableInline[] {
  const out: TableInline[] = [];
  let run = '';
  const flush = () => {
    if (run !== '') out.push({ type: 'text', text: run });
    run = '';
  };
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && breaks.has(from + i)) {
      flush();
      out.push({ type: 'break' });
    }
    const ch = text[i]!;
    if (row && ch === '\t') {
      flush();
      out.push({ type: 'cellSeparator' });
    } else run += ch;
  }
  flush();
  if (text.length > 0 && breaks.has(from + text.length)) out.push({ type: 'break' });
  return out;
}

/** One side of a changed block: its own text, its changes underlined, blanks for the other side's. */
function sideRuns(segments: readonly Segment[], side: Side, block: Block): TableCell['runs'] {
  const own = side === 'new' ? 'insert' : 'delete';
  const row = block.kind === 'tableRow';
  const breaks = new Set(block.breaks);
  let pos = 0;
  const out: TableCell['runs'] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.type === 'equal' || segment.type === own) {
      out.push({ type: 'run', underline: segment.type !== 'equal' && isTextChange(segment), content: inlines(segment.text, pos, breaks, row) });
      pos += segment.text.length;
      continue;
    }
    // A change of the other side: a blank, unless this side has its own text in the same place.
    if (!isTextChange(segment)) continue;
    const neighbours = [segments[i - 1], segments[i + 1]];
    if (!neighbours.some((n) => n?.type === own && isTextChange(n))) out.push({ type: 'blank', width: Math.max(1, ideographicWidth(segment.text)) });
  }
  return out;
}

function targetsOf(block: DiffBlock, side: Side): TableCell['targets'] {
  const targets = side === 'new' ? block.targets?.added : block.targets?.removed;
  return (targets ?? []).map(describeTarget);
}

function textCell(block: DiffBlock, shown: Block, segments: readonly Segment[], side: Side): TableCell {
  return { heading: shown.kind === 'heading', runs: sideRuns(segments, side, shown), targets: targetsOf(block, side) };
}

function wholeCell(block: DiffBlock, side: Side): TableCell {
  const shown = (side === 'new' ? block.new : block.old)!;
  return textCell(block, shown, [{ type: side === 'new' ? 'insert' : 'delete', text: shown.text }], side);
}

function noteCell(block: DiffBlock, side: Side, note: string): TableCell {
  return { heading: false, runs: [], note, targets: targetsOf(block, side) };
}

/** Where the other half of a move stands, named by its section. */
function moveNote(block: DiffBlock, all: readonly DiffBlock[], direction: 'から' | 'へ'): string {
  const twin = all.find((b) => b !== block && b.moveId === block.moveId);
  const there = twin?.section?.text ?? '';
  const here = block.section?.text ?? '';
  return there === here ? TABLE_WORDS.moved : `（「${there || '前文'}」${direction}移動）`;
}

function changeRow(block: DiffBlock, all: readonly DiffBlock[]): TableRow {
  let cells: [TableCell, TableCell];
  switch (block.status) {
    case 'inserted':
      cells = [wholeCell(block, 'new'), noteCell(block, 'old', TABLE_WORDS.inserted)];
      break;
    case 'deleted':
      cells = [noteCell(block, 'new', TABLE_WORDS.deleted), wholeCell(block, 'old')];
      break;
    case 'moved-in':
      cells = [wholeCell(block, 'new'), noteCell(block, 'old', moveNote(block, all, 'から'))];
      break;
    case 'moved-out':
      cells = [noteCell(block, 'new', moveNote(block, all, 'へ')), wholeCell(block, 'old')];
      break;
    default:
      cells = [textCell(block, block.new!, block.segments, 'new'), textCell(block, block.old!, block.segments, 'old')];
  }
  return { kind: 'change', status: block.status, ...(block.moveId === undefined ? {} : { moveId: block.moveId }), new: cells[0], old: cells[1] };
}

function contextRow(block: DiffBlock): TableRow {
  const cell = (b: Block): TableCell => ({ heading: b.kind === 'heading', runs: [{ type: 'run', underline: false, content: [{ type: 'text', text: b.text }] }], targets: [] });
  return { kind: 'context', new: cell(block.new!), old: cell(block.old!) };
}

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

/** The 新旧対照表 of a diff, row by row. */
export function shinkyuTable(diff: DocumentDiff): ShinkyuTable {
  if (!diff.blocks.some(isShown)) return { rows: [] };
  const context = contextHeadings(diff.blocks);
  const rows: TableRow[] = [];
  for (const block of diff.blocks) {
    if (isShown(block)) rows.push(changeRow(block, diff.blocks));
    else if (context.has(block)) rows.push(contextRow(block));
    else if (rows.at(-1)?.kind !== 'omitted') rows.push({ kind: 'omitted' });
  }
  return { rows };
}
