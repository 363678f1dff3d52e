/**
 * The shapes the diff engine passes between its modules and hands to renderers.
 * Kept in one place so that each module can import what it needs without cycles.
 */

/** A heading as a link target: its visible text and the id Astro gives it. */
export interface SectionRef {
  text: string;
  anchor: string;
}

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableRow' | 'code';

/** One readable unit of a document: what a reader would see as one paragraph, item, row or heading. */
export interface Block {
  /** Position in its own document's block list. */
  index: number;
  kind: BlockKind;
  /** Heading level 1–6 (headings only). */
  depth?: number;
  /** Nesting level of a list item, 1 for a top-level list (list items only). */
  listDepth?: number;
  /** Whether the list item belongs to an ordered list (list items only). */
  ordered?: boolean;
  /** Whether the table row is the header row (table rows only). */
  header?: boolean;
  /** Plain text as a reader sees it; table cells are separated by a tab. */
  text: string;
  /** `text` without any whitespace: two blocks with the same key say the same thing. */
  key: string;
  /** Offsets in `text` (UTF-16) where a hard line break stood; the break adds no text. */
  breaks: number[];
  /** Texts of the headings this block sits under, outermost first (a heading ends with itself). */
  path: string[];
  /** The innermost heading over this block (itself for a heading); null before the first heading. */
  section: SectionRef | null;
  /** The id Astro generates for this heading (headings only). */
  anchor?: string;
  /** Structure and inline formatting, independent of whitespace: differs when only formatting changed. */
  format: string;
}

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
}

export interface DocumentDiff {
  /** New-document order, deletions where they stood. */
  blocks: DiffBlock[];
  /** Code points of inserted text (whitespace-only changes and moved text not counted). */
  insertedChars: number;
  /** Code points of deleted text (whitespace-only changes and moved text not counted). */
  deletedChars: number;
  /** Each section holding a change, once, in new-document order; '' text for the part before the first heading. */
  changedSections: SectionRef[];
}
