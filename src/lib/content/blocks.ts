/**
 * Turns an MDX body into the flat list of blocks the diff compares: headings, paragraphs,
 * list items (each item's own text; nested lists become blocks of their own), table rows and
 * code blocks. Text follows mdast-util-to-string (image alt text left out, as a reader does
 * not see it), so a hard break adds nothing; its place is kept in `breaks` for rendering.
 */
import type { Heading, List, Root, ListItem, Nodes, Parent, PhrasingContent, RootContent, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { anchorOf } from './anchors.ts';

/** A heading as a link target: its visible text and its anchor. */
export interface SectionRef {
  text: string;
  anchor: string;
}

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableRow' | 'code';

/**
 * What a reader reads or acts on that is not the block's text: where a link leads, what an
 * image shows, the number a list gives an item, a checkbox's state, the note a footnote
 * mark leads to, and which words are struck through (struck text is not said: striking or
 * unstriking a word changes what the policy says). The diff compares these as content (a link
 * whose address changed, or a list renumbered, is a change), apart from the text.
 */
export interface Target {
  kind: 'link' | 'image' | 'number' | 'checkbox' | 'footnote' | 'struck';
  /** The address, the number, `checked`/`unchecked`, the note's text, or the struck-through text. */
  value: string;
  /** A link's title, or an image's alternative text and title. */
  label?: string;
}

/** One readable unit of a document: what a reader would see as one paragraph, item, row or heading. */
export interface Block {
  /** Position in its own document's block list. */
  index: number;
  kind: BlockKind;
  /** Heading level 1–6 (headings only). */
  depth?: number;
  /** Nesting level of a list item, 1 for a top-level list (list items only). */
  listDepth?: number;
  /** Whether the list item belongs to an ordered list (list items only). */
  ordered?: boolean;
  /** Whether the table row is the header row (table rows only). */
  header?: boolean;
  /** Plain text as a reader sees it; table cells are separated by a tab. */
  text: string;
  /** `text` without any whitespace: two blocks with the same key say the same thing. */
  key: string;
  /** Offsets in `text` (UTF-16) where a hard line break stood; the break adds no text. */
  breaks: number[];
  /** Texts of the headings this block sits under, outermost first (a heading ends with itself). */
  path: string[];
  /** The innermost heading over this block (itself for a heading); null before the first heading. */
  section: SectionRef | null;
  /** The heading's anchor, as the page renders it (headings only; anchors.ts). */
  anchor?: string;
  /** Structure and inline formatting, independent of whitespace: differs when only formatting changed. */
  format: string;
  /** The links and images in the block, in reading order, reference-style ones resolved. */
  targets: Target[];
  /** `key` without struck-through text (~~…~~), present only when the block has some: what a reader reads as still said. */
  readable?: string;
}

const WHITESPACE = /\s/u;

/** Removes every whitespace character: the comparison key of a text. */
export function stripWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** A table row's key keeps where its cells divide: ✓ moving to the next column is a change. */
function rowKey(text: string): string {
  return text.split('\t').map(stripWhitespace).join('\u001f');
}

/** A mark in the format signature: a node's type and attributes over a span of text. */
interface Mark {
  label: string;
  start: number;
  end: number;
}

/** The outermost struck-through spans, in order (spans never overlap, only nest). */
function struckSpans(collector: InlineCollector): Mark[] {
  const spans: Mark[] = [];
  for (const mark of collector.marks.filter((m) => m.label === 'delete').sort((a, b) => a.start - b.start)) {
    if (mark.start >= (spans.at(-1)?.end ?? -1)) spans.push(mark);
  }
  return spans;
}

/** The block's key without its struck-through spans, when it has any. */
function readableOf(collector: InlineCollector, struck: readonly Mark[]): { readable?: string } {
  if (struck.length === 0) return {};
  let text = '';
  let from = 0;
  for (const mark of struck) {
    text += collector.text.slice(from, mark.start);
    from = mark.end;
  }
  return { readable: stripWhitespace(text + collector.text.slice(from)) };
}

/** One key per target, what it is and where it leads: equal keys, the same target. */
export function targetKey(target: Target): string {
  return `${target.kind}\u0000${target.value}\u0000${target.label ?? ''}`;
}

/** Where references lead: `[id]: url "title"` definitions and `[^id]: …` footnotes, by identifier. */
interface Definitions {
  links: ReadonlyMap<string, { url: string; title?: string | null | undefined }>;
  footnotes: ReadonlyMap<string, string>;
}

/** Collects text, hard-break offsets, inline marks and targets while walking phrasing content. */
class InlineCollector {
  text = '';
  breaks: number[] = [];
  marks: Mark[] = [];
  targets: Target[] = [];
  private readonly definitions: Definitions;
  /** In a table row a tab divides cells, so a tab in a cell's own text reads as the space it shows. */
  private readonly cells: boolean;

  constructor(definitions: Definitions, options: { cells?: boolean } = {}) {
    this.definitions = definitions;
    this.cells = options.cells === true;
  }

  private append(value: string): void {
    this.text += this.cells ? value.replaceAll('\t', ' ') : value;
  }

  add(nodes: readonly Nodes[]): void {
    for (const node of nodes) this.one(node);
  }

  private one(node: Nodes): void {
    const start = this.text.length;
    if (node.type === 'text') {
      this.append(node.value);
      return;
    }
    if (node.type === 'break') {
      this.breaks.push(start);
      this.marks.push({ label: 'break', start, end: start });
      return;
    }
    const target = this.targetOf(node);
    if (target) this.targets.push(target);
    if ('value' in node && typeof node.value === 'string') {
      // inlineCode, html, MDX expressions: their value is what to-string reads.
      this.append(node.value);
    } else if ('children' in node) {
      this.add(node.children as Nodes[]);
    }
    this.marks.push({ label: markLabel(node), start, end: this.text.length });
  }

  private targetOf(node: Nodes): Target | undefined {
    const labelled = (kind: Target['kind'], value: string, ...parts: (string | null | undefined)[]): Target => {
      const label = parts.filter((part): part is string => !!part).join('／');
      return label ? { kind, value, label } : { kind, value };
    };
    switch (node.type) {
      case 'link':
        return labelled('link', node.url, node.title);
      case 'image':
        return labelled('image', node.url, node.alt, node.title);
      case 'linkReference':
      case 'imageReference': {
        const definition = this.definitions.links.get(node.identifier);
        const kind = node.type === 'linkReference' ? 'link' : 'image';
        // An undefined reference renders as its own text, leading nowhere.
        if (!definition) return undefined;
        return kind === 'link' ? labelled(kind, definition.url, definition.title) : labelled(kind, definition.url, (node as { alt?: string | null }).alt, definition.title);
      }
      case 'footnoteReference': {
        // The mark shows a number; what it leads to is the note.
        const note = this.definitions.footnotes.get(node.identifier);
        return note === undefined ? undefined : { kind: 'footnote', value: note };
      }
      default:
        return undefined;
    }
  }

  /** Appends literal text (a cell separator, a paragraph separator) that is not content. */
  separator(text: string): void {
    this.text += text;
  }
}

function markLabel(node: Nodes): string {
  switch (node.type) {
    case 'link':
      return `link(${node.url}|${node.title ?? ''})`;
    case 'image':
      return `image(${node.url}|${node.alt ?? ''}|${node.title ?? ''})`;
    case 'linkReference':
    case 'imageReference':
      return `${node.type}(${node.identifier})`;
    case 'footnoteReference':
      return `footnote(${node.identifier})`;
    case 'mdxJsxTextElement':
      return `jsx(${node.name ?? ''}|${JSON.stringify(node.attributes.map((a) => ('name' in a ? [a.name, a.value] : a.value)))})`;
    default:
      return node.type;
  }
}

/** Marks re-expressed in offsets of the whitespace-free key, so reflowed text keeps its signature. */
function signature(prefix: string, collector: InlineCollector): string {
  const keyOffset: number[] = [];
  let count = 0;
  for (let i = 0; i <= collector.text.length; i++) {
    keyOffset.push(count);
    if (i < collector.text.length && !WHITESPACE.test(collector.text[i]!)) count++;
  }
  const marks = collector.marks
    .map((m) => `${m.label}@${keyOffset[m.start]}-${keyOffset[m.end]}`)
    .sort();
  return marks.length > 0 ? `${prefix}|${marks.join(',')}` : prefix;
}

interface HeadingFrame {
  depth: number;
  text: string;
  anchor: string;
}

/** Walks the tree once, keeping the stack of headings the current block sits under. */
class BlockCollector {
  blocks: Block[] = [];
  private headings: HeadingFrame[] = [];
  /** The containers around the current block (quotes, notes): part of its format, so wrapping text in > is a change of form. */
  private containers: string[] = [];
  private readonly definitions: Definitions;

  constructor(definitions: Definitions) {
    this.definitions = definitions;
  }

  private push(kind: BlockKind, collector: InlineCollector, format: string, extra: Partial<Block> = {}): void {
    const innermost = this.headings.at(-1);
    const section: SectionRef | null = innermost ? { text: innermost.text, anchor: innermost.anchor } : null;
    const struck = struckSpans(collector);
    this.blocks.push({
      index: this.blocks.length,
      kind,
      text: collector.text,
      key: stripWhitespace(collector.text),
      breaks: collector.breaks,
      path: this.headings.map((h) => h.text),
      section,
      format: this.containers.length > 0 ? `${this.containers.join('>')}|${format}` : format,
      targets: [...collector.targets, ...struck.map((mark): Target => ({ kind: 'struck', value: collector.text.slice(mark.start, mark.end) }))],
      ...(kind === 'tableRow' ? { key: rowKey(collector.text) } : {}),
      ...readableOf(collector, struck),
      ...extra,
    });
  }

  flow(nodes: readonly RootContent[]): void {
    let phrasing: PhrasingContent[] = [];
    const flushPhrasing = () => {
      if (phrasing.length > 0) this.paragraph(phrasing);
      phrasing = [];
    };
    for (const node of nodes) {
      if (isPhrasing(node)) {
        phrasing.push(node);
        continue;
      }
      flushPhrasing();
      switch (node.type) {
        case 'heading':
          this.heading(node);
          break;
        case 'paragraph':
          this.paragraph(node.children);
          break;
        case 'list':
          this.list(node, 1);
          break;
        case 'table':
          this.table(node);
          break;
        case 'code': {
          const collector = new InlineCollector(this.definitions);
          collector.separator(node.value);
          if (collector.text.trim() !== '') this.push('code', collector, `code:${node.lang ?? ''}:${node.meta ?? ''}`);
          break;
        }
        case 'blockquote':
        case 'footnoteDefinition':
        case 'mdxJsxFlowElement':
          // Containers: their content is what is read, block by block.
          this.containers.push(node.type);
          this.flow(node.children as RootContent[]);
          this.containers.pop();
          break;
        default:
          // thematicBreak, definitions, ESM, flow expressions, yaml: nothing a reader reads as text.
          break;
      }
    }
    flushPhrasing();
  }

  private heading(node: Heading): void {
    const collector = new InlineCollector(this.definitions);
    collector.add(node.children);
    const anchor = anchorOf(node) ?? '';
    while ((this.headings.at(-1)?.depth ?? 0) >= node.depth) this.headings.pop();
    this.headings.push({ depth: node.depth, text: collector.text, anchor });
    this.push('heading', collector, signature(`heading:${node.depth}`, collector), { depth: node.depth, anchor });
  }

  private paragraph(children: readonly PhrasingContent[]): void {
    const collector = new InlineCollector(this.definitions);
    collector.add(children);
    // A paragraph of only an image has no text, yet shows something: it is kept by its target.
    if (collector.text.trim() === '' && collector.targets.length === 0) return;
    this.push('paragraph', collector, signature('paragraph', collector));
  }

  private list(node: List, listDepth: number): void {
    node.children.forEach((item, index) => this.listItem(item, node, listDepth, (node.start ?? 1) + index));
  }

  /** The item's own content is one block; its nested lists follow as blocks one level deeper. */
  private listItem(item: ListItem, list: List, listDepth: number, number: number): void {
    const collector = new InlineCollector(this.definitions);
    // The number an ordered list shows, and a task's checkbox, are read without being text.
    if (list.ordered === true) collector.targets.push({ kind: 'number', value: String(number) });
    if (typeof item.checked === 'boolean') collector.targets.push({ kind: 'checkbox', value: item.checked ? 'checked' : 'unchecked' });
    const nested: List[] = [];
    let first = true;
    for (const child of item.children) {
      if (child.type === 'list') {
        nested.push(child);
        continue;
      }
      if (!first) collector.separator('\n');
      first = false;
      if (child.type === 'paragraph') collector.add(child.children);
      else if (child.type === 'heading') {
        // A heading inside an item reads as its words, set as a heading: `- # 重要` is not `- 重要`.
        const start = collector.text.length;
        collector.add(child.children);
        collector.marks.push({ label: `heading:${child.depth}`, start, end: collector.text.length });
      }
      else collector.add([child as Nodes]);
    }
    const ordered = list.ordered === true;
    const prefix = `listItem:${ordered ? 'ol' : 'ul'}:${listDepth}:${item.checked ?? ''}`;
    this.push('listItem', collector, signature(prefix, collector), { listDepth, ordered });
    for (const child of nested) this.list(child, listDepth + 1);
  }

  private table(node: Table): void {
    // GFM shows as many cells as the header row has: cells beyond are not on the page, so not in the text.
    const columns = node.children[0]?.children.length ?? 0;
    node.children.forEach((row: TableRow, rowIndex) => {
      const collector = new InlineCollector(this.definitions, { cells: true });
      row.children.slice(0, columns).forEach((cell, cellIndex) => {
        if (cellIndex > 0) collector.separator('\t');
        collector.add(cell.children);
      });
      const header = rowIndex === 0;
      const prefix = `tableRow:${header ? 'head' : 'body'}:${row.children.length}:${(node.align ?? []).join('/')}`;
      this.push('tableRow', collector, signature(prefix, collector), { header });
    });
  }
}

const PHRASING_TYPES = new Set([
  'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image', 'linkReference',
  'imageReference', 'footnoteReference', 'html', 'mdxJsxTextElement', 'mdxTextExpression',
]);

/** JSX flow elements may hold phrasing content directly; it reads as a paragraph. */
function isPhrasing(node: RootContent): node is PhrasingContent {
  return PHRASING_TYPES.has(node.type);
}

/** The blocks of a parsed body (parseBody in markdown.ts), in document order. */
export function blocksOfTree(tree: Root): Block[] {
  const definitions = { links: new Map<string, { url: string; title?: string | null | undefined }>(), footnotes: new Map<string, string>() };
  // The first definition of an identifier wins, as CommonMark says.
  visit(tree, 'definition', (definition) => {
    if (!definitions.links.has(definition.identifier)) definitions.links.set(definition.identifier, { url: definition.url, title: definition.title });
  });
  visit(tree, 'footnoteDefinition', (footnote) => {
    if (!definitions.footnotes.has(footnote.identifier)) definitions.footnotes.set(footnote.identifier, toString(footnote, { includeImageAlt: false }).trim());
  });
  const collector = new BlockCollector(definitions);
  collector.flow((tree as Parent).children as RootContent[]);
  return collector.blocks;
}
