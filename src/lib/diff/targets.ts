/**
 * Changes of what a block shows or leads to besides its text: a link's address, an image,
 * a list item's number, a checkbox, the note a footnote mark leads to. A reader acts on them
 * without reading them as the block's text: a change is a change of content, compared apart
 * from the text (so the text's segments still spell both documents exactly) and shown in
 * every view beside the block it belongs to.
 */
import { diffArrays } from 'diff';
import { targetKey } from '../content/index.ts';
import type { Block, Target, TargetChange } from './types.ts';
import { codePointLength } from './segments.ts';


/** The targets one block lost and gained against another; undefined when they lead to the same places. */
export function targetChange(oldBlock: Block, newBlock: Block): TargetChange | undefined {
  const removed: Target[] = [];
  const added: Target[] = [];
  let oldPos = 0;
  let newPos = 0;
  for (const change of diffArrays(oldBlock.targets.map(targetKey), newBlock.targets.map(targetKey))) {
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

const KIND_NAMES: Record<Target['kind'], string> = { link: 'リンク先', image: '画像', number: '番号', checkbox: 'チェック', footnote: '注', struck: '取り消し線' };

/**
 * A target as the views show it: what it is (リンク先, 番号, チェック, 注, 画像), never marked as
 * changed, and its value, which is: 「リンク先 https://…」, 「番号 5」, 「チェック あり」.
 */
export function describeTarget(target: Target): { name: string; value: string } {
  const label = target.label ? `「${target.label}」` : '';
  const value = target.kind === 'checkbox' ? (target.value === 'checked' ? 'あり' : 'なし') : target.value;
  return { name: KIND_NAMES[target.kind], value: `${value}${label}` };
}

/** One line of a target change as the views say it: what it is, what it was, what it became. */
export interface TargetLine {
  name: string;
  removed?: string;
  added?: string;
}

/**
 * A change read as a reader says it: a target that was replaced by one of its kind reads as one
 * line (リンク先 old → new); what was only dropped or only added stands alone.
 */
export function targetLines(change: TargetChange): TargetLine[] {
  const lines: TargetLine[] = [];
  const added = [...change.added];
  for (const target of change.removed) {
    const { name, value } = describeTarget(target);
    const match = added.findIndex((other) => other.kind === target.kind);
    const replacement = match >= 0 ? added.splice(match, 1)[0] : undefined;
    lines.push(replacement ? { name, removed: value, added: describeTarget(replacement).value } : { name, removed: value });
  }
  for (const target of added) {
    const { name, value } = describeTarget(target);
    lines.push({ name, added: value });
  }
  return lines;
}

/** Code points a target change adds and removes, counted like text. */
export function targetChars(change: TargetChange): { inserted: number; deleted: number } {
  const size = (targets: readonly Target[]) => targets.reduce((sum, target) => sum + codePointLength(target.value) + codePointLength(target.label ?? ''), 0);
  return { inserted: size(change.added), deleted: size(change.removed) };
}
