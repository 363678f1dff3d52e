/**
 * `npm run bench:search` (also part of `npm run bench`): builds the real site, then types
 * every query of tests/fixtures/search/queries.json into /search/ in headless Chromium and
 * reads the results as a reader sees them. Prints recall@1 and recall@3 (the answering
 * clause is the first, or among the first three, places a result links to), the median
 * time from query to results once the index is loaded, and the gzip bytes the first query
 * on a cold page loads. Budgets are printed, never asserted.
 *
 * `npm run bench:search -- --baseline` measures stock Pagefind instead, for comparison:
 * the same pages indexed by Pagefind as Japanese, the queries passed as typed, results
 * and sub-results in Pagefind's own order (docs/search.md).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import * as pagefind from 'pagefind';
import { launchBrowser } from '../tests/support/browser.ts';
import { fixturesRoot } from '../tests/support/paths.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { realSiteForBench } from './scale.ts';
import type { BenchResult } from './run.ts';

export interface Expected {
  policy: string;
  section: string;
  revision?: string;
}

export interface SearchQuery {
  q: string;
  kind: string;
  past?: boolean;
  expect: Expected[];
}

const BUDGET = { recallAt1: 0.85, recallAt3: 0.95, medianMs: 100, firstQueryKb: 150 };
const COLD_QUERY: SearchQuery = { q: '個人情報', kind: 'plain', expect: [] };

export async function searchQueries(): Promise<SearchQuery[]> {
  const file = path.join(fixturesRoot, 'search/queries.json');
  return (JSON.parse(await readFile(file, 'utf8')) as { queries: SearchQuery[] }).queries;
}

/** `/policies/a/2015-12-01/?highlight=x#h` → `/policies/a/2015-12-01/#h`, decoded. */
export function landingTarget(href: string): string {
  const url = new URL(href, 'http://localhost');
  return decodeURIComponent(`${url.pathname}${url.hash}`);
}

export function expectedTarget(answer: Expected): string {
  return `/policies/${answer.policy}/${answer.revision ? `${answer.revision}/` : ''}${answer.section ? `#${answer.section}` : ''}`;
}

/** 0-based rank of the first answer among the landing targets, or -1. */
export function answerRank(targets: string[], query: SearchQuery): number {
  const wanted = new Set(query.expect.map(expectedTarget));
  return targets.findIndex((target) => wanted.has(target));
}

interface Measured {
  query: SearchQuery;
  targets: string[];
  ms: number;
}

