/**
 * Property: for random edits of real documents, the diff is lossless. The segments spell
 * both documents exactly (equal + insert = new, equal + delete = old), block by block and in
 * order, and so does the inline HTML (without <del> the new text, without <ins> the old).
 * Real documents: every content/policies/<slug>/<date>.mdx present when the test runs, and
 * the hand-made copies in tests/fixtures/diff/real.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksOf as parseBlocks, bodyOf as stripFrontmatter } from '../../support/documents.ts';
import { diffDocuments } from '../../support/documents.ts';
import { renderInline } from '../../../src/lib/diff/render-inline.ts';
import { renderTable } from '../../../src/lib/diff/render-table.ts';
import { renderTerminal } from '../../../src/lib/diff/render-terminal.ts';
import { newSide, oldSide } from '../../../src/lib/diff/segments.ts';
import { fixturesRoot, projectRoot } from '../../support/paths.ts';
import { squash, textContent } from './html-text.ts';

/** Runs per property; raise it (DIFF_PROPERTY_RUNS=5000) for a longer search. */
const RUNS = Number(process.env.DIFF_PROPERTY_RUNS ?? 120);

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => path.join(dir, file));
}

const documents = [...mdxFiles(path.join(projectRoot, 'content/policies')), ...mdxFiles(path.join(fixturesRoot, 'diff/real'))]
  .map((file) => {
    const body = stripFrontmatter(readFileSync(file, 'utf8'));
    // A revision another engineer is still writing may not parse yet: it is left out.
    return { file: path.relative(projectRoot, file), body, texts: blocksOrNull(body) };
  })
  .flatMap(({ file, body, texts }) => (texts ? [{ file, body, texts }] : []));

/** Characters that cannot start MDX syntax (no <, {, \, *, _, `, [, #, |), with Japanese text and punctuation. */
const pieces = fc.constantFrom(
  ...'法令例個人情報利用目的組合員生協、。「」（）()・~ー：:1234567890あいうえおをにのはアイウエオABCabc '.split(''),
  '\n', '\n\n', '上記1~7', '　', '𠮷',
);
const insertion = fc.array(pieces, { minLength: 1, maxLength: 10 }).map((parts) => parts.join(''));

type Edit =
  | { type: 'insert'; at: number; text: string }
  | { type: 'delete'; at: number; length: number }
  | { type: 'replace'; at: number; length: number; text: string }
  | { type: 'swap'; a: number; b: number }
  | { type: 'move'; from: number; to: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ type: fc.constant('insert' as const), at: fc.nat(), text: insertion }),
  fc.record({ type: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ type: fc.constant('replace' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }), text: insertion }),
  fc.record({ type: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ type: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }),
);

/** Cut points never split a surrogate pair. */
function safeIndex(text: string, at: number): number {
  let i = at % (text.length + 1);
  if (i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]!)) i--;
  return i;
}

function apply(body: string, e: Edit): string {
  switch (e.type) {
    case 'insert': {
      const i = safeIndex(body, e.at);
      return body.slice(0, i) + e.text + body.slice(i);
    }
    case 'delete':
    case 'replace': {
      const i = safeIndex(body, e.at);
      const j = safeIndex(body, Math.min(body.length, i + e.length));
      return body.slice(0, i) + (e.type === 'replace' ? e.text : '') + body.slice(Math.max(i, j));
    }
    case 'swap':
    case 'move': {
      const paragraphs = body.split('\n\n');
      const n = paragraphs.length;
      if (e.type === 'swap') {
        const [a, b] = [e.a % n, e.b % n];
        [paragraphs[a], paragraphs[b]] = [paragraphs[b]!, paragraphs[a]!];
      } else {
        const [moved] = paragraphs.splice(e.from % n, 1);
        paragraphs.splice(e.to % n, 0, moved!);
      }
      return paragraphs.join('\n\n');
    }
  }
}

/** The blocks of a body, or null when a random edit made it invalid MDX (the run is then skipped). */
function blocksOrNull(body: string): string[] | null {
  try {
    return parseBlocks(body).map((b) => b.text);
  } catch {
    return null;
  }
}

function expectLossless(before: string, after: string, oldTexts: string[], newTexts: string[]): void {
  const diff = diffDocuments(before, after);

  // (a) Segments, block by block, in each document's order.
  expect(diff.blocks.filter((b) => b.new).map((b) => newSide(b.segments))).toEqual(newTexts);
  expect(diff.blocks.filter((b) => b.old).map((b) => oldSide(b.segments))).toEqual(oldTexts);
  expect(diff.blocks.map((b) => newSide(b.segments)).join('')).toBe(newTexts.join(''));
  expect(diff.blocks.map((b) => oldSide(b.segments)).join('')).toBe(oldTexts.join(''));
  for (const block of diff.blocks) {
    if (block.status !== 'moved-in') continue;
    const from = diff.blocks.find((b) => b.status === 'moved-out' && b.moveId === block.moveId);
    expect(newSide(block.moveSegments!)).toBe(block.new!.text);
    expect(oldSide(block.moveSegments!)).toBe(from!.old!.text);
  }
  expect(diff.insertedChars).toBeGreaterThanOrEqual(0);
  expect(diff.deletedChars).toBeGreaterThanOrEqual(0);

  // (b) The inline HTML, tags stripped and entities decoded, whitespace aside.
  const html = renderInline(diff);
  expect(squash(textContent(html, 'del'))).toBe(squash(newTexts.join('')));
  expect(squash(textContent(html, 'ins'))).toBe(squash(oldTexts.join('')));

  // The other renderers do not throw.
  renderTable(diff);
  renderTerminal(diff, { color: false });
}

describe('the diff of randomly edited real documents', () => {
  it('has real documents to edit', () => {
    expect(documents.length).toBeGreaterThanOrEqual(3);
  });

  it('finds no change between a document and itself', () => {
    for (const { body } of documents) {
      const diff = diffDocuments(body, body);
      expect(diff.blocks.every((b) => b.status === 'unchanged')).toBe(true);
      expect(diff).toMatchObject({ insertedChars: 0, deletedChars: 0, changedSections: [] });
    }
  });

  it('stays lossless between two different documents', () => {
    for (let i = 0; i < documents.length; i++) {
      for (let j = i + 1; j < documents.length; j++) {
        const [a, b] = [documents[i]!, documents[j]!];
        expectLossless(a.body, b.body, a.texts, b.texts);
      }
    }
  });

  it('spells both documents exactly, in segments and in the inline HTML', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: documents.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (index, edits) => {
        const { body: before, texts: oldTexts } = documents[index]!;
        const after = edits.reduce(apply, before);
        const newTexts = blocksOrNull(after);
        fc.pre(newTexts !== null);
        expectLossless(before, after, oldTexts, newTexts!);
      }),
      { numRuns: RUNS },
    );
  }, Math.max(30_000, RUNS * 50));

  it('stays lossless when both sides are edited documents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: documents.length - 1 }), fc.array(edit, { maxLength: 4 }), fc.array(edit, { maxLength: 4 }), (index, left, right) => {
        const base = documents[index]!.body;
        const before = left.reduce(apply, base);
        const after = right.reduce(apply, base);
        const oldTexts = blocksOrNull(before);
        const newTexts = blocksOrNull(after);
        fc.pre(oldTexts !== null && newTexts !== null);
        expectLossless(before, after, oldTexts!, newTexts!);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, Math.max(30_000, RUNS * 50));
});
