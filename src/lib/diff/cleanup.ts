/**
 * Makes a token diff readable. Between two changes, an unchanged island no longer than the
 * changes on either side of it (a particle, a comma, a common word inside a rewritten
 * phrase) is folded into them, so the phrase reads as one deletion and one insertion rather
 * than confetti. Changes between two islands are ordered deletion first, then insertion.
 */
import { visibleLength } from './segments.ts';
import type { Segment } from './types.ts';

interface ChangeRun {
  kind: 'change';
  del: string;
  ins: string;
}
type Run = { kind: 'equal'; text: string } | ChangeRun;

function toRuns(segments: readonly Segment[]): Run[] {
  const runs: Run[] = [];
  for (const { type, text } of segments) {
    if (text === '') continue;
    const last = runs.at(-1);
    if (type === 'equal') {
      if (last?.kind === 'equal') last.text += text;
      else runs.push({ kind: 'equal', text });
      continue;
    }
    let change: ChangeRun;
    if (last?.kind === 'change') change = last;
    else runs.push((change = { kind: 'change', del: '', ins: '' }));
    if (type === 'delete') change.del += text;
    else change.ins += text;
  }
  return runs;
}

function toSegments(runs: readonly Run[]): Segment[] {
  const out: Segment[] = [];
  for (const run of runs) {
    if (run.kind === 'equal') out.push({ type: 'equal', text: run.text });
    else {
      if (run.del) out.push({ type: 'delete', text: run.del });
      if (run.ins) out.push({ type: 'insert', text: run.ins });
    }
  }
  return out;
}

/** How much a change weighs against an island: the larger of its two sides, whitespace aside. */
function weight(run: ChangeRun): number {
  return Math.max(visibleLength(run.del), visibleLength(run.ins));
}

/** Folds each island that is no longer than the changes on both sides of it into them. */
export function cleanupSegments(segments: readonly Segment[]): Segment[] {
  const runs = toRuns(segments);
  let i = 1;
  while (i < runs.length - 1) {
    const before = runs[i - 1]!;
    const island = runs[i]!;
    const after = runs[i + 1]!;
    if (island.kind === 'equal' && before.kind === 'change' && after.kind === 'change') {
      const size = visibleLength(island.text);
      if (size <= weight(before) && size <= weight(after)) {
        const merged: Run = { kind: 'change', del: before.del + island.text + after.del, ins: before.ins + island.text + after.ins };
        runs.splice(i - 1, 3, merged);
        // The merged change is heavier: the island before it may now fold too.
        i = Math.max(1, i - 2);
        continue;
      }
    }
    i++;
  }
  return toSegments(runs);
}