/** The search page, loaded: its script has wired the form by the load event. */
async function openSearchPage(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/search/`, { waitUntil: 'load' });
}

/** Runs one query through the page's own form and waits for the answer; returns the landing links and the time. */
async function searchOnPage(page: Page, query: SearchQuery): Promise<{ targets: string[]; ms: number }> {
  const past = page.locator('#search-include-past');
  if ((await past.isChecked()) !== Boolean(query.past)) await past.setChecked(Boolean(query.past));
  return page.evaluate(async (term) => {
    const form = document.querySelector<HTMLFormElement>('#search-form')!;
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    const summary = document.querySelector<HTMLElement>('#search-summary')!;
    const list = () => [...document.querySelectorAll('#search-results .search-result')];
    const settle = (done: () => boolean, timeout = 5000) => new Promise<void>((resolve) => {
      const started = performance.now();
      const check = () => (done() || performance.now() - started > timeout ? resolve() : requestAnimationFrame(check));
      check();
    });
    input.value = '';
    form.requestSubmit();
    await settle(() => list().length === 0 && summary.textContent === '');
    const started = performance.now();
    input.value = term;
    form.requestSubmit();
    // The summary names the query once its first results are drawn (or none were found).
    await settle(() => (summary.textContent ?? '').includes(`「${term}」`));
    const ms = performance.now() - started;
    const targets = list().map((item) => item.querySelector('a[data-landing]')?.getAttribute('href') ?? '');
    return { targets, ms };
}, query.q).then(({ targets, ms }) => ({ targets: targets.map(landingTarget), ms }));
}

/** Every response of a fresh page and its first query, gzip-sized as a host would send it. */
async function coldFirstQuery(page: Page, origin: string, query: SearchQuery): Promise<{ files: { url: string; bytes: number }[]; ms: number }> {
  const files: { url: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) return;
    pending.push(response.body().then((body) => {
      // Pagefind's .pagefind, .pf_* files are already gzipped; a host sends them as they are.
      files.push({ url: response.url().replace(origin, ''), bytes: Math.min(body.length, gzipSync(body).length) });
    }, () => undefined));
  });
  await openSearchPage(page, origin);
  const { ms } = await searchOnPage(page, query);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  return { files, ms };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function summaryRows(measured: Measured[]) {
  const ranks = measured.map(({ query, targets }) => answerRank(targets, query));
  const recallAt = (k: number) => ranks.filter((rank) => rank >= 0 && rank < k).length / ranks.length;
  // Coarser: the first result is an answering document, whichever place in it the link goes to.
  const documentOf = (target: string) => target.replace(/#.*$/, '');
  const documentAt1 = measured.filter(({ query, targets }) => targets.length > 0 && query.expect.some((answer) => documentOf(expectedTarget(answer)) === documentOf(targets[0]!))).length / measured.length;
  return { ranks, recallAt1: recallAt(1), recallAt3: recallAt(3), documentAt1 };
}

function queryRows(measured: Measured[], ranks: number[]) {
  return measured.map(({ query, targets, ms }, i) => ({
    query: query.q,
    kind: query.kind,
    rank: ranks[i]! >= 0 ? ranks[i]! + 1 : '—',
    'ms': ms.toFixed(0),
    'first result links to': targets[0]?.replace('/policies/', '') ?? '(none)',
  }));
}

export async function runSearchBench(): Promise<BenchResult[]> {
  const siteDir = await realSiteForBench();
  const queries = await searchQueries();
  const server = await serveStatic(siteDir);
  const browser = await launchBrowser();
  try {
    // A cold page (new context: empty cache) and its first query: a broad one, which every
    // policy answers, so that the most result data is loaded.
    const coldContext = await browser.newContext();
    const cold = await coldFirstQuery(await coldContext.newPage(), server.url, COLD_QUERY);
    await coldContext.close();
    // The document and the site-wide stylesheet are what every page loads; the rest is search.
    const searchFiles = cold.files.filter((file) => !/^\/search\/(\?.*)?$|^\/_astro\/Base\..*\.css$|^\/favicon\./.test(file.url));
    const searchBytes = searchFiles.reduce((sum, file) => sum + file.bytes, 0);
    const pageBytes = cold.files.reduce((sum, file) => sum + file.bytes, 0);

    // Every query, on one page whose index is already loaded (warm).
    const context = await browser.newContext();
    const page = await context.newPage();
    await openSearchPage(page, server.url);
    await searchOnPage(page, queries[0]!);
    const measured: Measured[] = [];
    for (const query of queries) measured.push({ query, ...(await searchOnPage(page, query)) });
    await context.close();

    const { ranks, recallAt1, recallAt3, documentAt1 } = summaryRows(measured);
    const warm = median(measured.map((entry) => entry.ms));
    const verdict = (ok: boolean) => (ok ? 'met' : 'not met');
    return [
      { title: `Search quality (${queries.length} queries, /search/ on the real site)`, rows: queryRows(measured, ranks) },
      {
        title: 'Search quality and speed (summary)',
        rows: [{
          'recall@1': recallAt1.toFixed(2),
          'recall@3': recallAt3.toFixed(2),
          'document recall@1': documentAt1.toFixed(2),
          'median (ms, index loaded)': warm.toFixed(1),
          [`first query "${COLD_QUERY.q}" (ms, cold page)`]: cold.ms.toFixed(0),
          'search files for first query (KB gzip)': kb(searchBytes),
          'whole page (KB gzip)': kb(pageBytes),
        }],
        notes: [
          `Target: recall@3 ≥ ${BUDGET.recallAt3} → ${recallAt3.toFixed(2)} (${verdict(recallAt3 >= BUDGET.recallAt3)}), recall@1 ≥ ${BUDGET.recallAt1} → ${recallAt1.toFixed(2)} (${verdict(recallAt1 >= BUDGET.recallAt1)})`,
          `Target: median < ${BUDGET.medianMs} ms → ${warm.toFixed(1)} ms (${verdict(warm < BUDGET.medianMs)}), first query ≤ ${BUDGET.firstQueryKb} KB → ${kb(searchBytes)} KB (${verdict(searchBytes <= BUDGET.firstQueryKb * 1024)})`,
          `Search files loaded by the first query: ${searchFiles.map((file) => `${file.url.replace(/\?.*$/, '')} ${kb(file.bytes)}`).join(', ')}`,
        ],
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Stock Pagefind over the same pages: Japanese index, the query as typed, its own result and sub-result order. */
export async function runSearchBaselineBench(): Promise<BenchResult> {
  const siteDir = await realSiteForBench();
  const baselineDir = `${siteDir}-stock-pagefind`;
  const { cp, rm } = await import('node:fs/promises');
  await rm(baselineDir, { recursive: true, force: true });
  await cp(siteDir, baselineDir, { recursive: true, filter: (source) => !source.startsWith(path.join(siteDir, 'pagefind')) });
  const { index } = await pagefind.createIndex({ forceLanguage: 'ja' });
  if (!index) throw new Error('Pagefind returned no index');
  await index.addDirectory({ path: baselineDir });
  await index.writeFiles({ outputPath: path.join(baselineDir, 'pagefind') });
  await pagefind.close();

  const queries = await searchQueries();
  const server = await serveStatic(baselineDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`);
    await page.evaluate(`import('/pagefind/pagefind.js').then((module) => { window.stockPagefind = module; })`);
    await page.waitForFunction(() => 'stockPagefind' in window);
    const measured: Measured[] = [];
    for (const query of queries) {
      const { targets, ms } = await page.evaluate(async ({ term, past }) => {
        type Data = { sub_results: { url: string }[] };
        const module = (window as unknown as { stockPagefind: { search(term: string, options: object): Promise<{ results: { data(): Promise<Data> }[] }> } }).stockPagefind;
        const started = performance.now();
        const response = await module.search(term, { filters: past ? {} : { status: ['current'] } });
        const data = await Promise.all(response.results.slice(0, 5).map((result) => result.data()));
        return { targets: data.map((entry) => entry.sub_results[0]?.url ?? ''), ms: performance.now() - started };
      }, { term: query.q, past: Boolean(query.past) });
      measured.push({ query, targets: targets.map(landingTarget), ms });
    }
    const { ranks, recallAt1, recallAt3, documentAt1 } = summaryRows(measured);
    return {
      title: `Baseline: stock Pagefind (Japanese index, queries as typed) — recall@1 ${recallAt1.toFixed(2)}, recall@3 ${recallAt3.toFixed(2)}, document recall@1 ${documentAt1.toFixed(2)}`,
      rows: queryRows(measured, ranks),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

function print(results: BenchResult[]): void {
  for (const { title, rows, notes } of results) {
    console.log(`\n## ${title}`);
    console.table(rows);
    for (const note of notes ?? []) console.log(`  ${note}`);
  }
}

// Run directly (`npm run bench:search [-- --baseline]`); `npm run bench` imports the functions above instead.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  print(process.argv.includes('--baseline') ? [await runSearchBaselineBench()] : await runSearchBench());
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
