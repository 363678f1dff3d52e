/**
 * Diffs of texts, for tests and benchmarks of the engine: a whole revision file (its
 * frontmatter read by the content model's own reader) or a bare body, parsed with the one
 * dialect into blocks.
 */
import { blocksOfTree, parseBody, splitFrontmatter, type Block } from '../../src/lib/content/index.ts';
import { diffBlockLists, type DocumentDiff } from '../../src/lib/diff/index.ts';

export function blocksOf(text: string): Block[] {
  const split = splitFrontmatter(text);
  return blocksOfTree(parseBody(split.ok ? split.body : text));
}

export function diffDocuments(oldText: string, newText: string): DocumentDiff {
  return diffBlockLists(blocksOf(oldText), blocksOf(newText));
}

/** The body of a revision file (the text after its frontmatter). */
export function bodyOf(text: string): string {
  const split = splitFrontmatter(text);
  return split.ok ? split.body : text;
}
