/**
 * The diff of two block lists: alignment, word-level segments, statuses, character counts
 * and changed sections. Free of the MDX parser, so the browser can run it on blocks the
 * build has already extracted.
 */
import { alignBlocks, type Alignment } from './align.ts';
import { changedSections, headingsCarriedOver, oldSectionInNew } from './sections.ts';
import { codePointLength, isTextChange, mergeAdjacent } from './segments.ts';
import { targetChange, targetChars } from './targets.ts';
import type { Block, DiffBlock, DocumentDiff, Segment } from './types.ts';
import { diffWords, WordWork } from './words.ts';

function whole(type: 'insert' | 'delete', text: string): Segment[] {
  return text === '' ? [] : [{ type, text }];
}

/** Table rows with the same number of cells are diffed cell by cell, so cell boundaries stay put. */
function diffBlockTexts(oldBlock: Block, newBlock: Block, work: WordWork): Segment[] {
  const oldCells = oldBlock.text.split('\t');
  const newCells = newBlock.text.split('\t');
  if (oldBlock.kind !== 'tableRow' || newBlock.kind !== 'tableRow' || oldCells.length !== newCells.length) {
    return diffWords(oldBlock.text, newBlock.text, work);
  }
  return mergeAdjacent(newCells.flatMap((cell, i) => [
    ...(i > 0 ? [{ type: 'equal' as const, text: '\t' }] : []),
    ...diffWords(oldCells[i]!, cell, work),
  ]));
}

/**
 * A pair of blocks: unchanged and format-only when their texts agree apart from whitespace
 * and their links and images lead to the same places.
 */
function pairStatus(oldBlock: Block, newBlock: Block, targets: DiffBlock['targets']): DiffBlock['status'] {
  if (oldBlock.key !== newBlock.key || targets) return 'modified';
  return oldBlock.format === newBlock.format ? 'unchanged' : 'format-only';
}

const withTargets = (targets: DiffBlock['targets']) => (targets ? { targets } : {});

function toDiffBlock(entry: Alignment, carried: ReturnType<typeof headingsCarriedOver>, work: WordWork): DiffBlock {
  switch (entry.type) {
    case 'pair': {
      const targets = targetChange(entry.old, entry.new);
      return {
        status: pairStatus(entry.old, entry.new, targets), old: entry.old, new: entry.new, segments: diffBlockTexts(entry.old, entry.new, work),
        section: entry.new.section, ...withTargets(targets),
      };
    }
    case 'insert':
      return { status: 'inserted', old: null, new: entry.new, segments: whole('insert', entry.new.text), section: entry.new.section };
    case 'delete':
      return { status: 'deleted', old: entry.old, new: null, segments: whole('delete', entry.old.text), section: oldSectionInNew(entry.old.section, carried) };
    case 'move-out':
      return { status: 'moved-out', old: entry.old, new: null, segments: whole('delete', entry.old.text), moveId: entry.moveId, section: oldSectionInNew(entry.old.section, carried) };
    case 'move-in':
      return {
        status: 'moved-in', old: null, new: entry.new, segments: whole('insert', entry.new.text), moveId: entry.moveId,
        moveSegments: diffBlockTexts(entry.from, entry.new, work), section: entry.new.section, ...withTargets(targetChange(entry.from, entry.new)),
      };
  }
}

/** Inserted and deleted code points; a move counts only the edits made along with it. */
function countChanges(blocks: readonly DiffBlock[]): Pick<DocumentDiff, 'insertedChars' | 'deletedChars' | 'changedTargets'> {
  let insertedChars = 0;
  let deletedChars = 0;
  let changedTargets = 0;
  for (const block of blocks) {
    if (block.status === 'moved-out' || block.status === 'unchanged' || block.status === 'format-only') continue;
    if (block.targets) {
      const chars = targetChars(block.targets);
      insertedChars += chars.inserted;
      deletedChars += chars.deleted;
      changedTargets += 1;
    }
    for (const segment of block.moveSegments ?? block.segments) {
      if (!isTextChange(segment)) continue;
      if (segment.type === 'insert') insertedChars += codePointLength(segment.text);
      else deletedChars += codePointLength(segment.text);
    }
  }
  return { insertedChars, deletedChars, changedTargets };
}

/** Diffs two documents already parsed into blocks (the browser's compare page has no MDX parser). */
export function diffBlockLists(oldBlocks: Block[], newBlocks: Block[]): DocumentDiff {
  const alignments = alignBlocks(oldBlocks, newBlocks);
  const carried = headingsCarriedOver(alignments);
  const work = new WordWork();
  const blocks = alignments.map((entry) => toDiffBlock(entry, carried, work));
  return { blocks, ...countChanges(blocks), changedSections: changedSections(blocks) };
}
