/**
 * A revision's diff blocks, parsed once per build: the diff against its predecessor, the
 * one against its successor and its blocks.json all read the same list.
 */
import { parseBlocks } from '../lib/diff/blocks.ts';
import type { Block } from '../lib/diff/index.ts';
import type { RevisionRecord } from './policies.ts';

const parsed = new WeakMap<RevisionRecord, Block[]>();

export function blocksOf(revision: RevisionRecord): Block[] {
  let blocks = parsed.get(revision);
  if (!blocks) {
    blocks = parseBlocks(revision.entry.body ?? '');
    parsed.set(revision, blocks);
  }
  return blocks;
}
