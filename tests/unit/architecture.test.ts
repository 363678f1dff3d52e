/**
 * The layout as a tested property: each folder of src/lib is one concern with one entry
 * (index.ts) that the rest of the code goes through, the folders depend on each other
 * without cycles, lib knows nothing of Astro or the environment, and only the content
 * reader opens content files. Imports are read with TypeScript's own pre-processor.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../support/paths.ts';

const src = path.join(projectRoot, 'src');
const lib = path.join(src, 'lib');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

interface Import {
  from: string;
  /** The import as written. */
  specifier: string;
  /** Absolute path for a relative import. */
  target?: string;
}

const imports: Import[] = sourceFiles(src).flatMap((file) =>
  ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map(({ fileName }) => ({
    from: file,
    specifier: fileName,
    ...(fileName.startsWith('.') ? { target: path.resolve(path.dirname(file), fileName) } : {}),
  })));

/** `src/lib/diff/align.ts` → `diff`; undefined outside lib. */
function libFolder(file: string): string | undefined {
  const relative = path.relative(lib, file);
  return relative.startsWith('..') ? undefined : relative.split(path.sep)[0];
}

const relative = (file: string) => path.relative(projectRoot, file);

describe('src/lib', () => {
  it('is folders only, each with its entry', () => {
    const entries = readdirSync(lib, { withFileTypes: true });
    expect(entries.filter((entry) => !entry.isDirectory()).map((entry) => entry.name)).toEqual([]);
    for (const folder of entries) expect(readdirSync(path.join(lib, folder.name)), folder.name).toContain('index.ts');
  });

  it('is entered through each folder’s index.ts, from outside the folder and from other folders', () => {
    const intoInternals = imports.filter(({ from, target }) => {
      if (!target) return false;
      const folder = libFolder(target);
      return folder !== undefined && folder !== libFolder(from) && path.relative(path.join(lib, folder), target) !== 'index.ts';
    });
    expect(intoInternals.map(({ from, specifier }) => `${relative(from)} → ${specifier}`)).toEqual([]);
  });

  it('has no cycle between its folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, target } of imports) {
      const a = libFolder(from);
      const b = target && libFolder(target);
      if (a && b && a !== b) edges.set(a, new Set([...(edges.get(a) ?? []), b]));
    }
    const cycles: string[] = [];
    const visit = (folder: string, trail: string[]) => {
      if (trail.includes(folder)) {
        cycles.push([...trail.slice(trail.indexOf(folder)), folder].join(' → '));
        return;
      }
      for (const next of edges.get(folder) ?? []) visit(next, [...trail, folder]);
    };
    for (const folder of edges.keys()) visit(folder, []);
    expect(cycles).toEqual([]);
    expect(edges.size).toBeGreaterThan(3);
  });

  it('knows nothing of Astro, the pages or the environment', () => {
    const libFiles = sourceFiles(lib);
    const astro = imports.filter(({ from, specifier, target }) =>
      libFolder(from) && (specifier.startsWith('astro') || (target !== undefined && !libFolder(target))));
    expect(astro.map(({ from, specifier }) => `${relative(from)} → ${specifier}`)).toEqual([]);
    // Reading a variable is configuration (src/site.config.ts); handing the environment on to git is not.
    expect(libFiles.filter((file) => /process\.env(\.|\[)/.test(readFileSync(file, 'utf8'))).map(relative)).toEqual([]);
  });
});

describe('reading content', () => {
  // The CLI writes new files: revisions (index.ts) and the board documents `table` generates (table.ts,
  // which overwrites only with --force); pdf.ts only looks for a browser on disk.
  it('only the content reader opens files (the CLI only writes new ones, the dev server only serves the search index)', () => {
    const fsUsers = new Set(imports.filter(({ specifier }) => /^(node:)?fs(\/promises)?$/.test(specifier)).map(({ from }) => relative(from)));
    expect([...fsUsers].sort()).toEqual(['src/cli/index.ts', 'src/cli/pdf.ts', 'src/cli/table.ts', 'src/integrations/dev-search-index.ts', 'src/lib/content/files.ts']);
  });

  it('pages get content only through src/data', () => {
    const pages = imports.filter(({ from, specifier }) => relative(from).startsWith('src/pages/') && specifier.includes('astro:content'));
    expect(pages.map(({ from }) => relative(from))).toEqual([]);
  });
});
