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
 * the class `diff-unchanged`.
 *
 * Folding: the sections that hold no change (fold.ts) sit in `<details class="diff-fold">`
 * inside the region, closed, so the first change is near the top and the whole text is still
 * in the HTML. The fold's label is its summary's aria-label (shown by CSS generated content),
 * never text, so the folds change neither side's text. Headings may carry <wbr> between
 * phrases, which is no text either.
 *
 * A link or image whose target changed is content a reader acts on without reading it: the
 * block then ends with `<span class="diff-target" data-diff-target>` holding the old targets
 * in <del> and the new in <ins>. These annotations are not text of either document, so a
 * tool comparing texts removes `[data-diff-target]` first.
 *
 * renderExcerpt() is not the contract's region: it shows only the changed blocks with a
 * little context (a feed item), the rest left out and marked （略）.
 */
import { excerptBlocks, hiddenRuns, openBlocks } from './fold.ts';
import { attributes, escapeHtml } from './html.ts';
import { toPieces, type PieceOptions } from './pieces.ts';
import { PREAMBLE_ANCHOR } from './sections.ts';
import { displayed, isTextChange } from './segments.ts';
import { targetLines } from './targets.ts';
import type { DiffBlock, DocumentDiff, Segment } from './types.ts';

type Attrs = Record<string, string | number | boolean | undefined>;

const CHANGE_ATTRS: Record<'insert' | 'delete', string> = {
  insert: '<ins data-change="insert">',
  delete: '<del data-change="delete">',
};

export interface InlineOptions {
  /** Where headings may wrap (src/lib/text's phrases): rendered as <wbr> between phrases. */
  phrases?: (text: string) => string[];
}

type Escape = (text: string) => string;

/** Escaping for a block's text: with <wbr> between phrases in headings. */
function escaperFor(block: DiffBlock, options: InlineOptions): Escape {
  const split = options.phrases;
  if (!split || displayed(block).kind !== 'heading') return escapeHtml;
  return (text) => split(text).map(escapeHtml).join('<wbr>');
}

/** Segments as HTML; whitespace-only changes are shown as the new text reads (not marked). */
function segmentsHtml(segments: readonly Segment[], options: PieceOptions, escape: Escape = escapeHtml): string[] {
  const cells: string[] = [''];
  for (const piece of toPieces(segments, options)) {
    if (piece.type === 'cell') cells.push('');
    else if (piece.type === 'break') cells[cells.length - 1] += '<br>';
    else if (piece.type === 'equal') cells[cells.length - 1] += escape(piece.text);
    else if (!isTextChange(piece)) cells[cells.length - 1] += piece.type === 'insert' ? escape(piece.text) : '';
    else cells[cells.length - 1] += `${CHANGE_ATTRS[piece.type]}${escape(piece.text)}</${piece.type === 'insert' ? 'ins' : 'del'}>`;
  }
  return cells;
}

/** The old and new targets of a block's links and images, when they changed. */
function targetsHtml(block: DiffBlock): string {
  if (!block.targets) return '';
  const lines = targetLines(block.targets).map(({ name, removed, added }) => {
    const marks = [
      removed === undefined ? '' : `${CHANGE_ATTRS.delete}${escapeHtml(removed)}</del>`,
      added === undefined ? '' : `${CHANGE_ATTRS.insert}${escapeHtml(added)}</ins>`,
    ].filter(Boolean);
    return `<span class="diff-target-line">${escapeHtml(name)} ${marks.join(' → ')}</span>`;
  });
  return `<span class="diff-target" data-diff-target="">${lines.join('')}</span>`;
}

/** The inner HTML of a block, one string per table cell (one string for other kinds), its target changes after its text. */
function contentHtml(block: DiffBlock, escape: Escape): string[] {
  const cells = textHtml(block, escape);
  cells[cells.length - 1] += targetsHtml(block);
  return cells;
}

