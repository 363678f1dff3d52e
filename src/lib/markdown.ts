/**
 * The one Markdown dialect of the policies, shared by the site build, the content
 * rules and the diff engine: MDX with GFM, where a single tilde is text (the sources
 * write 「上記1~7」, which GFM would otherwise read as strikethrough).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export const gfmOptions = { singleTilde: false } as const;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm, gfmOptions).freeze();

/** Parses an MDX body (no frontmatter) into an mdast tree; throws a VFileMessage on syntax errors. */
export function parsePolicyBody(body: string): Root {
  return parser.runSync(parser.parse(body)) as Root;
}

export interface PlainBlock {
  /** Text of the nearest `##` heading above the block ('' before the first). */
  section: string;
  text: string;
}

/** Paragraphs, headings, list items and table cells as plain text, each with its `##` section. */
export function plainBlocks(body: string): PlainBlock[] {
  const blocks: PlainBlock[] = [];
  let section = '';
  visit(parsePolicyBody(body), (node) => {
    if (node.type === 'heading') {
      const text = toString(node);
      if (node.depth <= 2) section = text;
      blocks.push({ section, text });
      return SKIP;
    }
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      blocks.push({ section, text: toString(node) });
      return SKIP;
    }
    return undefined;
  });
  return blocks;
}
