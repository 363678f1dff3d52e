/**
 * The inline redline: the whole new document with the old one woven in, as one HTML element.
 *
 * Contract (relied on by outside tools): a single root element with `data-diff`; inserted
 * text is in <ins>, deleted text in <del>, and every other text node is text of both
 * documents. So the root's text without the <del> elements is the new document's blocks,
 * and without the <ins> elements the old one's (whitespace between and inside blocks aside).
 * Labels such as 追加/削除 are never text: ins/del carry classes and `data-change`, and the
 * page words them for screen readers with CSS generated content.
 *
 * Moves: `<del class="moved" id="move-N-from" data-move="N" data-move-to="#move-N-to">` at
 * the old place and `<ins class="moved" id="move-N-to" data-move="N" data-move-from="#move-N-from">`
 * at the new one; edits made along with the move are nested ins/del inside the latter.
 * Block elements carry `data-status`; format-only blocks `data-format-only`; unchanged blocks
 * the class `diff-unchanged` so the page can fold them.
 *
 * A link or image whose target changed is content a reader acts on without reading it: the
 * block then ends with `<span class="diff-target" data-diff-target>` holding the old targets
 * in <del> and the new in <ins>. These annotations are not text of either document, so a
 * tool comparing texts removes `[data-diff-target]` first.
 */
import { attributes, escapeHtml } from './html.ts';
import { toPieces, type PieceOptions } from './pieces.ts';
import { PREAMBLE_ANCHOR } from './sections.ts';
import { displayed, isTextChange } from './segments.ts';
import { describeTarget } from './targets.ts';
import type { DiffBlock, DocumentDiff, Segment } from './types.ts';

type Attrs = Record<string, string | number | boolean | undefined>;

const CHANGE_ATTRS: Record<'insert' | 'delete', string> = {
  insert: '<ins data-change="insert">',
  delete: '<del data-change="delete">',
};

/** Segments as HTML; whitespace-only changes are shown as the new text reads (not marked). */
function segmentsHtml(segments: readonly Segment[], options: PieceOptions): string[] {
  const cells: string[] = [''];
  for (const piece of toPieces(segments, options)) {
    if (piece.type === 'cell') cells.push('');
    else if (piece.type === 'break') cells[cells.length - 1] += '<br>';
    else if (piece.type === 'equal') cells[cells.length - 1] += escapeHtml(piece.text);
    else if (!isTextChange(piece)) cells[cells.length - 1] += piece.type === 'insert' ? escapeHtml(piece.text) : '';
    else cells[cells.length - 1] += `${CHANGE_ATTRS[piece.type]}${escapeHtml(piece.text)}</${piece.type === 'insert' ? 'ins' : 'del'}>`;
  }
  return cells;
}

/** The old and new targets of a block's links and images, when they changed. */
function targetsHtml(block: DiffBlock): string {
  if (!block.targets) return '';
  const { removed, added } = block.targets;
  const marks = [
    ...removed.map((target) => `${CHANGE_ATTRS.delete}${escapeHtml(describeTarget(target))}</del>`),
    ...added.map((target) => `${CHANGE_ATTRS.insert}${escapeHtml(describeTarget(target))}</ins>`),
  ];
  return `<span class="diff-target" data-diff-target="">${marks.join(' ')}</span>`;
}

/** The inner HTML of a block, one string per table cell (one string for other kinds), its target changes after its text. */
function contentHtml(block: DiffBlock): string[] {
  const cells = textHtml(block);
  cells[cells.length - 1] += targetsHtml(block);
  return cells;
}

