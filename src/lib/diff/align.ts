/**
 * Aligns the blocks of two documents. Identical blocks are anchored first (longest common
 * subsequence of their whitespace-free texts). Between two anchors, the blocks that remain
 * are paired by similarity when they are edits of each other. A block whose twin (equal or
 * nearly so) sits between other anchors was moved. Everything else is inserted or deleted.
 */
import { diffArrays } from 'diff';
import { bigrams, diceOfBigrams, total } from './similarity.ts';
import type { Block } from './types.ts';

export type Alignment =
  | { type: 'pair'; old: Block; new: Block }
  | { type: 'insert'; new: Block }
  | { type: 'delete'; old: Block }
  | { type: 'move-out'; old: Block; to: Block; moveId: number }
  | { type: 'move-in'; new: Block; from: Block; moveId: number };

/** Edits of one block score at least this; below it, two blocks are separate texts. */
const EDIT_THRESHOLD = 0.4;
/** A lone deleted block and a lone inserted block of the same kind between the same anchors. */
const LONE_EDIT_THRESHOLD = 0.3;
/** A block found elsewhere with at least this similarity was moved, not rewritten. */
const MOVE_THRESHOLD = 0.8;
/** Very short texts ("以上") recur by chance; they are not matched across the document. */
const MOVE_MIN_CHARS = 2;
const NEAR_MOVE_MIN_CHARS = 8;
/** Above this many candidate pairs in one gap, pairing falls back to a greedy scan. */
const MAX_DP_CELLS = 40_000;
/**
 * Similarities computed for one diff, at most. Beyond it only identical blocks are matched:
 * a document rewritten wholesale in a hostile order still diffs in bounded time, and the
 * result still spells both texts (it shows more as deleted and inserted).
 */
const MAX_SIMILARITIES = 200_000;

/** Blocks between two anchors: deleted old ones and inserted new ones. */
interface Gap {
  dels: Block[];
  ins: Block[];
}

type Step = { type: 'anchor'; old: Block; new: Block } | { type: 'gap'; gap: Gap };

/** Work allowed for anchoring: Myers' diff costs (blocks) × (edits), so the edits it may find shrink as documents grow. */
const ANCHOR_WORK = 1_000_000;
const MIN_ANCHOR_EDITS = 200;

/** Splits both documents at their identical blocks (all one gap when they differ beyond the work allowed). */
function anchorsAndGaps(oldBlocks: Block[], newBlocks: Block[]): Step[] {
  const maxEditLength = Math.max(MIN_ANCHOR_EDITS, Math.floor(ANCHOR_WORK / Math.max(1, oldBlocks.length + newBlocks.length)));
  const changes = diffArrays(oldBlocks.map((b) => b.key), newBlocks.map((b) => b.key), { maxEditLength })
    ?? [{ removed: true, added: false, count: oldBlocks.length, value: [] }, { removed: false, added: true, count: newBlocks.length, value: [] }];
  const steps: Step[] = [];
  let oldPos = 0;
  let newPos = 0;
  let gap: Gap | null = null;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.added) {
      gap ??= { dels: [], ins: [] };
      gap.ins.push(...newBlocks.slice(newPos, newPos + count));
      newPos += count;
    } else if (change.removed) {
      gap ??= { dels: [], ins: [] };
      gap.dels.push(...oldBlocks.slice(oldPos, oldPos + count));
      oldPos += count;
    } else {
      if (gap) steps.push({ type: 'gap', gap });
      gap = null;
      for (let i = 0; i < count; i++) steps.push({ type: 'anchor', old: oldBlocks[oldPos + i]!, new: newBlocks[newPos + i]! });
      oldPos += count;
      newPos += count;
    }
  }
  if (gap) steps.push({ type: 'gap', gap });
  return steps;
}

/** Caches each block's bigrams, since a block may be compared with many others. */
class Similarities {
  private cache = new Map<Block, { grams: Map<string, number>; size: number }>();

