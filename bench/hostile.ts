/**
 * The work hostile content can ask for, at the limits of src/lib/content/limits.ts: each
 * shape just inside its limit (accepted, so parsed, diffed and rendered in full) and just
 * beyond it (refused by the scan, before any parsing). Budget: every accepted case checks
 * in under 1 s and diffs in under 1 s on this machine. Printed, never asserted.
 */
import { checkRevisionFile } from '../src/lib/content/revision.ts';
import { LIMITS, sha256Of, type Problem } from '../src/lib/content/index.ts';
import { diffBlockLists, renderInline, renderTable } from '../src/lib/diff/index.ts';
import type { BenchResult } from './run.ts';

const BUDGET_MS = 1000;

function check(body: string) {
  const bytes = new TextEncoder().encode(`---\ntitle: "t"\nsummary: "s"\n---\n${body}`);
  const problems: Problem[] = [];
  const started = performance.now();
  const revision = checkRevisionFile({ file: 'bench.mdx', bytes, sha256: sha256Of(bytes), slug: 'a', name: '2020-01-01.mdx' }, problems);
  return { revision, ms: performance.now() - started, refused: problems.map((problem) => problem.rule).join(',') };
}

const paragraphs = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}第${i}項の規定により個人情報を${(i * 37) % 101}回取り扱います。`);

const CASES: { name: string; at: (n: number) => string; limit: number }[] = [
  { name: 'emphasis markers in one paragraph', limit: LIMITS.emphasisRuns, at: (n) => '*個人*情報 '.repeat(n / 2) },
  { name: 'emphasis nested (depth)', limit: LIMITS.treeDepth - 3, at: (n) => `${'*a '.repeat(n)}b${' a*'.repeat(n)}` },
  { name: 'brackets', limit: LIMITS.brackets, at: (n) => '[a]('.repeat(n / 2) },
  { name: 'braces, escaped (a revision has no expressions)', limit: LIMITS.braces, at: (n) => `${'\\{'.repeat(Math.ceil(n / 2))}${'\\}'.repeat(Math.floor(n / 2))}` },
  { name: 'quote depth', limit: LIMITS.quoteDepth, at: (n) => `${'> '.repeat(n)}引用` },
  { name: 'list nesting (levels, within the tree depth)', limit: LIMITS.treeDepth / 2 - 1, at: (n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i * 2)}- 項目`).join('\n') },
  { name: 'blocks, order reversed in the new revision', limit: LIMITS.blocks, at: (n) => paragraphs(n, '').join('\n\n') },
];

export function runHostileBench(): BenchResult {
  const rows: Record<string, string | number>[] = [];
  for (const { name, at, limit } of CASES) {
    const inside = check(at(limit));
    let diffMs = '—';
    if (inside.revision) {
      const blocks = inside.revision.blocks;
      const started = performance.now();
      const diff = diffBlockLists(blocks, [...blocks].reverse());
      renderInline(diff);
      renderTable(diff);
      diffMs = (performance.now() - started).toFixed(0);
    }
    const beyond = check(at(limit + 2));
    rows.push({
      shape: name, limit,
      'at the limit: check (ms)': inside.revision ? inside.ms.toFixed(0) : `refused (${inside.refused})`,
      'diff + render (ms)': diffMs,
      'beyond: check (ms)': beyond.ms.toFixed(1),
      'beyond: verdict': beyond.revision ? 'accepted' : beyond.refused,
    });
  }
  const rewritten = (prefix: string) => paragraphs(LIMITS.blocks, prefix).map((text) => text.repeat(4)).join('\n\n');
  const [before, after] = [check(rewritten('旧')), check(rewritten('新'))];
  const started = performance.now();
  if (before.revision && after.revision) diffBlockLists(before.revision.blocks, after.revision.blocks);
  rows.push({ shape: `${LIMITS.blocks} long paragraphs, every one rewritten`, limit: LIMITS.blocks, 'at the limit: check (ms)': before.ms.toFixed(0), 'diff + render (ms)': (performance.now() - started).toFixed(0), 'beyond: check (ms)': '—', 'beyond: verdict': '—' });
  // Near the size limit, every block rewritten in punctuation (few shared tokens): the document's work bound.
  const punctuation = (seed: number) => Array.from({ length: 400 }, (_, i) => `あ${Array.from({ length: 1200 }, (_, j) => "!$%'(),.:;=?+-"[(i * 7 + j * (seed + 3) + ((j * j) % 11)) % 14]).join('')}`).join('\n\n');
  const [noisyBefore, noisyAfter] = [check(punctuation(1)), check(punctuation(2))];
  const noisyStarted = performance.now();
  if (noisyBefore.revision && noisyAfter.revision) diffBlockLists(noisyBefore.revision.blocks, noisyAfter.revision.blocks);
  rows.push({ shape: '400 blocks of 1,200 punctuation marks (480 KB), every one rewritten', limit: '—', 'at the limit: check (ms)': noisyBefore.revision ? noisyBefore.ms.toFixed(0) : `refused (${noisyBefore.refused})`, 'diff + render (ms)': (performance.now() - noisyStarted).toFixed(0), 'beyond: check (ms)': '—', 'beyond: verdict': '—' });
  return {
    title: 'Hostile content at the limits (parser, diff, renderers)',
    rows,
    notes: [`Budget: each accepted case checks and diffs in ≤ ${BUDGET_MS} ms; beyond a limit, refusal comes from the scan before parsing.`],
  };
}
