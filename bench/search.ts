/**
 * `npm run bench:search` (also part of `npm run bench`): builds the real site and measures
 * search three ways over the same pages, query set by query set and tier by tier:
 *
 * - **this design**: every query typed into /search/ in headless Chromium and read as a
 *   reader sees the results (the landing link of each result);
 * - **stock Pagefind**: the same pages indexed by Pagefind as Japanese, the query passed to
 *   its JS API as typed, results and sub-results in Pagefind's own order;
 * - **raw API on our index**: our index, searched through Pagefind's JS API with the query
 *   as typed (what a script reading the index directly, or the page before its scripts
 *   finish, would get).
 *
 * For each: recall@1 and recall@3 (the answering clause is the first, or among the first
 * three, places the results link to), MRR (over the first ten), and for the negatives how
 * many found anything at all. Then the warm latency of this design (query to drawn results
 * once the index is loaded) and the gzip bytes of search assets a cold page loads for its
 * first query. Budgets are printed, never asserted.
 */
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
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

/** The issue's goals, per tier; the first-query budget is the whole of a cold page's search assets. */
const BUDGET = { recallAt1: 0.9, recallAt3: 0.95, warmMs: 50, firstQueryKb: 120 };
/**
 * Cold first queries: a one-word query, which every policy answers (the most result data); a
 * question as members type it (the extra file and the form tables of its characters); one
 * with a slip the tables correct; one with a slip in its first character (the words' files of
 * its characters too); and one in romaji (the romaji reader too). The budget holds for each.
 */
const COLD_QUERIES: SearchQuery[] = [
  { q: '個人情報', kind: 'plain', expect: [] },
  { q: '自分の個人情報を削除してほしい', kind: 'plain', expect: [] },
  { q: 'こじんじょおほうの さくじょ', kind: 'plain', expect: [] },
  { q: '依託先', kind: 'plain', expect: [] },
  { q: 'kojin jouhou sakujo', kind: 'plain', expect: [] },
];
/**
 * The query sets, written as members type. The goals are judged on five: the blind one
 * (written at the start of the sixth round, measured once after it, never used for tuning),
 * the unseen one (written at the start of the fifth round, measured once after it; the sixth
 * round looked at its misses), the untouched one (written at the end of the fourth round,
 * measured once after it), the held-out one (issue #12: written before the third round of
 * tuning) and the fresh one (before the fourth). The rest were written before or while a
 * round tuned on them, so they check that its changes carry over and are no held-out
 * measure: the fifth round's "written" one (which it found its classes in), the ninth,
 * eleventh, thirteenth, fourteenth and fifteenth rounds' two each (likewise), the questions the policies do not cover that the fifth and ninth rounds'
 * reviews found answered, the third round's "new" one, the first one, and the second round's.
 */
export const QUERY_SETS = [
  { name: 'blind-queries.json', label: 'blind set', short: 'blind' },
  { name: 'unseen-queries.json', label: 'unseen set', short: 'unseen' },
  { name: 'untouched-queries.json', label: 'untouched set', short: 'untouched' },
  { name: 'held-out-queries.json', label: 'held-out set', short: 'held-out' },
  { name: 'fresh-queries.json', label: 'fresh set', short: 'fresh' },
  { name: 'written-queries.json', label: 'written set', short: 'written' },
  { name: 'fifteenth-a-queries.json', label: 'fifteenth-round set A', short: 'fifteenth A' },
  { name: 'fifteenth-b-queries.json', label: 'fifteenth-round set B', short: 'fifteenth B' },
  { name: 'fourteenth-a-queries.json', label: 'fourteenth-round set A', short: 'fourteenth A' },
  { name: 'fourteenth-b-queries.json', label: 'fourteenth-round set B', short: 'fourteenth B' },
  { name: 'thirteenth-a-queries.json', label: 'thirteenth-round set A', short: 'thirteenth A' },
  { name: 'thirteenth-b-queries.json', label: 'thirteenth-round set B', short: 'thirteenth B' },
  { name: 'eleventh-a-queries.json', label: 'eleventh-round set A', short: 'eleventh A' },
  { name: 'eleventh-b-queries.json', label: 'eleventh-round set B', short: 'eleventh B' },
  { name: 'ninth-a-queries.json', label: 'ninth-round set A', short: 'ninth A' },
  { name: 'ninth-b-queries.json', label: 'ninth-round set B', short: 'ninth B' },
  { name: 'off-topic-queries.json', label: 'off-topic set', short: 'off-topic' },
  { name: 'review-negatives-queries.json', label: 'ninth-round review set', short: 'review' },
  { name: 'member-queries.json', label: 'new set', short: 'new' },
  { name: 'queries.json', label: 'first set', short: 'first' },
  { name: 'more-queries.json', label: 'second-round set', short: 'round 2' },
];

