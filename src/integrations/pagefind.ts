/**
 * Builds the Pagefind index over the finished HTML at the end of every build, so the
 * site never ships without a current index.
 *
 * Only pages that carry data-pagefind-body are indexed (the policy pages; see
 * PolicyArticle.astro), and Pagefind reads a copy of each in which the text is already
 * cut into words and folded (src/lib/search/index-html.ts; docs/search.md says why).
 * The index language is therefore one Pagefind does not segment again: 'und'. The pages
 * stay <html lang="ja">, and Pagefind's search script falls back to this, its only index.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { htmlForIndex } from '../lib/search/index-html.ts';

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

/** The built pages that asked to be indexed, in a stable order (the index must be byte-for-byte reproducible). */
async function indexablePages(outDir: string): Promise<{ url: string; html: string }[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
    .sort();
  const pages: { url: string; html: string }[] = [];
  for (const file of files) {
    const html = await readFile(path.join(outDir, file), 'utf8');
    if (html.includes('data-pagefind-body')) pages.push({ url: urlOf(file), html });
  }
  return pages;
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'policy-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
        assertNoErrors('create an index', errors);
        if (!index) throw new Error('Pagefind returned no index');
        const pages = await indexablePages(outDir);
        // A window of pages in flight: Node folds the next pages while Pagefind's own
        // process indexes the previous ones, so both cores work.
        for (let start = 0; start < pages.length; start += PAGES_IN_FLIGHT) {
          const window = pages.slice(start, start + PAGES_IN_FLIGHT);
          const results = await Promise.all(window.map((page) => index.addHTMLFile({ url: page.url, content: htmlForIndex(page.html) })));
          results.forEach((added, i) => assertNoErrors(`index ${window[i]!.url}`, added.errors));
        }
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        assertNoErrors('write the index', written.errors);
        await pagefind.close();
        logger.info(`indexed ${pages.length} pages`);
      },
    },
  };
}
