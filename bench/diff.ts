/**
 * Diff engine benchmark: median time of `diffDocuments` (parse both bodies, align, word diff)
 * over 30 runs after warm-up, for
 *   (a) the largest real revisions (two revisions of the policy with the largest file, or
 *       that file against a lightly edited copy when it has only one; the fixture documents
 *       in tests/fixtures/diff/real when there is no content), budget 20 ms;
 *   (b) two synthetic 20,000-character Japanese documents with 5% of the text edited, budget 100 ms.
 * `node bench/diff.ts` prints the table; `npm run bench` calls runDiffBench. Budgets are printed, not asserted.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bodyOf as stripFrontmatter } from '../tests/support/documents.ts';
import { diffDocuments } from '../tests/support/documents.ts';

export type Row = Record<string, string | number>;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WARMUP = 5;
const RUNS = 30;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeDiff(oldBody: string, newBody: string): number {
  for (let i = 0; i < WARMUP; i++) diffDocuments(oldBody, newBody);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    diffDocuments(oldBody, newBody);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same texts. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A few clause-level edits: a word replaced, a clause inserted, a clause removed. */
function lightlyEdited(body: string): string {
  const paragraphs = body.split('\n\n');
  const edit = (index: number, change: (p: string) => string) => {
    const i = Math.min(paragraphs.length - 1, Math.floor(paragraphs.length * index));
    paragraphs[i] = change(paragraphs[i]!);
  };
  edit(0.2, (p) => p.replace('、', '、必要に応じて、'));
  edit(0.5, (p) => p.replace(/。$/, 'ものとします。'));
  edit(0.8, (p) => p.slice(0, Math.floor(p.length / 2)) + p.slice(Math.floor(p.length / 2) + 6));
  return paragraphs.join('\n\n');
}

interface Pair {
  label: string;
  oldBody: string;
  newBody: string;
}

/** (a) The largest real revisions, or the fixture documents when no content exists. */
function realPair(): Pair {
  const contentDir = path.join(root, 'content/policies');
  const files = existsSync(contentDir)
    ? readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).map((f) => path.join(contentDir, f))
    : [];
  if (files.length === 0) {
    const fixtures = path.join(root, 'tests/fixtures/diff/real');
    files.push(...readdirSync(fixtures).filter((f) => f.endsWith('.mdx')).map((f) => path.join(fixtures, f)));
  }
  const bySize = files.map((file) => ({ file, size: statSync(file).size })).sort((a, b) => b.size - a.size);
  const largest = bySize[0]!.file;
  const siblings = bySize.filter(({ file }) => path.dirname(file) === path.dirname(largest)).map(({ file }) => file).sort();
  const read = (file: string) => stripFrontmatter(readFileSync(file, 'utf8'));
  const name = (file: string) => path.relative(root, file);
  if (siblings.length >= 2) {
    // The two latest revisions of that policy: the diff a reader of its changes page sees.
    const [older, newer] = siblings.slice(-2) as [string, string];
    return { label: `Real document ${name(older)} → ${path.basename(newer)}`, oldBody: read(older), newBody: read(newer) };
  }
  return { label: `Real document ${name(largest)} vs. a copy with a few edits`, oldBody: read(largest), newBody: lightlyEdited(read(largest)) };
}

const WORDS = [
  '個人情報', '組合員', '生協', '利用目的', '共同利用', '管理', '適正', '方法', '取得', '提供', '第三者', '法令',
  '安全', '措置', '業務', '委託', '開示', '訂正', '削除', '請求', '本人', '確認', '事業', '活動', '情報システム',
  'アンケート', 'ホームページ', 'セキュリティ', 'について', 'により', 'に関して', 'を', 'に', 'は', 'の', 'が',
  'します', 'いたします', 'ものとします', 'ことがあります',
];

/** A Japanese-looking policy of about `chars` characters: headings and paragraphs of policy vocabulary. */
function syntheticDocument(chars: number, next: () => number): string[] {
  const blocks: string[] = [];
  let length = 0;
  let section = 1;
  while (length < chars) {
    if (blocks.length % 9 === 0) {
      const heading = `## ${section++}.${WORDS[Math.floor(next() * 25)]}の${WORDS[Math.floor(next() * 25)]}について`;
      blocks.push(heading);
      length += heading.length;
      continue;
    }
    let paragraph = '';
    const target = 80 + Math.floor(next() * 160);
    while (paragraph.length < target) {
      paragraph += WORDS[Math.floor(next() * WORDS.length)]!;
      const r = next();
      paragraph += r < 0.12 ? '、' : r < 0.18 ? '。' : '';
    }
    paragraph += '。';
    blocks.push(paragraph);
    length += paragraph.length;
  }
  return blocks;
}

/** Edits about `share` of the characters: words replaced, phrases inserted and removed, one paragraph moved. */
function editedCopy(blocks: string[], share: number, next: () => number): string[] {
  const out = [...blocks];
  const total = out.reduce((n, b) => n + b.length, 0);
  let edited = 0;
  while (edited < total * share) {
    const i = 1 + Math.floor(next() * (out.length - 1));
    const block = out[i]!;
    if (block.startsWith('#')) continue;
    const at = Math.floor(next() * block.length);
    const length = 2 + Math.floor(next() * 12);
    const phrase = WORDS[Math.floor(next() * WORDS.length)]! + WORDS[Math.floor(next() * WORDS.length)]!;
    const kind = next();
    out[i] = kind < 0.4 ? block.slice(0, at) + phrase + block.slice(at + length)
      : kind < 0.7 ? block.slice(0, at) + phrase + block.slice(at)
      : block.slice(0, at) + block.slice(at + length);
    edited += kind < 0.4 ? Math.max(length, phrase.length) : kind < 0.7 ? phrase.length : length;
  }
  const [moved] = out.splice(Math.floor(out.length / 3), 1);
  out.splice(Math.floor((out.length * 2) / 3), 0, moved!);
  return out;
}

function syntheticPair(): Pair {
  const next = random(20_000);
  const blocks = syntheticDocument(20_000, next);
  return { label: 'Synthetic document, 20,000 chars, 5% edited', oldBody: blocks.join('\n\n'), newBody: editedCopy(blocks, 0.05, next).join('\n\n') };
}

function measure(pair: Pair, budgetMs: number): Row {
  const ms = timeDiff(pair.oldBody, pair.newBody);
  const diff = diffDocuments(pair.oldBody, pair.newBody);
  return {
    case: pair.label,
    'chars (old / new)': `${[...pair.oldBody].length} / ${[...pair.newBody].length}`,
    blocks: diff.blocks.length,
    'inserted / deleted (chars)': `${diff.insertedChars} / ${diff.deletedChars}`,
    [`median (ms, ${RUNS} runs)`]: ms.toFixed(2),
    'budget (ms)': budgetMs,
    verdict: ms <= budgetMs ? 'met' : 'over',
  };
}

/** The rows of the benchmark table (called by bench/run.ts). */
export async function runDiffBench(): Promise<Row[]> {
  return [measure(realPair(), 20), measure(syntheticPair(), 100)];
}

const isMain = (import.meta as { main?: boolean }).main ?? process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
  console.log('Diff engine: time of diffDocuments (parse, align, word diff)');
  console.table(await runDiffBench());
}