function textHtml(block: DiffBlock, escape: Escape): string[] {
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
    const cells = segmentsHtml([{ type: 'equal', text: shown.text }], { newBreaks: options.oldBreaks ?? [], ...(options.cells ? { cells: 'new' } : {}) }, escape);
    // In a table row each cell gets its own wrapper; only the first carries the id.
    return cells.map((cell, i) => `<del class="moved"${attributes({ id: i === 0 ? `move-${n}-from` : undefined, 'data-change': 'move-out', 'data-move': n, 'data-move-to': `#move-${n}-to` })}>${cell}</del>`);
  }
  if (block.status === 'moved-in') {
    const n = block.moveId;
    const cells = segmentsHtml(block.moveSegments ?? block.segments, options, escape);
    return cells.map((cell, i) => `<ins class="moved"${attributes({ id: i === 0 ? `move-${n}-to` : undefined, 'data-change': 'move-in', 'data-move': n, 'data-move-from': `#move-${n}-from` })}>${cell}</ins>`);
  }
  return segmentsHtml(block.segments, options, escape);
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

  /** Markup between blocks (a fold's start or end, an omission), outside any list or table. */
  between(html: string): void {
    this.closeLists();
    this.closeTable();
    this.html += html;
  }
}

/** The label of a fold: the heading it holds, how many headings, or how many blocks. */
export function foldLabel(blocks: readonly DiffBlock[]): string {
  const headings = blocks.filter((block) => displayed(block).kind === 'heading').map((block) => displayed(block).text);
  if (headings.length === 0) return `変更のない部分（${blocks.length}段落）`;
  return headings.length === 1 ? `変更のない部分（「${headings[0]}」）` : `変更のない部分（見出し${headings.length}つ）`;
}

/** The mark where an excerpt leaves blocks out, as the 新旧対照表 does. */
const OMITTED = '<p class="diff-omitted">（略）</p>';

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

function writeBlock(writer: Writer, block: DiffBlock, attrs: Attrs, options: InlineOptions): void {
  const shown = displayed(block);
  const cells = contentHtml(block, escaperFor(block, options));
  switch (shown.kind) {
    case 'heading':
      writer.block(headingTag(shown.depth), attributes(attrs), cells.join(''));
      break;
    case 'listItem': {
      // Each item shows its own number (a list may start at 3, or be renumbered by the change).
      const number = shown.ordered === true ? shown.targets.find((target) => target.kind === 'number')?.value : undefined;
      writer.listItem(shown.listDepth ?? 1, shown.ordered === true, attributes({ ...attrs, value: number }), cells.join(''));
      break;
    }
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

/** Every block, those not `shown` folded into <details> (the page) or left out as （略） (an excerpt). */
function renderBlocks(diff: DocumentDiff, shown: readonly boolean[], hidden: 'fold' | 'omit', options: InlineOptions): string {
  const newAnchors = new Set(diff.blocks.flatMap((b) => (b.new?.anchor ? [b.new.anchor] : [])));
  const used = new Set<string>();
  const writer = new Writer();
  const runs = new Map(hiddenRuns(shown).map(([first, last]) => [first, last]));
  let foldEnd = -1;
  diff.blocks.forEach((block, index) => {
    const runEnd = runs.get(index);
    if (runEnd !== undefined && hidden === 'omit') {
      writer.between(OMITTED);
      foldEnd = runEnd;
    } else if (runEnd !== undefined) {
      writer.between(`<details class="diff-fold"><summary${attributes({ 'aria-label': foldLabel(diff.blocks.slice(index, runEnd + 1)) })}></summary>`);
      foldEnd = runEnd;
    }
    if (hidden === 'fold' || index > foldEnd) {
      const attrs: Attrs = {
        id: hidden === 'fold' ? blockId(block, newAnchors, used) : undefined,
        class: block.status === 'unchanged' ? 'diff-unchanged' : undefined,
        'data-status': block.status,
        'data-format-only': block.status === 'format-only',
      };
      writeBlock(writer, block, attrs, options);
    }
    if (index === foldEnd && hidden === 'fold') writer.between('</details>');
  });
  writer.closeLists();
  writer.closeTable();
  return writer.html;
}

/** Renders the whole diff as one `<div data-diff>` element, the sections without a change folded. */
export function renderInline(diff: DocumentDiff, options: InlineOptions = {}): string {
  return `<div class="diff-document" data-diff="">${renderBlocks(diff, openBlocks(diff.blocks), 'fold', options)}</div>`;
}

/**
 * The changed blocks only, each with `context` blocks either side in its section and the
 * headings above it; what is left out is marked （略）. Not a `data-diff` region: it does not
 * hold either document whole. Ids are left out too, so an excerpt can sit in any page.
 */
export function renderExcerpt(diff: DocumentDiff, options: InlineOptions & { context?: number } = {}): string {
  return `<div class="diff-excerpt">${renderBlocks(diff, excerptBlocks(diff.blocks, options.context ?? 1), 'omit', options)}</div>`;
}
