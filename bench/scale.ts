/**
 * Build benchmarks: the real site (median of 3), and generated sites of 25, 50 and 100
 * policies × 20 revisions each, to show that build time and memory grow linearly.
 * Budgets are printed, never asserted.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { splitFrontmatter } from '../src/lib/content/index.ts';
import { REAL_SITE_BUILD_DATE } from '../tests/global-setup.ts';
import { startBuild } from '../tests/support/build.ts';
import { outputRoot, projectRoot } from '../tests/support/paths.ts';
import { builtFiles } from '../tests/support/site-files.ts';
import type { BenchResult } from './run.ts';

/** The real site is built as of the same day as in the tests. */
export const BENCH_BUILD_DATE = REAL_SITE_BUILD_DATE;
const SIZES = [25, 50, 100].map((policies) => ({ policies, revisions: 20 }));
const BUDGET = { seconds: 80, megabytes: 1536 };

export interface MeasuredBuild {
  seconds: number;
  /** Peak of the summed resident memory of the build and every process it started. */
  peakRssMb: number;
  pages: number;
}

/** RSS (bytes) of a process and all its descendants, read from /proc. */
async function treeRss(root: number): Promise<number> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.length < 22) continue;
    const pid = Number(name);
    const ppid = Number(fields[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    rss.set(pid, Number(fields[21]) * 4096);
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** One real `npm run build` (scripts/build.ts) in a child process, timed, with its process tree's memory polled. */
export async function measuredBuild(contentDir: string, outDir: string, buildDate = BENCH_BUILD_DATE): Promise<MeasuredBuild> {
  // Every measured build starts cold, as on CI and in deployment: without Astro's content store
  // from an earlier build, every revision is read and rendered again.
  await rm(path.join(projectRoot, 'node_modules/.astro/data-store.json'), { force: true });
  const started = performance.now();
  const { child, done } = await startBuild({ contentDir, outDir, buildDate });
  let peak = 0;
  let polling = true;
  const poll = (async () => {
    while (polling) {
      peak = Math.max(peak, await treeRss(child.pid!));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const { code, output } = await done;
  const seconds = (performance.now() - started) / 1000;
  polling = false;
  await poll;
  if (code !== 0) throw new Error(`npm run build failed for ${contentDir}:\n${output.slice(-3000)}`);
  return { seconds, peakRssMb: peak / 1024 / 1024, pages: (await builtFiles(outDir, '.html')).length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Where the bench's build of the real content lands; page weight and Lighthouse serve it. */
export const BENCH_REAL_SITE = path.join(outputRoot, 'bench-real');
let realBuilt: Promise<unknown> | undefined;

/** Builds the real site for the browser benchmarks once per `npm run bench`. */
export function realSiteForBench(): Promise<string> {
  realBuilt ??= measuredBuild('content', BENCH_REAL_SITE);
  return realBuilt.then(() => BENCH_REAL_SITE);
}

export async function runBuildBench(): Promise<BenchResult> {
  const runs: MeasuredBuild[] = [];
  for (let run = 0; run < 3; run += 1) runs.push(await measuredBuild('content', BENCH_REAL_SITE));
  realBuilt = Promise.resolve();
  const seconds = median(runs.map((run) => run.seconds));
  return {
    title: 'Real site build (median of 3)',
    rows: [{
      pages: runs[0]!.pages,
      'median (s)': seconds.toFixed(2),
      'each run (s)': runs.map((run) => run.seconds.toFixed(2)).join(' / '),
      'per page (ms)': ((seconds / runs[0]!.pages) * 1000).toFixed(1),
      'peak memory (MB)': Math.max(...runs.map((run) => run.peakRssMb)).toFixed(0),
    }],
  };
}

// ---------------------------------------------------------------------------------------
// Generated content: the real documents' text, a small edit per revision.

interface Seed { title: string; paragraphs: string[] }

async function seeds(): Promise<Seed[]> {
  const dir = path.join(projectRoot, 'content/policies');
  const result: Seed[] = [];
  for (const slug of (await readdir(dir)).sort()) {
    const files = (await readdir(path.join(dir, slug))).filter((file) => file.endsWith('.mdx')).sort();
    const split = splitFrontmatter(await readFile(path.join(dir, slug, files.at(-1)!), 'utf8'));
    if (!split.ok) continue;
    const title = String((split.frontmatter.data as { title?: unknown }).title ?? slug);
    result.push({ title, paragraphs: split.body.trim().split(/\n{2,}/) });
  }
  // Longest first, so the generated set leans on the documents of typical size.
  return result.sort((a, b) => b.paragraphs.join('').length - a.paragraphs.join('').length);
}

function isoDay(start: string, addDays: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + addDays);
  return date.toISOString().slice(0, 10);
}

/** Writes `<dir>/content` with `policies` × `revisions` revision files; returns the content folder. */
export async function generateSite(dir: string, size: { policies: number; revisions: number }): Promise<string> {
  const content = path.join(dir, 'content');
  await rm(content, { recursive: true, force: true });
  const sources = await seeds();
  const registry: string[] = [];
  for (let p = 1; p <= size.policies; p += 1) {
    const slug = `policy-${String(p).padStart(3, '0')}`;
    const seed = sources[(p - 1) % sources.length]!;
    const title = `${seed.title}（その${p}）`;
    registry.push(`- slug: ${slug}\n  title: "${title}"\n  issuer: ベンチマーク生活協同組合 第${p}支部`);
    await mkdir(path.join(content, 'policies', slug), { recursive: true });
    const paragraphs = [...seed.paragraphs];
    for (let r = 0; r < size.revisions; r += 1) {
      const date = isoDay('2004-04-01', r * 200 + p);
      // Each revision changes one sentence-sized thing, as real revisions do.
      if (r > 0) {
        const at = (r * 7 + p) % paragraphs.length;
        paragraphs[at] = r % 3 === 0
          ? `${paragraphs[at]}\n\nなお、${date.slice(0, 4)}年の改定により、第${r}項の取扱いを見直しました。`
          : paragraphs[at]!.replace(/。/, `（${date.slice(0, 4)}年度改定）。`);
      }
      const summary = r === 0 ? '最初の版を収録しました。' : `第${r}次改定: 本文の一部を見直しました。`;
      const body = paragraphs.join('\n\n');
      await writeFile(path.join(content, 'policies', slug, `${date}.mdx`), `---\ntitle: "${title}"\nsummary: "${summary}"\n---\n${body}\n`);
    }
  }
  await writeFile(path.join(content, 'policies.yaml'), `${registry.join('\n')}\n`);
  return content;
}

export async function runScaleBench(): Promise<BenchResult> {
  const rows: Record<string, string | number>[] = [];
  let first: { revisions: number; seconds: number; peak: number } | undefined;
  for (const size of SIZES) {
    const dir = path.join(outputRoot, `bench-${size.policies}x${size.revisions}`);
    const content = await generateSite(dir, size);
    const build = await measuredBuild(content, path.join(dir, 'dist'));
    const revisions = size.policies * size.revisions;
    first ??= { revisions, seconds: build.seconds, peak: build.peakRssMb };
    const growth = revisions / first.revisions;
    rows.push({
      size: `${size.policies}×${size.revisions}`,
      revisions,
      pages: build.pages,
      'build (s)': build.seconds.toFixed(1),
      'per page (ms)': ((build.seconds / build.pages) * 1000).toFixed(1),
      'peak memory (MB)': build.peakRssMb.toFixed(0),
      // 1.00 means exactly linear: time grew as much as the content did.
      'time growth / size growth': ((build.seconds / first.seconds) / growth).toFixed(2),
      'memory growth / size growth': ((build.peakRssMb / first.peak) / growth).toFixed(2),
    });
  }
  const last = rows.at(-1)!;
  return {
    title: 'Build at scale (policies × revisions)',
    rows,
    notes: [
      `Budget (100×20): ≤ ${BUDGET.seconds} s, ≤ ${(BUDGET.megabytes / 1024).toFixed(1)} GB → ` +
        `${last['build (s)']} s (${Number(last['build (s)']) <= BUDGET.seconds ? 'met' : 'over'}), ` +
        `${last['peak memory (MB)']} MB (${Number(last['peak memory (MB)']) <= BUDGET.megabytes ? 'met' : 'over'})`,
      'A growth ratio near 1.00 means linear growth; below 1, the fixed cost (startup, Pagefind initialisation) is spread over more pages.',
    ],
  };
}
