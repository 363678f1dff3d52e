/**
 * The diff inside one pair of blocks: Japanese word tokens (see tokens.ts) compared with
 * jsdiff's diffArrays, then tidied by cleanupSegments so that a rewritten phrase reads as
 * one deletion and one insertion. Lossless: equal + insert spell the new text, equal +
 * delete the old one, whitespace included (spacing changes come out as whitespace-only
 * segments, which are not text changes).
 */
import { diffArrays } from 'diff';
import { cleanupSegments } from './cleanup.ts';
import { mergeAdjacent } from './segments.ts';
import { tokenize, type Token } from './tokens.ts';
import type { Segment } from './types.ts';

const WHITESPACE = /\s/u;
/**
 * Work allowed for one pair of blocks: Myers' diff costs (tokens) × (edits), so the edits
 * it may find shrink as the texts grow. A pair that differs more than that is shown as one
 * deletion and one insertion, which is still exact, only less fine-grained.
 */
const TOKEN_WORK = 4_000_000;
const MIN_EDITS = 200;

/**
 * Work allowed for all the pairs of one document diff: many large rewritten blocks could
 * otherwise each spend TOKEN_WORK. Once spent, a changed pair is shown whole (deleted, then
 * inserted), still exact. A real revision spends a few thousandths of it.
 */
const DOCUMENT_WORK = 15_000_000;

/** What one document diff may still spend on its pairs of blocks. */
export class WordWork {
  remaining = DOCUMENT_WORK;
}

/** Two spellings of the same token that differ only in whitespace, as segments. */
export function spacingSegments(oldText: string, newText: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  let j = 0;
  while (i < oldText.length || j < newText.length) {
    const oldStart = i;
    const newStart = j;
    while (i < oldText.length && WHITESPACE.test(oldText[i]!)) i++;
    while (j < newText.length && WHITESPACE.test(newText[j]!)) j++;
    const oldSpace = oldText.slice(oldStart, i);
    const newSpace = newText.slice(newStart, j);
    if (oldSpace === newSpace) out.push({ type: 'equal', text: newSpace });
    else out.push({ type: 'delete', text: oldSpace }, { type: 'insert', text: newSpace });
    // The same non-whitespace character follows on both sides (the keys are equal).
    if (j < newText.length) out.push({ type: 'equal', text: newText[j]! });
    i++;
    j++;
  }
  return mergeAdjacent(out);
}

/** The raw token-level diff, before clean-up. */
export function diffTokens(oldText: string, newText: string, work = new WordWork()): Segment[] {
  const oldTokens = tokenize(oldText);
  const newTokens = tokenize(newText);
  const size = Math.max(1, oldTokens.length + newTokens.length);
  const out: Segment[] = [];
  const equalTokens = (a: Token, b: Token) => {
    if (a.text === b.text) out.push({ type: 'equal', text: b.text });
    else out.push(...spacingSegments(a.text, b.text));
  };
  const maxEditLength = Math.min(Math.max(MIN_EDITS, Math.floor(TOKEN_WORK / size)), Math.floor(work.remaining / size));
  const changes = maxEditLength > 0 ? diffArrays(oldTokens, newTokens, { comparator: (a, b) => a.key === b.key, maxEditLength }) : undefined;
  // Myers' diff costs about (tokens) × (edits it found), or × the bound when it gave up.
  const edits = changes ? changes.reduce((sum, change) => sum + (change.added || change.removed ? (change.count ?? change.value.length) : 0), 0) : maxEditLength;
  work.remaining = Math.max(0, work.remaining - size * Math.max(1, edits));
  if (!changes) return [{ type: 'delete', text: oldText }, { type: 'insert', text: newText }];
  let oldPos = 0;
  let newPos = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.added) {
      out.push({ type: 'insert', text: joinTokens(newTokens, newPos, count) });
      newPos += count;
    } else if (change.removed) {
      out.push({ type: 'delete', text: joinTokens(oldTokens, oldPos, count) });
      oldPos += count;
    } else {
      for (let k = 0; k < count; k++) equalTokens(oldTokens[oldPos + k]!, newTokens[newPos + k]!);
      oldPos += count;
      newPos += count;
    }
  }
  return mergeAdjacent(out);
}

function joinTokens(tokens: Token[], start: number, count: number): string {
  return tokens.slice(start, start + count).map((t) => t.text).join('');
}

/** Word-level diff of two block texts, cleaned up for reading. */
export function diffWords(oldText: string, newText: string, work?: WordWork): Segment[] {
  if (oldText === newText) return oldText === '' ? [] : [{ type: 'equal', text: newText }];
  if (oldText === '') return [{ type: 'insert', text: newText }];
  if (newText === '') return [{ type: 'delete', text: oldText }];
  return cleanupSegments(diffTokens(oldText, newText, work));
}