export async function searchQueries(name = 'queries.json'): Promise<SearchQuery[]> {
  const file = path.join(fixturesRoot, 'search', name);
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
  set: string;
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

/** Pagefind's JS API, with the query as typed: the first ten results' first sub-result links. */
async function rawApiSearch(browser: Browser, origin: string, queries: { query: SearchQuery; set: string }[]): Promise<Measured[]> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/search/`);
    await page.evaluate(`import('/pagefind/pagefind.js').then((module) => { window.rawPagefind = module; })`);
    await page.waitForFunction(() => 'rawPagefind' in window);
    const measured: Measured[] = [];
    for (const { query, set } of queries) {
      const { targets, ms } = await page.evaluate(async ({ term, past }) => {
        type Data = { sub_results: { url: string }[] };
        const module = (window as unknown as { rawPagefind: { search(term: string, options: object): Promise<{ results: { data(): Promise<Data> }[] }> } }).rawPagefind;
        const started = performance.now();
        const response = await module.search(term, { filters: past ? {} : { status: ['current'] } });
        const data = await Promise.all(response.results.slice(0, 10).map((result) => result.data()));
        return { targets: data.map((entry) => entry.sub_results[0]?.url ?? ''), ms: performance.now() - started };
      }, { term: query.q, past: Boolean(query.past) });
      measured.push({ query, set, targets: targets.map(landingTarget), ms });
    }
    return measured;
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? Number.NaN;
const kb = (bytes: number) => (bytes / 1024).toFixed(2);

interface TierScore {
  queries: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  /** Negatives only: how many found anything. */
  withResults: number;
}

function score(measured: Measured[]): TierScore {
  const positives = measured.filter(({ query }) => query.expect.length > 0);
  const ranks = positives.map(({ query, targets }) => answerRank(targets.slice(0, 10), query));
  const share = (count: number) => (positives.length === 0 ? Number.NaN : count / positives.length);
  return {
    queries: measured.length,
    recallAt1: share(ranks.filter((rank) => rank === 0).length),
    recallAt3: share(ranks.filter((rank) => rank >= 0 && rank < 3).length),
    mrr: share(ranks.reduce((sum, rank) => sum + (rank >= 0 ? 1 / (rank + 1) : 0), 0)),
    withResults: measured.filter(({ query, targets }) => query.expect.length === 0 && targets.length > 0).length,
  };
}

const TIER_ORDER = ['natural', 'paraphrase', 'kana', 'variant', 'typo', 'latin', 'negative'];

/** One row per query set and tier: the three designs side by side. */
function tierRows(designs: { name: string; measured: Measured[] }[]) {
  const groups = new Map<string, { set: string; tier: string }>();
  for (const { set, query } of designs[0]!.measured) groups.set(`${set}\t${query.kind}`, { set, tier: query.kind });
  const order = (key: string) => {
    const [set, tier] = key.split('\t') as [string, string];
    const t = TIER_ORDER.indexOf(tier);
    return `${QUERY_SETS.findIndex((s) => s.label === set)}-${t === -1 ? 99 : t}-${tier}`;
  };
  const keys = [...groups.keys()].sort((a, b) => (order(a) < order(b) ? -1 : 1));
  const all = QUERY_SETS.map((set) => ({ key: `${set.label}\t(all)`, set: set.label, tier: '(all)' }));
  return [...keys.map((key) => ({ key, ...groups.get(key)! })), ...all].map(({ set, tier }) => {
    const row: Record<string, string | number> = { set, tier };
    for (const { name, measured } of designs) {
      const subset = measured.filter((entry) => entry.set === set && (tier === '(all)' || entry.query.kind === tier));
      const s = score(subset);
      row.n = s.queries;
      if (tier === 'negative') {
        row[`${name} negatives with results`] = `${s.withResults}/${s.queries}`;
      } else {
        row[`${name} r@1`] = Number.isNaN(s.recallAt1) ? '—' : s.recallAt1.toFixed(2);
        row[`${name} r@3`] = Number.isNaN(s.recallAt3) ? '—' : s.recallAt3.toFixed(2);
        row[`${name} MRR`] = Number.isNaN(s.mrr) ? '—' : s.mrr.toFixed(2);
        if (tier === '(all)') row[`${name} negatives with results`] = `${s.withResults}`;
      }
    }
    return row;
  });
}

function queryRows(measured: Measured[], others: { name: string; measured: Measured[] }[]) {
  return measured.map(({ query, set, targets, ms }, i) => {
    const rank = answerRank(targets, query);
    const row: Record<string, string | number> = {
      set: QUERY_SETS.find((one) => one.label === set)?.short ?? set,
      kind: query.kind,
      query: query.q,
      rank: query.expect.length === 0 ? (targets.length === 0 ? 'none ✓' : `${targets.length} ✗`) : rank >= 0 ? rank + 1 : '—',
      ms: ms.toFixed(0),
      'first result links to': targets[0]?.replace('/policies/', '') ?? '(none)',
    };
    for (const other of others) {
      const them = other.measured[i]!;
      const r = answerRank(them.targets, query);
      row[other.name] = query.expect.length === 0 ? (them.targets.length === 0 ? 'none' : `${them.targets.length}`) : r >= 0 ? r + 1 : '—';
    }
    return row;
  });
}

/** Stock Pagefind over a copy of the same pages: Japanese index, its own segmentation. */
async function stockSite(siteDir: string): Promise<string> {
  const stockDir = `${siteDir}-stock-pagefind`;
  await rm(stockDir, { recursive: true, force: true });
  await cp(siteDir, stockDir, { recursive: true, filter: (source) => !source.startsWith(path.join(siteDir, 'pagefind')) });
  const { index } = await pagefind.createIndex({ forceLanguage: 'ja' });
  if (!index) throw new Error('Pagefind returned no index');
  await index.addDirectory({ path: stockDir });
  await index.writeFiles({ outputPath: path.join(stockDir, 'pagefind') });
  await pagefind.close();
  return stockDir;
}

export async function runSearchBench(): Promise<BenchResult[]> {
  const siteDir = await realSiteForBench();
  const queries = (await Promise.all(QUERY_SETS.map(async (set) => (await searchQueries(set.name)).map((query) => ({ query, set: set.label }))))).flat();
  const stockDir = await stockSite(siteDir);
  const server = await serveStatic(siteDir);
  const stockServer = await serveStatic(stockDir);
  const browser = await launchBrowser();
  try {
    // A cold page (new context: empty cache) and its first query, once per cold query.
    const colds: { query: SearchQuery; ms: number; files: { url: string; bytes: number }[]; bytes: number }[] = [];
    for (const query of COLD_QUERIES) {
      const coldContext = await browser.newContext();
      const cold = await coldFirstQuery(await coldContext.newPage(), server.url, query);
      await coldContext.close();
      // The document and the site-wide stylesheet are what every page loads; the rest is search.
      const files = cold.files.filter((file) => !/^\/search\/(\?.*)?$|^\/_astro\/Base\..*\.css$|^\/favicon\./.test(file.url));
      colds.push({ query, ms: cold.ms, files, bytes: files.reduce((sum, file) => sum + file.bytes, 0) });
    }
    const searchBytes = Math.max(...colds.map((cold) => cold.bytes));

    // Every query, on one page whose index is already loaded (warm).
    const context = await browser.newContext();
    const page = await context.newPage();
    await openSearchPage(page, server.url);
    await searchOnPage(page, queries[0]!.query);
    const ours: Measured[] = [];
    for (const { query, set } of queries) ours.push({ query, set, ...(await searchOnPage(page, query)) });
    await context.close();

    const stock = await rawApiSearch(browser, stockServer.url, queries);
    const raw = await rawApiSearch(browser, server.url, queries);
    const designs = [{ name: 'ours', measured: ours }, { name: 'stock', measured: stock }, { name: 'raw', measured: raw }];

    // The goals are judged on the sets written before their round of tuning.
    const judged = QUERY_SETS.slice(0, 5).map((set) => {
      const entries = ours.filter((entry) => entry.set === set.label);
      const tiers = [...new Set(entries.map((entry) => entry.query.kind))].filter((tier) => tier !== 'negative');
      const misses = tiers.flatMap((tier) => {
        const s = score(entries.filter((entry) => entry.query.kind === tier));
        return s.recallAt3 >= BUDGET.recallAt3 && s.recallAt1 >= BUDGET.recallAt1 ? [] : [`${tier} (r@1 ${s.recallAt1.toFixed(2)}, r@3 ${s.recallAt3.toFixed(2)})`];
      });
      return { label: set.label, misses, negativesFound: score(entries.filter((entry) => entry.query.kind === 'negative')).withResults };
    });
    const warm = ours.map((entry) => entry.ms);
    const verdict = (ok: boolean) => (ok ? 'met' : 'not met');
    return [
      { title: `Search, query by query (${queries.length} queries; rank of the first answer; stock and raw: the same for the other two)`, rows: queryRows(ours, designs.slice(1)) },
      {
        title: 'Search quality by tier: this design (ours) / stock Pagefind on a stock index (stock) / Pagefind\'s raw API on our index (raw)',
        rows: tierRows(designs),
      },
      {
        title: 'Search speed and weight (this design)',
        rows: [{
          'median warm (ms)': median(warm).toFixed(1),
          'p95 warm (ms)': percentile(warm, 0.95).toFixed(1),
          ...Object.fromEntries(colds.flatMap((cold) => [
            [`first query "${cold.query.q}" (ms, cold page)`, cold.ms.toFixed(0)],
            [`search assets for "${cold.query.q}" (KB gzip)`, kb(cold.bytes)],
          ])),
        }],
        notes: [
          ...judged.flatMap(({ label, misses, negativesFound }) => [
            `Target on every tier of the ${label}: recall@3 ≥ ${BUDGET.recallAt3} and recall@1 ≥ ${BUDGET.recallAt1} → ${misses.length === 0 ? 'met' : `not met: ${misses.join(', ')}`}`,
            `Target: no negative of the ${label} with results → ${negativesFound} (${verdict(negativesFound === 0)})`,
          ]),
          `Target: warm query ≤ ${BUDGET.warmMs} ms → median ${median(warm).toFixed(1)} ms (${verdict(median(warm) <= BUDGET.warmMs)}), every first query ≤ ${BUDGET.firstQueryKb} KB → at most ${kb(searchBytes)} KB (${verdict(searchBytes <= BUDGET.firstQueryKb * 1024)})`,
          ...colds.map((cold) => `Search files loaded by the first query "${cold.query.q}": ${cold.files.map((file) => `${file.url.replace(/\?.*$/, '')} ${kb(file.bytes)}`).join(', ')}`),
        ],
      },
    ];
  } finally {
    await browser.close();
    await server.close();
    await stockServer.close();
  }
}

function print(results: BenchResult[]): void {
  for (const { title, rows, notes } of results) {
    console.log(`\n## ${title}`);
    console.table(rows);
    for (const note of notes ?? []) console.log(`  ${note}`);
  }
}

// Run directly (`npm run bench:search`); `npm run bench` imports the function above instead.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  print(await runSearchBench());
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
