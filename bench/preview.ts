/**
 * How fast `npm run dev` follows an edit: from saving a revision file to the dev server
 * answering with a page that shows it (median of several edits), side by side with a plain
 * Astro Markdown page (a glob-loaded collection, Astro's own preview path) on the same
 * machine. Budget: 100 ms. Printed, never asserted.
 */
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { startDevServer } from '../tests/support/dev-server.ts';
import { astroEnv } from '../tests/support/build.ts';
import { fixturesRoot, projectRoot } from '../tests/support/paths.ts';
import type { BenchResult } from './run.ts';

const EDITS = 9;
const BUDGET_MS = 100;

/** Saves `edit(n)` into `file` and waits for `url` to show its marker; returns the milliseconds per edit. */
async function timeEdits(file: string, url: string, edit: (text: string, marker: string) => string): Promise<number[]> {
  const original = await readFile(file, 'utf8');
  const times: number[] = [];
  try {
    for (let n = 0; n < EDITS; n += 1) {
      const marker = `計測用の一文${n}。`;
      // Let the previous edit's reload settle, as a person between two saves would.
      await new Promise((resolve) => setTimeout(resolve, 800));
      const started = performance.now();
      await writeFile(file, edit(original, marker));
      for (;;) {
        const html = await fetch(url).then((response) => response.text(), () => '');
        if (html.includes(marker)) break;
        if (performance.now() - started > 10_000) throw new Error(`${url} did not show edit ${n} within 10 s (${times.map((t) => t.toFixed(0)).join(" ")})`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      times.push(performance.now() - started);
    }
  } finally {
    await writeFile(file, original);
  }
  return times;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A minimal Astro project beside the repository: one Markdown page through the glob loader. */
async function plainAstroProject(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-plain-astro-'));
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await mkdir(path.join(dir, 'src/content/notes'), { recursive: true });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  await writeFile(path.join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ devToolbar: { enabled: false } });\n");
  await writeFile(path.join(dir, 'src/content.config.ts'), [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    "export const collections = { notes: defineCollection({ loader: glob({ pattern: '*.md', base: './src/content/notes' }) }) };",
  ].join('\n'));
  await writeFile(path.join(dir, 'src/pages/index.astro'), [
    '---',
    "import { getEntry, render } from 'astro:content';",
    "const { Content } = await render((await getEntry('notes', 'note'))!);",
    '---',
    '<html><body><Content /></body></html>',
  ].join('\n'));
  await writeFile(path.join(dir, 'src/content/notes/note.md'), '# メモ\n\n関係する法令を守ります。\n');
  return dir;
}

async function plainAstroTimes(): Promise<number[]> {
  const dir = await plainAstroProject();
  const port = 4300 + Math.floor(Math.random() * 500);
  const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir, env: astroEnv({ NODE_ENV: undefined }), detached: true, stdio: 'ignore',
  });
  try {
    const url = `http://127.0.0.1:${port}/`;
    for (let waited = 0; !(await fetch(url).then((response) => response.ok, () => false)); waited += 250) {
      if (waited > 60_000) throw new Error('the plain Astro project did not start');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return await timeEdits(path.join(dir, 'src/content/notes/note.md'), url, (text, marker) => text.replace('守ります。', `守ります。${marker}`));
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}

export async function runPreviewBench(): Promise<BenchResult> {
  // Outside the project: the dev server does not watch folders whose names start with a dot (tests/.output).
  const content = path.join(await mkdtemp(path.join(tmpdir(), 'bench-preview-')), 'content');
  await cp(path.join(fixturesRoot, 'sites/basic/content'), content, { recursive: true });
  const dev = await startDevServer({ contentDir: content });
  let ours: number[];
  try {
    ours = await timeEdits(path.join(content, 'policies/alpha/2024-10-01.mdx'), `${dev.origin}/policies/alpha/`, (text, marker) => text.replace('関係する法令を守ります。', `関係する法令を守ります。${marker}`));
  } finally {
    dev.stop();
    await rm(path.dirname(content), { recursive: true, force: true });
  }
  const plain = await plainAstroTimes();
  const row = (name: string, times: number[]) => ({
    preview: name, 'median (ms)': median(times).toFixed(0), 'min (ms)': Math.min(...times).toFixed(0), 'max (ms)': Math.max(...times).toFixed(0), edits: times.length,
  });
  return {
    title: 'Preview: from saving a file to a page that shows it (npm run dev)',
    rows: [row('a revision file (this site)', ours), row('a plain Astro Markdown page', plain)],
    notes: [`Budget: ≤ ${BUDGET_MS} ms median → ${median(ours).toFixed(0)} ms (${median(ours) <= BUDGET_MS ? 'met' : 'over'})`],
  };
}
