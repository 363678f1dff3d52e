/**
 * The shapes the diff engine passes between its modules and hands to renderers.
 * Kept in one place so that each module can import what it needs without cycles. The
 * engine's input, the blocks of a document, comes from the content model.
 */
import type { Block, SectionRef, Target } from '../content/index.ts';

export type { Block, BlockKind, SectionRef, Target } from '../content/index.ts';


export type SegmentType = 'equal' | 'insert' | 'delete';

/** A run of text within a block; equal + insert spell the new text, equal + delete the old one. */
export interface Segment {
  type: SegmentType;
  text: string;
}

export type BlockStatus = 'unchanged' | 'modified' | 'inserted' | 'deleted' | 'moved-out' | 'moved-in' | 'format-only';

/** One row of the aligned documents. */
export interface DiffBlock {
  status: BlockStatus;
  /** The block in the old document (null for inserted and moved-in blocks). */
  old: Block | null;
  /** The block in the new document (null for deleted and moved-out blocks). */
  new: Block | null;
  /**
   * The block's text as segments. Moved blocks are one segment (moved-out: delete of the old
   * text; moved-in: insert of the new text) so that the segments of the whole document still
   * spell both documents exactly; small edits made along with the move are in `moveSegments`.
   */
  segments: Segment[];
  /** Shared by the two halves of a move, numbered from 1 in new-document order. */
  moveId?: number;
  /** Moved-in only: the new text diffed against the text at its old place. */
  moveSegments?: Segment[];
  /** The section the block belongs to, as a link target in the new document where possible. */
  section: SectionRef | null;
  /** Links and images whose targets changed while the block stayed (a modified or moved block). */
  targets?: TargetChange;
}

/** The targets a block lost and gained. */
export interface TargetChange {
  removed: Target[];
  added: Target[];
}

export interface DocumentDiff {
  /** New-document order, deletions where they stood. */
  blocks: DiffBlock[];
  /** Code points of inserted text (whitespace-only changes and moved text not counted), changed link and image targets included. */
  insertedChars: number;
  /** Code points of deleted text (whitespace-only changes and moved text not counted), changed link and image targets included. */
  deletedChars: number;
  /** Blocks whose links or images lead elsewhere than before. */
  changedTargets: number;
  /** Each section holding a change, once, in new-document order; '' text for the part before the first heading. */
  changedSections: SectionRef[];
}
