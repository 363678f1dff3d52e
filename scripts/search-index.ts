/**
 * Writes the Pagefind index over a finished build (`dist/pagefind/`). build.ts runs it
 * after `astro build` has exited, in a process of its own, so the two steps' memory
 * peaks never add up.
 *
 * Only pages that carry data-pagefind-body are indexed (the policy pages; see
 * src/lib/site/revision-page.ts), and Pagefind reads a copy of each in which the text is already
 * cut into words and folded (src/lib/search/index-html.ts; docs/search.md says why).
 * The index language is therefore one Pagefind does not segment again: 'und'. The pages
 * stay <html lang="ja">, and Pagefind's search script falls back to this, its only index.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { encodeForIndex, htmlForIndex } from '../src/lib/search/index.ts';

/** The language code the index is written under: "undetermined", i.e. not segmented by Pagefind. */
export const INDEX_LANGUAGE = 'und';
const PAGES_IN_FLIGHT = 16;

function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
}

/** `policies/a/index.html` → `/policies/a/`. */
function urlOf(relativeFile: string): string {
  const file = relativeFile.split(path.sep).join('/');
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built HTML files, in a stable order (the index must be byte-for-byte reproducible). */
async function htmlFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** encodeForIndex, remembering its answers: each revision repeats most of its predecessor's text. */
function memoisedEncoder(): (text: string) => string {
  const folded = new Map<string, string>();
  return (text) => {
    let result = folded.get(text);
    if (result === undefined) folded.set(text, (result = encodeForIndex(text)));
    return result;
  };
}

/** Indexes every page of `outDir` that asked to be indexed; returns how many did. */
export async function writeSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  assertNoErrors('create an index', errors);
  if (!index) throw new Error('Pagefind returned no index');
  try {
    const files = await htmlFiles(outDir);
    const encode = memoisedEncoder();
    // Pages are read a window at a time, and only those that carry data-pagefind-body are
    // indexed. Within a window, Node folds the next page while Pagefind's own process
    // indexes the previous one, so both cores work.
    let indexed = 0;
    for (let start = 0; start < files.length; start += PAGES_IN_FLIGHT) {
      const window = await Promise.all(files.slice(start, start + PAGES_IN_FLIGHT).map(async (file) => ({ url: urlOf(file), html: await readFile(path.join(outDir, file), 'utf8') })));
      const pages = window.filter((page) => page.html.includes('data-pagefind-body'));
      const results = await Promise.all(pages.map((page) => index.addHTMLFile({ url: page.url, content: htmlForIndex(page.html, encode) })));
      results.forEach((added, i) => assertNoErrors(`index ${pages[i]!.url}`, added.errors));
      indexed += pages.length;
    }
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    assertNoErrors('write the index', written.errors);
    return indexed;
  } finally {
    await pagefind.close();
  }
}