  private of(block: Block) {
    let entry = this.cache.get(block);
    if (!entry) {
      const grams = bigrams(block.key);
      entry = { grams, size: total(grams) };
      this.cache.set(block, entry);
    }
    return entry;
  }

  private scores = new Map<Block, Map<Block, number>>();
  private budget = MAX_SIMILARITIES;

  /** Dice similarity, or 0 without computing it when the sizes alone keep it under `floor`. */
  score(a: Block, b: Block, floor: number): number {
    if (a.key === b.key) return 1;
    const known = this.scores.get(a)?.get(b);
    if (known !== undefined) return known;
    if (this.budget <= 0) return 0;
    this.budget -= 1;
    const score = this.compute(a, b, floor);
    // Only exact scores are remembered; a 0 from the size bound depends on the floor asked for.
    if (score > 0) {
      let row = this.scores.get(a);
      if (!row) this.scores.set(a, (row = new Map()));
      row.set(b, score);
    }
    return score;
  }

  private compute(a: Block, b: Block, floor: number): number {
    const x = this.of(a);
    const y = this.of(b);
    const bound = x.size + y.size === 0 ? 1 : (2 * Math.min(x.size, y.size)) / (x.size + y.size);
    if (bound < floor) return 0;
    const dice = diceOfBigrams(x.grams, y.grams, x.size + y.size);
    // A change of kind (paragraph to list item) makes the pairing a little less likely.
    return a.kind === b.kind ? dice : dice * 0.9;
  }
}

/** Cross-gap twins: each inserted block takes its most similar deleted block from another gap. */
function findMoves(gaps: Gap[], sims: Similarities): Map<Block, Block> {
  const gapOf = new Map<Block, Gap>();
  for (const gap of gaps) for (const block of gap.dels) gapOf.set(block, gap);
  const candidates: { from: Block; to: Block; score: number }[] = [];
  const delsByKey = new Map<string, Block[]>();
  for (const gap of gaps) for (const block of gap.dels) delsByKey.set(block.key, [...(delsByKey.get(block.key) ?? []), block]);
  const allDels = gaps.flatMap((g) => g.dels).filter((b) => Array.from(b.key).length >= NEAR_MOVE_MIN_CHARS);

  for (const gap of gaps) {
    for (const to of gap.ins) {
      const length = Array.from(to.key).length;
      if (length < MOVE_MIN_CHARS) continue;
      for (const from of delsByKey.get(to.key) ?? []) candidates.push({ from, to, score: 1 });
      if (length < NEAR_MOVE_MIN_CHARS) continue;
      // An edit in place (its old self is between the same anchors) is not looked for elsewhere.
      if (gap.dels.some((from) => sims.score(from, to, MOVE_THRESHOLD) >= MOVE_THRESHOLD)) continue;
      for (const from of allDels) {
        if (from.key === to.key || gapOf.get(from) === gap) continue;
        const score = sims.score(from, to, MOVE_THRESHOLD);
        if (score >= MOVE_THRESHOLD) candidates.push({ from, to, score });
      }
    }
  }
  // Best matches first; ties keep document order (the sort is stable).
  candidates.sort((a, b) => b.score - a.score);
  const moves = new Map<Block, Block>(); // new block -> old block
  const taken = new Set<Block>();
  for (const { from, to } of candidates) {
    if (moves.has(to) || taken.has(from)) continue;
    moves.set(to, from);
    taken.add(from);
  }
  return moves;
}

