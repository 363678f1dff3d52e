/**
 * Small facts about segments shared by the engine and the renderers: which changes count as
 * text changes, how long they are, and what each side of a block reads.
 */
import type { Block, DiffBlock, Segment } from './types.ts';

const NON_WHITESPACE = /\S/u;

/** Whether a segment changes text a reader sees: whitespace-only insertions and deletions do not. */
export function isTextChange(segment: Segment): boolean {
  return segment.type !== 'equal' && NON_WHITESPACE.test(segment.text);
}

/** The block a reader sees for a diff block: the new one, or the old one where it was deleted. */
export function displayed(block: DiffBlock): Block {
  return (block.new ?? block.old)!;
}

/** Length in code points, so that a character outside the BMP counts once. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Code points without whitespace: the weight of a run of text in clean-up decisions. */
export function visibleLength(text: string): number {
  let n = 0;
  for (const ch of text) if (NON_WHITESPACE.test(ch)) n++;
  return n;
}

/** The new text spelled by the segments (equal + insert). */
export function newSide(segments: readonly Segment[]): string {
  return segments.filter((s) => s.type !== 'delete').map((s) => s.text).join('');
}

/** The old text spelled by the segments (equal + delete). */
export function oldSide(segments: readonly Segment[]): string {
  return segments.filter((s) => s.type !== 'insert').map((s) => s.text).join('');
}

/** Joins neighbours of the same type and drops empty segments. */
export function mergeAdjacent(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    if (segment.text === '') continue;
    const last = out.at(-1);
    if (last && last.type === segment.type) last.text += segment.text;
    else out.push({ ...segment });
  }
  return out;
}
