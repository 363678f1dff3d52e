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

export const gfmOptions = { singleTilde: false } as const;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm, gfmOptions).freeze();

/** Parses an MDX body (no frontmatter) into an mdast tree; throws a VFileMessage on syntax errors. */
export function parsePolicyBody(body: string): Root {
  return parser.runSync(parser.parse(body)) as Root;
}

