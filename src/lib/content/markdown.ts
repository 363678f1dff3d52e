/**
 * The one Markdown dialect of the policies, read by the content rules, the diff engine
 * and the site's renderer alike: MDX with GFM, where a single tilde is text (the sources
 * write 「上記1~7」, which GFM would otherwise read as strikethrough).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { visit, EXIT } from 'unist-util-visit';
import { assignAnchors } from './anchors.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm, { singleTilde: false }).freeze();

/**
 * Parses an MDX body (no frontmatter) into an mdast tree whose headings carry their
 * anchors (anchors.ts); throws a VFileMessage on syntax errors.
 */
export function parseBody(body: string): Root {
  return assignAnchors(parser.runSync(parser.parse(body)) as Root);
}

const MDX_CONSTRUCTS: Record<string, string> = {
  mdxJsxFlowElement: 'タグ',
  mdxJsxTextElement: 'タグ',
  mdxFlowExpression: '式（{ }）',
  mdxTextExpression: '式（{ }）',
  mdxjsEsm: 'import / export',
};

/**
 * The first tag, `{expression}` or import/export in a body. Revisions are text only: a
 * component could show words that the diff, the search index and the feeds never see.
 */
export function firstMdxConstruct(tree: Root): { what: string; line: number | undefined } | undefined {
  let found: { what: string; line: number | undefined } | undefined;
  visit(tree, (node) => {
    const what = MDX_CONSTRUCTS[node.type];
    if (!what) return undefined;
    found = { what, line: node.position?.start.line };
    return EXIT;
  });
  return found;
}
