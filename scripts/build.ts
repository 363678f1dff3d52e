/**
 * `npm run build`: the site, then its search index, each in a process of its own.
 * Astro's process keeps the memory its pages took until it exits, and Pagefind's writer
 * needs a peak of its own; one after the other, the two peaks never add up
 * (`npm run bench` measures the whole at 100 policies × 20 revisions).
 *
 * Arguments go to `astro build` (e.g. `--outDir tests/.output/x`); the index is written
 * into the same output folder.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSearchIndex } from './search-index.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { outDir: { type: 'string' } }, strict: false, allowPositionals: true });
const outDir = path.resolve(projectRoot, typeof values.outDir === 'string' ? values.outDir : 'dist');

const astro = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
  cwd: projectRoot,
  stdio: 'inherit',
});
if (astro.status !== 0) process.exit(astro.status ?? 1);

const started = performance.now();
const { pages, corpus } = await writeSearchIndex(outDir);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`search index: ${pages} pages in ${seconds} s → ${path.relative(projectRoot, path.join(outDir, 'pagefind'))}/ (lexicon: ${corpus.keys} keys, ${corpus.forms} forms; ${corpus.synonymSets} synonym sets, ${corpus.aliasSets} aliases, ${corpus.everydaySets} everyday words)`);
