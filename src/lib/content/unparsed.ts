/**
 * Markdown that did not take: what an editor meant as a heading, a link, bold type or a note
 * mark but wrote so that the page shows the marks themselves, or loses them (「##6.目的」 or
 * 「##　6.目的」 with an input method's space, a link closed with a full-width 「）」, an
 * address that runs on into the sentence after it, 「**「重要」**です」, which CommonMark does
 * not read as bold beside Japanese brackets, 「年会費*1、入会金*2」 read as italics), and a
 * heading with no words. Found in the parsed tree, so a mark written as text on purpose
 * (escaped, in `code`, ＃7119 or #8000 as a number) is left alone.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export type UnparsedKind = 'heading-space' | 'heading-full-width' | 'heading-depth' | 'heading-empty' | 'link' | 'address-run-on' | 'emphasis' | 'note-mark';

export interface Unparsed {
  kind: UnparsedKind;
  /** The text as written, shortened. */
  text: string;
  /** Line in the body (1-based). */
  line: number | undefined;
}

/** Link brackets left as text: ](https://…, ](/…, ](#…, ［…］（https://…, or [text][name] with no such definition. */
const LINK_MARK = /[\]］][ \t]?[(（][ \t]*(?:https?:|mailto:|tel:|www\.|\/|#)|\]\[[^\]\s][^\]]*\]/i;
/** Bold marks left as text, and a single * beside a bracket (a single * before a number is a note mark). */
const EMPHASIS_MARK = /\*\*|\*(?=[「『（(【〈《“‘])|(?<=[」』）)】〉》”’])\*/u;
/** Full-width punctuation and spaces, which no address holds but a sentence after one does. */
const SENTENCE_MARKS = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/u;

/**
 * Whether a line of text starts the way a heading is written, yet is text: # marks followed by
 * anything but a half-width space (an input method's full-width one, or none), more than six of
 * them, or a full-width ＃. A number after one mark is a number (#8000, ＃7119), unless it is
 * numbered like a heading (#6.目的).
 */
function headingAttempt(line: string): UnparsedKind | undefined {
  const match = /^([#＃]+)(.*)$/u.exec(line);
  if (!match) return undefined;
  const [, marks = '', rest = ''] = match;
  if (/^[0-9０-９]/u.test(rest) && Array.from(marks).length === 1 && !/^[0-9０-９]+[.．、]/u.test(rest)) return undefined;
  if (rest.trim() === '' && marks.length === 1) return undefined;
  if (marks.includes('＃')) return 'heading-full-width';
  if (marks.length > 6) return 'heading-depth';
  return 'heading-space';
}

/**
 * The text a reader sees of a block, by source line, never code: with the words of its links
 * (for marks a link's text may hold) or with each link as one object character (for how a line starts).
 */
function linesOf(node: Nodes, links: 'words' | 'object'): string[] {
  let text = '';
  visit(node, (child: Nodes) => {
    if (child.type === 'inlineCode') {
      text += ' ';
      return SKIP;
    }
    if (child !== node && links === 'object' && (child.type === 'link' || child.type === 'linkReference')) {
      text += '\ufffc';
      return SKIP;
    }
    if (child.type === 'text') text += child.value;
    if (child.type === 'break') text += '\n';
    return undefined;
  });
  return text.split('\n');
}

const shortened = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** `body` is the source the tree was parsed from: a mark escaped there (\#, \*\*) is text on purpose. */
export function unparsedMarkdown(tree: Root, body: string): Unparsed[] {
  const found: Unparsed[] = [];
  const sourceLines = body.split(/\r?\n/);
  const sourceOf = (node: Nodes) => body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  visit(tree, (node: Nodes) => {
    const line = node.position?.start.line;
    if (node.type === 'code' || node.type === 'inlineCode') return SKIP;
    if (node.type === 'heading' && toString(node).trim() === '' && !node.children.some((child) => child.type === 'image')) {
      found.push({ kind: 'heading-empty', text: '#'.repeat(node.depth), line });
    }
    if (node.type === 'text' && EMPHASIS_MARK.test(node.value) && EMPHASIS_MARK.test(sourceOf(node))) {
      const before = node.value.slice(0, node.value.search(EMPHASIS_MARK));
      found.push({ kind: 'emphasis', text: shortened(node.value.trim()), line: line === undefined ? undefined : line + before.split('\n').length - 1 });
    }
    // Italics that start with a number are note marks read as emphasis (年会費*1および入会金*2),
    // and bold inside bold is a row of asterisks (「****」 for a masked number): both lose their *.
    const source = sourceOf(node);
    // And _ is no mark of these texts but of names that hold it (__utma): emphasis made of it takes it away.
    const emphasised = node.type === 'emphasis' || node.type === 'strong';
    if ((node.type === 'emphasis' && /^\*[0-9０-９]/u.test(source)) || (node.type === 'strong' && source.startsWith('**') && node.children.some((child) => child.type === 'strong')) || (emphasised && source.startsWith('_'))) {
      found.push({ kind: 'note-mark', text: shortened(source), line });
      return SKIP;
    }
    // An address written straight into a sentence takes the full-width text after it into the link (https://…/）をご覧ください).
    if (node.type === 'link' && toString(node) === node.url && SENTENCE_MARKS.test(node.url)) {
      found.push({ kind: 'address-run-on', text: shortened(node.url), line });
    }
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
    const starts = linesOf(node, 'object');
    linesOf(node, 'words').forEach((text, index) => {
      const at = line === undefined ? undefined : line + index;
      const heading = node.type === 'paragraph' ? headingAttempt(starts[index] ?? '') : undefined;
      const escaped = at !== undefined && /\\[#＃]/u.test(sourceLines[at - 1] ?? '');
      if (heading && !escaped) found.push({ kind: heading, text: shortened(text), line: at });
      if (LINK_MARK.test(text)) found.push({ kind: 'link', text: shortened(text.slice(Math.max(0, text.search(/[[［]/u)))), line: at });
    });
    return undefined;
  });
  return found;
}
