/**
 * The diff engine's entry point: two MDX bodies in, the aligned blocks with their word-level
 * segments, statuses, character counts and changed sections out. Pure: no I/O, no Astro.
 */
import { parseBlocks } from './blocks.ts';
import { diffBlockLists } from './diff-blocks.ts';
import type { DocumentDiff } from './types.ts';

export type { Block, BlockKind, BlockStatus, DiffBlock, DocumentDiff, Segment, SegmentType, SectionRef } from './types.ts';
export { PREAMBLE_ANCHOR } from './sections.ts';
export { diffBlockLists } from './diff-blocks.ts';

/** Diffs two MDX bodies (a leading YAML frontmatter block in either is skipped). */
export function diffDocuments(oldBody: string, newBody: string): DocumentDiff {
  return diffBlockLists(parseBlocks(oldBody), parseBlocks(newBody));
}
