/**
 * Cuts a block's segments at the places renderers must mark: hard line breaks (which have
 * no text) and, in table rows, the tab between two cells. Each piece keeps its segment type.
 */
import type { Segment } from './types.ts';

export type Piece = { type: Segment['type']; text: string } | { type: 'break' } | { type: 'cell' };

export interface PieceOptions {
  /** Break offsets in the new text (applied to equal and insert segments). */
  newBreaks?: readonly number[];
  /** Break offsets in the old text (applied to delete segments). */
  oldBreaks?: readonly number[];
  /** Which side's tabs start a new cell; tabs of the other side are dropped (they are whitespace). */
  cells?: 'new' | 'old';
}

/** Splits segments into text pieces, break markers and cell boundaries, in reading order. */
export function toPieces(segments: readonly Segment[], options: PieceOptions = {}): Piece[] {
  const out: Piece[] = [];
  let newPos = 0;
  let oldPos = 0;
  // Sets: a block may hold thousands of hard breaks, each looked up once per character.
  const newBreaks = new Set(options.newBreaks ?? []);
  const oldBreaks = new Set(options.oldBreaks ?? []);
  for (const segment of segments) {
    const isNew = segment.type !== 'delete';
    const start = isNew ? newPos : oldPos;
    const breaks = isNew ? newBreaks : oldBreaks;
    const cellSide = options.cells === undefined ? false : options.cells === 'new' ? isNew : segment.type !== 'insert';
    const dropTabs = options.cells !== undefined && !cellSide;
    let text = '';
    const flush = () => {
      if (text !== '') out.push({ type: segment.type, text });
      text = '';
    };
    for (let i = 0; i < segment.text.length; i++) {
      // A break follows the text before it (a break never starts or ends a block's text).
      if (i > 0 && breaks.has(start + i)) {
        flush();
        out.push({ type: 'break' });
      }
      const ch = segment.text[i]!;
      if (ch === '\t' && (cellSide || dropTabs)) {
        flush();
        if (cellSide) out.push({ type: 'cell' });
        continue;
      }
      text += ch;
    }
    flush();
    if (segment.text.length > 0 && breaks.has(start + segment.text.length)) out.push({ type: 'break' });
    if (segment.type !== 'insert') oldPos += segment.text.length;
    if (segment.type !== 'delete') newPos += segment.text.length;
  }
  return out;
}