function textHtml(block: DiffBlock): string[] {
  const shown = displayed(block);
  const oldOnly = block.new === null;
  const options: PieceOptions = {
    newBreaks: block.new?.breaks ?? [],
    oldBreaks: oldOnly ? (block.old?.breaks ?? []) : [],
    ...(shown.kind === 'tableRow' ? { cells: oldOnly ? 'old' : 'new' } : {}),
  };
  if (block.status === 'moved-out') {
    const n = block.moveId;
    // The old text inside one <del class="moved">: rendered as plain text of the old side.
    const cells = segmentsHtml([{ type: 'equal', text: shown.text }], { newBreaks: options.oldBreaks ?? [], ...(options.cells ? { cells: 'new' } : {}) });
    // In a table row each cell gets its own wrapper; only the first carries the id.
    return cells.map((cell, i) => `<del class="moved"${attributes({ id: i === 0 ? `move-${n}-from` : undefined, 'data-change': 'move-out', 'data-move': n, 'data-move-to': `#move-${n}-to` })}>${cell}</del>`);
  }
  if (block.status === 'moved-in') {
    const n = block.moveId;
    const cells = segmentsHtml(block.moveSegments ?? block.segments, options);
    return cells.map((cell, i) => `<ins class="moved"${attributes({ id: i === 0 ? `move-${n}-to` : undefined, 'data-change': 'move-in', 'data-move': n, 'data-move-from': `#move-${n}-from` })}>${cell}</ins>`);
  }
  return segmentsHtml(block.segments, options);
}

/** Heading levels start at h2: the page's own h1 is the title. */
function headingTag(depth: number | undefined): string {
  return `h${Math.min(6, Math.max(2, depth ?? 2))}`;
}

/** Builds the nested ul/ol/table structure around consecutive list items and table rows. */
class Writer {
  html = '';
  /** Open lists, outermost first: their tag and whether an <li> is open in them. */
  private lists: { tag: 'ul' | 'ol'; itemOpen: boolean }[] = [];
  private tableOpen = false;

  closeLists(): void {
    while (this.lists.length > 0) this.closeList();
  }

  private closeList(): void {
    const list = this.lists.pop()!;
    if (list.itemOpen) this.html += '</li>';
    this.html += `</${list.tag}>`;
  }

  closeTable(): void {
    if (this.tableOpen) this.html += '</tbody></table>';
    this.tableOpen = false;
  }

  listItem(depth: number, ordered: boolean, attrs: string, content: string): void {
    this.closeTable();
    const tag = ordered ? 'ol' : 'ul';
    while (this.lists.length > depth) this.closeList();
    if (this.lists.length === depth && this.lists.at(-1)!.tag !== tag) this.closeList();
    while (this.lists.length < depth) {
      const parent = this.lists.at(-1);
      // A nested list needs an item to live in; an item without text of its own holds it.
      if (parent && !parent.itemOpen) {
        this.html += '<li class="diff-list-holder">';
        parent.itemOpen = true;
      }
      this.html += `<${tag} class="diff-list">`;
      this.lists.push({ tag, itemOpen: false });
    }
    const list = this.lists.at(-1)!;
    if (list.itemOpen) this.html += '</li>';
    this.html += `<li${attrs}>${content}`;
    list.itemOpen = true;
  }

  tableRow(attrs: string, cells: string[], header: boolean): void {
    this.closeLists();
    if (!this.tableOpen) this.html += '<table class="diff-table"><tbody>';
    this.tableOpen = true;
    const tag = header ? 'th' : 'td';
    this.html += `<tr${attrs}>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join('')}</tr>`;
  }

  block(tag: string, attrs: string, content: string): void {
    this.closeLists();
    this.closeTable();
    this.html += `<${tag}${attrs}>${content}</${tag}>`;
  }
}

/** The ids a block element gets: headings their anchors, the preamble's first block its anchor. */
function blockId(block: DiffBlock, newAnchors: Set<string>, used: Set<string>): string | undefined {
  const shown = displayed(block);
  let id: string | undefined;
  if (shown.kind === 'heading') {
    if (block.new) id = block.new.anchor;
    // A heading only in the old document keeps its old anchor, unless the new document uses it.
    else if (block.status === 'deleted' && block.old?.anchor && !newAnchors.has(block.old.anchor)) id = block.old.anchor;
  } else if (block.section === null && !used.has(PREAMBLE_ANCHOR)) {
    id = PREAMBLE_ANCHOR;
  }
  if (id === undefined || id === '' || used.has(id)) return undefined;
  used.add(id);
  return id;
}

/** Renders the whole diff as one `<div data-diff>` element. */
export function renderInline(diff: DocumentDiff): string {
  const newAnchors = new Set(diff.blocks.flatMap((b) => (b.new?.anchor ? [b.new.anchor] : [])));
  const used = new Set<string>();
  const writer = new Writer();
  for (const block of diff.blocks) {
    const shown = displayed(block);
    const attrs: Attrs = {
      id: blockId(block, newAnchors, used),
      class: block.status === 'unchanged' ? 'diff-unchanged' : undefined,
      'data-status': block.status,
      'data-format-only': block.status === 'format-only',
    };
    const cells = contentHtml(block);
    switch (shown.kind) {
      case 'heading':
        writer.block(headingTag(shown.depth), attributes(attrs), cells.join(''));
        break;
      case 'listItem':
        writer.listItem(shown.listDepth ?? 1, shown.ordered === true, attributes(attrs), cells.join(''));
        break;
      case 'tableRow':
        writer.tableRow(attributes(attrs), cells, shown.header === true);
        break;
      case 'code':
        writer.block('pre', attributes(attrs), `<code>${cells.join('')}</code>`);
        break;
      default:
        writer.block('p', attributes(attrs), cells.join(''));
    }
  }
  writer.closeLists();
  writer.closeTable();
  return `<div class="diff-document" data-diff="">${writer.html}</div>`;
}
