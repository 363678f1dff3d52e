/**
 * Markdown that did not take: what an editor meant as a heading, a link or bold type but
 * wrote so that the page would show the marks themselves (「##6.目的」 without its space,
 * a link closed with a full-width 「）」, 「**「重要」**です」, which CommonMark does not
 * read as bold next to Japanese punctuation), and a heading with no words. Found in the
 * parsed tree's text, so a mark written as text on purpose (\*\*, or in `code`) is left alone.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export type UnparsedKind = 'heading-space' | 'heading-full-width' | 'heading-empty' | 'link' | 'emphasis';

export interface Unparsed {
  kind: UnparsedKind;
  /** The text as written, shortened. */
  text: string;
  /** Line in the body (1-based). */
  line: number | undefined;
}

/** A line that starts as a heading would (#, or the full-width ＃ an input method gives) but is text. */
const HEADING_MARK = /^(?:#{1,6}(?=[^\s#])|＃+)/;
/** Link brackets left as text: ](https://…, ](/…, ](#…, or with full-width brackets ］（https://…. */
const LINK_MARK = /[\]］][ \t]?[(（][ \t]*(?:https?:|mailto:|tel:|www\.|\/|#)/i;
/** Emphasis marks left as text (a single * is a note mark in these texts). */
const EMPHASIS_MARK = /\*\*|__/;

/** The text a reader sees of a block, by source line: its words and links' words, never code. */
function linesOf(node: Nodes): string[] {
  let text = '';
  visit(node, (child: Nodes) => {
    if (child.type === 'inlineCode') {
      text += ' ';
      return SKIP;
    }
    if (child.type === 'text') text += child.value;
    if (child.type === 'break') text += '\n';
    return undefined;
  });
  return text.split('\n');
}

const shortened = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** `body` is the source the tree was parsed from: a mark escaped there (\*\*) is text on purpose. */
export function unparsedMarkdown(tree: Root, body: string): Unparsed[] {
  const found: Unparsed[] = [];
  visit(tree, (node: Nodes) => {
    const line = node.position?.start.line;
    if (node.type === 'code' || node.type === 'inlineCode') return SKIP;
    if (node.type === 'heading' && toString(node).trim() === '' && !node.children.some((child) => child.type === 'image')) {
      found.push({ kind: 'heading-empty', text: '#'.repeat(node.depth), line });
    }
    if (node.type === 'text' && EMPHASIS_MARK.test(node.value) && EMPHASIS_MARK.test(body.slice(node.position?.start.offset, node.position?.end.offset))) {
      const before = node.value.slice(0, node.value.search(EMPHASIS_MARK));
      found.push({ kind: 'emphasis', text: shortened(node.value.trim()), line: line === undefined ? undefined : line + before.split('\n').length - 1 });
    }
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
    linesOf(node).forEach((text, index) => {
      const at = line === undefined ? undefined : line + index;
      if (node.type === 'paragraph' && HEADING_MARK.test(text)) found.push({ kind: text.startsWith('＃') ? 'heading-full-width' : 'heading-space', text: shortened(text), line: at });
      if (LINK_MARK.test(text)) found.push({ kind: 'link', text: shortened(text.slice(Math.max(0, text.search(/[[［]/u)))), line: at });
    });
    return undefined;
  });
  return found;
}
