/**
 * What a reader of a redline needs open, and what may fold away. A section (the blocks from
 * one heading to the next, or the part before the first heading) that holds a change is
 * open, with the headings of the sections it sits in; every other block is unchanged text
 * that a page folds (<details>) and a feed leaves out. Folding never drops text: the page
 * keeps every block in its HTML, and the redline's contract still holds.
 */
import { displayed } from './segments.ts';
import type { DiffBlock } from './types.ts';

/** A block is changed unless its status says it is unchanged. */
const isChanged = (block: DiffBlock) => block.status !== 'unchanged';

interface Section {
  /** Index of the section's heading block; -1 for the part before the first heading. */
  heading: number;
  depth: number;
  /** Indexes of its blocks, heading included. */
  blocks: number[];
  /** The section it sits in (the nearest earlier one with a shallower heading). */
  parent: Section | undefined;
}

function sectionsOf(blocks: readonly DiffBlock[]): { sections: Section[]; sectionOf: Section[] } {
  const sections: Section[] = [];
  const sectionOf: Section[] = [];
  let current: Section = { heading: -1, depth: 0, blocks: [], parent: undefined };
  sections.push(current);
  blocks.forEach((block, index) => {
    const shown = displayed(block);
    if (shown.kind === 'heading') {
      const depth = shown.depth ?? 1;
      let parent: Section | undefined = current;
      while (parent && parent.heading !== -1 && parent.depth >= depth) parent = parent.parent;
      current = { heading: index, depth, blocks: [], parent: parent?.heading === -1 ? undefined : parent };
      sections.push(current);
    }
    current.blocks.push(index);
    sectionOf[index] = current;
  });
  return { sections, sectionOf };
}

function openHeadingsAbove(section: Section, open: boolean[]): void {
  for (let parent = section.parent; parent; parent = parent.parent) open[parent.heading] = true;
}

/** For each block, whether a page shows it open: every block of a changed section, and the headings above it. */
export function openBlocks(blocks: readonly DiffBlock[]): boolean[] {
  const open = blocks.map(() => false);
  const { sections } = sectionsOf(blocks);
  for (const section of sections) {
    if (!section.blocks.some((index) => isChanged(blocks[index]!))) continue;
    for (const index of section.blocks) open[index] = true;
    openHeadingsAbove(section, open);
  }
  return open;
}

/**
 * For each block, whether a short excerpt (a feed item) shows it: each changed block with
 * `context` blocks either side of it in its section, its section's heading and the headings above.
 */
export function excerptBlocks(blocks: readonly DiffBlock[], context = 1): boolean[] {
  const shown = blocks.map(() => false);
  const { sectionOf } = sectionsOf(blocks);
  blocks.forEach((block, index) => {
    if (!isChanged(block)) return;
    const section = sectionOf[index]!;
    const at = section.blocks.indexOf(index);
    for (const near of section.blocks.slice(Math.max(0, at - context), at + context + 1)) shown[near] = true;
    if (section.heading !== -1) shown[section.heading] = true;
    openHeadingsAbove(section, shown);
  });
  return shown;
}

/** Consecutive runs of blocks that are not shown, as [first, last] index pairs. */
export function hiddenRuns(shown: readonly boolean[]): [number, number][] {
  const runs: [number, number][] = [];
  shown.forEach((open, index) => {
    if (open) return;
    const last = runs.at(-1);
    if (last && last[1] === index - 1) last[1] = index;
    else runs.push([index, index]);
  });
  return runs;
}
