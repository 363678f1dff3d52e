/**
 * Which section each aligned block belongs to, as a link target, and the list of sections
 * that hold a change. A block that survives belongs to its section in the new document; a
 * block only in the old document belongs to its old section, shown under that heading's new
 * anchor when the heading itself survived.
 */
import type { Alignment } from './align.ts';
import type { DiffBlock, SectionRef } from './types.ts';

/** Link target for the part before the first heading; render-inline puts it on that part's first block. */
export const PREAMBLE_ANCHOR = 'diff-preamble';

/** Old heading anchor -> where that heading is in the new document. */
export function headingsCarriedOver(alignments: readonly Alignment[]): Map<string, SectionRef> {
  const map = new Map<string, SectionRef>();
  for (const entry of alignments) {
    const pair = entry.type === 'pair' ? [entry.old, entry.new] : entry.type === 'move-in' ? [entry.from, entry.new] : null;
    if (!pair) continue;
    const [before, after] = pair;
    if (before!.kind === 'heading' && after!.kind === 'heading' && before!.anchor !== undefined && after!.anchor !== undefined) {
      map.set(before!.anchor, { text: after!.text, anchor: after!.anchor });
    }
  }
  return map;
}

/** The section of an old-only block, seen from the new document where possible. */
export function oldSectionInNew(section: SectionRef | null, carried: Map<string, SectionRef>): SectionRef | null {
  if (!section) return null;
  return carried.get(section.anchor) ?? section;
}

/** Every section with a change, once, in new-document order ('' text before the first heading). */
export function changedSections(blocks: readonly DiffBlock[]): SectionRef[] {
  const seen = new Set<string>();
  const out: SectionRef[] = [];
  for (const block of blocks) {
    if (block.status === 'unchanged') continue;
    const section = block.section ?? { text: '', anchor: PREAMBLE_ANCHOR };
    if (seen.has(section.anchor)) continue;
    seen.add(section.anchor);
    out.push({ ...section });
  }
  return out;
}
