/**
 * `npm run bench [-- <name>…]`: runs every `run…Bench` function exported by a module in
 * bench/ (a new benchmark is a new module) and prints each result as a table. Budgets are
 * printed, never asserted; a benchmark that crashes is reported and the others still run.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What a benchmark returns: a titled table, optionally with notes (budgets, caveats). */
export interface BenchResult {
  title: string;
  rows: Record<string, string | number>[];
  notes?: string[];
}

type BenchFunction = () => Promise<BenchResult | BenchResult[] | Record<string, unknown>[] | void> | BenchResult | void;

const benchDir = path.dirname(fileURLToPath(import.meta.url));

function print(name: string, result: unknown): void {
  if (result === undefined) return; // The benchmark printed its own figures.
  const results = Array.isArray(result) && result.length > 0 && 'rows' in (result[0] as object) ? result as BenchResult[]
    : Array.isArray(result) ? [{ title: name, rows: result as BenchResult['rows'] }]
    : [result as BenchResult];
  for (const { title, rows, notes } of results) {
    console.log(`\n## ${title ?? name}`);
    console.table(rows);
    for (const note of notes ?? []) console.log(`  ${note}`);
  }
}

async function benchmarks(): Promise<{ name: string; run: BenchFunction }[]> {
  const modules = (await readdir(benchDir)).filter((file) => file.endsWith('.ts') && file !== 'run.ts').sort();
  const found: { name: string; run: BenchFunction }[] = [];
  for (const file of modules) {
    const exports = await import(pathToFileURL(path.join(benchDir, file)).href) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (/^run\w*Bench$/.test(name) && typeof value === 'function') found.push({ name: `${file.replace(/\.ts$/, '')}:${name}`, run: value as BenchFunction });
    }
  }
  return found;
}

export async function main(filters: string[]): Promise<number> {
  const selected = (await benchmarks()).filter(({ name }) => filters.length === 0 || filters.some((filter) => name.toLowerCase().includes(filter.toLowerCase())));
  if (selected.length === 0) {
    console.error(`No benchmark matches: ${filters.join(' ')}`);
    return 2;
  }
  let crashed = 0;
  for (const { name, run } of selected) {
    const started = performance.now();
    console.log(`\n▶ ${name}`);
    try {
      print(name, await run());
    } catch (error) {
      crashed += 1;
      console.error(`✗ ${name} failed: ${(error as Error).stack ?? String(error)}`);
    }
    console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  return crashed > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
