/**
 * Changes of where links lead and what images show. A reader does not see a link's
 * address as text, but follows it: a changed address is a change of content, compared
 * apart from the text (so the text's segments still spell both documents exactly) and
 * shown in every view beside the block it belongs to.
 */
import { diffArrays } from 'diff';
import type { Block, Target, TargetChange } from './types.ts';
import { codePointLength } from './segments.ts';

const keyOf = (target: Target) => `${target.kind}\u0000${target.url}\u0000${target.label ?? ''}`;

/** The targets one block lost and gained against another; undefined when they lead to the same places. */
export function targetChange(oldBlock: Block, newBlock: Block): TargetChange | undefined {
  const removed: Target[] = [];
  const added: Target[] = [];
  let oldPos = 0;
  let newPos = 0;
  for (const change of diffArrays(oldBlock.targets.map(keyOf), newBlock.targets.map(keyOf))) {
    const count = change.count ?? change.value.length;
    if (change.added) added.push(...newBlock.targets.slice(newPos, (newPos += count)));
    else if (change.removed) removed.push(...oldBlock.targets.slice(oldPos, (oldPos += count)));
    else {
      oldPos += count;
      newPos += count;
    }
  }
  return removed.length > 0 || added.length > 0 ? { removed, added } : undefined;
}

/** A target as the views show it: the address, and for an image what it says. */
export function describeTarget(target: Target): string {
  const label = target.label ? `「${target.label}」` : '';
  return target.kind === 'image' ? `画像 ${target.url}${label}` : `${target.url}${label}`;
}

/** Code points a target change adds and removes, counted like text. */
export function targetChars(change: TargetChange): { inserted: number; deleted: number } {
  const size = (targets: readonly Target[]) => targets.reduce((sum, target) => sum + codePointLength(target.url) + codePointLength(target.label ?? ''), 0);
  return { inserted: size(change.added), deleted: size(change.removed) };
}
