/**
 * The diff for a terminal: only the changed blocks, each under its section path, with `…`
 * where unchanged blocks were skipped; a heading reads as a heading (■, bold in colour),
 * never as Markdown. With colour, deletions are red and struck through, insertions green;
 * without, they read `[-deleted-]{+inserted+}`. Changed link and image targets follow their block.
 */
import { terminalSafe } from '../text/index.ts';
import { toPieces } from './pieces.ts';
import { displayed, isTextChange } from './segments.ts';
import { targetLines } from './targets.ts';
import type { DiffBlock, DocumentDiff } from './types.ts';

export interface TerminalOptions {
  color: boolean;
}

const ANSI = { red: '\u001b[31m', strike: '\u001b[9m', green: '\u001b[32m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };

const STATUS_LABELS: Partial<Record<DiffBlock['status'], string>> = {
  inserted: '追加',
  deleted: '削除',
  'moved-out': '移動元',
  'moved-in': '移動先',
  'format-only': '書式のみの変更',
};

/**
 * Control and direction characters in the text must not drive the terminal or reorder what it
 * shows; without colour, text that spells a mark (`[-`, `-]`, `{+`, `+}`) gets a backslash, so a
 * policy that quotes one never reads as a change.
 */
function safe(text: string, color: boolean): string {
  const visible = terminalSafe(text);
  return color ? visible : visible.replace(/\[-|-\]|\{\+|\+\}/g, (mark) => `${mark[0]}\\${mark[1]}`);
}

function marked(type: 'insert' | 'delete', text: string, color: boolean): string {
  if (color) return type === 'delete' ? `${ANSI.red}${ANSI.strike}${text}${ANSI.reset}` : `${ANSI.green}${text}${ANSI.reset}`;
  return type === 'delete' ? `[-${text}-]` : `{+${text}+}`;
}

/** A block's text with its changes marked; hard breaks start a new indented line, cells are split by ' | '. */
function blockText(block: DiffBlock, color: boolean): string {
  const shown = displayed(block);
  const oldOnly = block.new === null;
  const segments = block.status === 'moved-in' ? (block.moveSegments ?? block.segments) : block.segments;
  const pieces = toPieces(segments, {
    newBreaks: block.new?.breaks ?? [],
    oldBreaks: oldOnly ? (block.old?.breaks ?? []) : [],
    ...(shown.kind === 'tableRow' ? { cells: oldOnly ? 'old' : 'new' } : {}),
  });
  let out = '';
  for (const piece of pieces) {
    if (piece.type === 'break') out += '\n';
    else if (piece.type === 'cell') out += ' | ';
    else if (piece.type === 'equal') out += safe(piece.text, color);
    else if (!isTextChange(piece)) out += piece.type === 'insert' ? safe(piece.text, color) : '';
    else out += marked(piece.type, safe(piece.text, color), color);
  }
  if (block.targets) {
    for (const { name, removed, added } of targetLines(block.targets)) {
      const marks = [
        removed === undefined ? '' : marked('delete', safe(removed, color), color),
        added === undefined ? '' : marked('insert', safe(added, color), color),
      ].filter(Boolean);
      out += `\n（文字以外の変更）${name} ${marks.join(' → ')}`;
    }
  }
  return out;
}

function label(block: DiffBlock, color: boolean): string {
  const name = STATUS_LABELS[block.status];
  if (!name) return '';
  const text = `（${name}${block.moveId ? ` #${block.moveId}` : ''}）`;
  return color ? `${ANSI.dim}${text}${ANSI.reset}` : text;
}

/** Renders the changed blocks for a terminal; '' when nothing changed. */
export function renderTerminal(diff: DocumentDiff, options: TerminalOptions): string {
  const { color } = options;
  const lines: string[] = [];
  let lastIndex = -1;
  let lastPath: string | null = null;
  diff.blocks.forEach((block, index) => {
    if (block.status === 'unchanged') return;
    if (lastIndex >= 0 && index > lastIndex + 1) lines.push('…');
    lastIndex = index;
    const shown = displayed(block);
    // A heading is its own context: the path above it is printed, and the blocks after it need no other.
    const path = (shown.kind === 'heading' ? shown.path.slice(0, -1) : shown.path).map((text) => safe(text, color)).join(' > ');
    if (path !== lastPath && path !== '') lines.push(color ? `${ANSI.bold}§ ${path}${ANSI.reset}` : `§ ${path}`);
    lastPath = shown.path.map((text) => safe(text, color)).join(' > ');
    const text = blockText(block, color).replace(/\n/g, '\n  ');
    const line = shown.kind === 'heading' ? `■ ${color ? `${ANSI.bold}${text}${ANSI.reset}` : text}` : text;
    lines.push(`  ${label(block, color)}${line}`);
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
