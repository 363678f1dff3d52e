/**
 * The diff of two block lists: alignment, word-level segments, statuses, character counts
 * and changed sections. Free of the MDX parser, so the browser can run it on blocks the
 * build has already extracted.
 */
import { alignBlocks, type Alignment } from './align.ts';
import { changedSections, headingsCarriedOver, oldSectionInNew } from './sections.ts';
import { codePointLength, isTextChange, mergeAdjacent } from './segments.ts';
import type { Block, DiffBlock, DocumentDiff, Segment } from './types.ts';
import { diffWords } from './words.ts';

function whole(type: 'insert' | 'delete', text: string): Segment[] {
  return text === '' ? [] : [{ type, text }];
}

/** Table rows with the same number of cells are diffed cell by cell, so cell boundaries stay put. */
function diffBlockTexts(oldBlock: Block, newBlock: Block): Segment[] {
  const oldCells = oldBlock.text.split('\t');
  const newCells = newBlock.text.split('\t');
  if (oldBlock.kind !== 'tableRow' || newBlock.kind !== 'tableRow' || oldCells.length !== newCells.length) {
    return diffWords(oldBlock.text, newBlock.text);
  }
  return mergeAdjacent(newCells.flatMap((cell, i) => [
    ...(i > 0 ? [{ type: 'equal' as const, text: '\t' }] : []),
    ...diffWords(oldCells[i]!, cell),
  ]));
}

/** A pair of blocks: unchanged and format-only when their texts agree apart from whitespace. */
function pairStatus(oldBlock: Block, newBlock: Block): DiffBlock['status'] {
  if (oldBlock.key !== newBlock.key) return 'modified';
  return oldBlock.format === newBlock.format ? 'unchanged' : 'format-only';
}

function toDiffBlock(entry: Alignment, carried: ReturnType<typeof headingsCarriedOver>): DiffBlock {
  switch (entry.type) {
    case 'pair':
      return { status: pairStatus(entry.old, entry.new), old: entry.old, new: entry.new, segments: diffBlockTexts(entry.old, entry.new), section: entry.new.section };
    case 'insert':
      return { status: 'inserted', old: null, new: entry.new, segments: whole('insert', entry.new.text), section: entry.new.section };
    case 'delete':
      return { status: 'deleted', old: entry.old, new: null, segments: whole('delete', entry.old.text), section: oldSectionInNew(entry.old.section, carried) };
    case 'move-out':
      return { status: 'moved-out', old: entry.old, new: null, segments: whole('delete', entry.old.text), moveId: entry.moveId, section: oldSectionInNew(entry.old.section, carried) };
    case 'move-in':
      return {
        status: 'moved-in', old: null, new: entry.new, segments: whole('insert', entry.new.text), moveId: entry.moveId,
        moveSegments: diffBlockTexts(entry.from, entry.new), section: entry.new.section,
      };
  }
}

/** Inserted and deleted code points; a move counts only the edits made along with it. */
function countChanges(blocks: readonly DiffBlock[]): { insertedChars: number; deletedChars: number } {
  let insertedChars = 0;
  let deletedChars = 0;
  for (const block of blocks) {
    if (block.status === 'moved-out' || block.status === 'unchanged' || block.status === 'format-only') continue;
    for (const segment of block.moveSegments ?? block.segments) {
      if (!isTextChange(segment)) continue;
      if (segment.type === 'insert') insertedChars += codePointLength(segment.text);
      else deletedChars += codePointLength(segment.text);
    }
  }
  return { insertedChars, deletedChars };
}

/** Diffs two documents already parsed into blocks (the browser's compare page has no MDX parser). */
export function diffBlockLists(oldBlocks: Block[], newBlocks: Block[]): DocumentDiff {
  const alignments = alignBlocks(oldBlocks, newBlocks);
  const carried = headingsCarriedOver(alignments);
  const blocks = alignments.map((entry) => toDiffBlock(entry, carried));
  return { blocks, ...countChanges(blocks), changedSections: changedSections(blocks) };
}