/** Order-preserving pairs of one gap that maximise the summed similarity. */
function pairWithinGap(dels: Block[], ins: Block[], sims: Similarities): [number, number][] {
  if (dels.length === 0 || ins.length === 0) return [];
  const lone = dels.length === 1 && ins.length === 1 && dels[0]!.kind === ins[0]!.kind;
  const threshold = lone ? LONE_EDIT_THRESHOLD : EDIT_THRESHOLD;
  const weight = (i: number, j: number) => {
    const s = sims.score(dels[i]!, ins[j]!, threshold);
    return s >= threshold ? s : -1;
  };
  if (dels.length * ins.length > MAX_DP_CELLS) return greedyPairs(dels.length, ins.length, weight);

  const p = dels.length;
  const q = ins.length;
  const score: number[][] = Array.from({ length: p + 1 }, () => new Array<number>(q + 1).fill(0));
  for (let i = 1; i <= p; i++) {
    for (let j = 1; j <= q; j++) {
      const w = weight(i - 1, j - 1);
      score[i]![j] = Math.max(score[i - 1]![j]!, score[i]![j - 1]!, w >= 0 ? score[i - 1]![j - 1]! + w : -Infinity);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = p, j = q; i > 0 && j > 0; ) {
    if (score[i]![j] === score[i - 1]![j]) i--;
    else if (score[i]![j] === score[i]![j - 1]) j--;
    else {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    }
  }
  return pairs.reverse();
}

/** For huge gaps: walk both lists, pairing each deleted block with the next good-enough insert. */
function greedyPairs(p: number, q: number, weight: (i: number, j: number) => number): [number, number][] {
  const pairs: [number, number][] = [];
  let j = 0;
  for (let i = 0; i < p && j < q; i++) {
    for (let k = j; k < Math.min(q, j + 20); k++) {
      if (weight(i, k) >= 0) {
        pairs.push([i, k]);
        j = k + 1;
        break;
      }
    }
  }
  return pairs;
}

/** Aligns two block lists; the result follows the new document, with deletions where they stood. */
export function alignBlocks(oldBlocks: Block[], newBlocks: Block[]): Alignment[] {
  const steps = anchorsAndGaps(oldBlocks, newBlocks);
  const gaps = steps.flatMap((s) => (s.type === 'gap' ? [s.gap] : []));
  const sims = new Similarities();
  const movedFrom = findMoves(gaps, sims); // new -> old
  const movedTo = new Map<Block, Block>([...movedFrom].map(([to, from]) => [from, to]));

  const out: Alignment[] = [];
  for (const step of steps) {
    if (step.type === 'anchor') {
      out.push({ type: 'pair', old: step.old, new: step.new });
      continue;
    }
    const dels = step.gap.dels.filter((b) => !movedTo.has(b));
    const ins = step.gap.ins.filter((b) => !movedFrom.has(b));
    // In document order on both sides, as the pairing keeps it.
    const pairs = pairWithinGap(dels, ins, sims).map(([i, j]) => [dels[i]!, ins[j]!] as const);
    const gapDels = step.gap.dels;
    const gapIns = step.gap.ins;
    const emitOld = (block: Block) => {
      const to = movedTo.get(block);
      out.push(to ? { type: 'move-out', old: block, to, moveId: 0 } : { type: 'delete', old: block });
    };
    const emitNew = (block: Block) => {
      const from = movedFrom.get(block);
      out.push(from ? { type: 'move-in', new: block, from, moveId: 0 } : { type: 'insert', new: block });
    };
    // Walk both sides in order: deletions (and moves out) before each pair, then insertions;
    // after the last pair, whatever is left.
    let d = 0;
    let n = 0;
    for (const [oldBlock, newBlock] of [...pairs, [undefined, undefined] as const]) {
      while (d < gapDels.length && gapDels[d] !== oldBlock) emitOld(gapDels[d++]!);
      while (n < gapIns.length && gapIns[n] !== newBlock) emitNew(gapIns[n++]!);
      if (oldBlock && newBlock) {
        out.push({ type: 'pair', old: oldBlock, new: newBlock });
        d++;
        n++;
      }
    }
  }
  numberMoves(out);
  return out;
}

/** Move ids count from 1 in the order the moved blocks appear in the new document. */
function numberMoves(out: Alignment[]): void {
  const ids = new Map<Block, number>(); // old block -> id
  let next = 1;
  for (const entry of out) if (entry.type === 'move-in') ids.set(entry.from, (entry.moveId = next++));
  for (const entry of out) if (entry.type === 'move-out') entry.moveId = ids.get(entry.old) ?? 0;
}
