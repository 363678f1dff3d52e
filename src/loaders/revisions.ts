/**
 * Loads the revision snapshots, `<base>/<slug>/<YYYY-MM-DD>.mdx`, and renders each one
 * once, at content sync, with the site's Markdown processor (the MDX dialect of
 * src/lib/markdown.ts: the very parser the diff engine and the content rules read).
 *
 * Revisions are text only (the content rules refuse components, `{expressions}` and
 * import/export), so none of them needs to become a JavaScript module of the bundle, as
 * a `.mdx` file read by the glob loader would. What a page shows is the HTML rendered
 * here; at 2,000 revisions that keeps the bundler's time and memory flat.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitFrontmatter } from '../lib/frontmatter.ts';

const REVISION_FILE = /^\d{4}-\d{2}-\d{2}\.mdx$/;

interface RevisionFile {
  /** `<slug>/<YYYY-MM-DD>`. */
  id: string;
  absolute: string;
}

async function revisionFiles(base: string): Promise<RevisionFile[]> {
  const files: RevisionFile[] = [];
  const slugs = await readdir(base, { withFileTypes: true }).catch(() => []);
  for (const slug of slugs.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    for (const name of (await readdir(path.join(base, slug))).filter((file) => REVISION_FILE.test(file)).sort()) {
      files.push({ id: `${slug}/${name.replace(/\.mdx$/, '')}`, absolute: path.join(base, slug, name) });
    }
  }
  return files;
}

async function sync(context: LoaderContext, base: string): Promise<void> {
  const { store, config, parseData, renderMarkdown, generateDigest } = context;
  const root = fileURLToPath(config.root);
  const files = await revisionFiles(base);
  for (const { id, absolute } of files) {
    const text = await readFile(absolute, 'utf8');
    const filePath = path.relative(root, absolute).split(path.sep).join('/');
    // The same file at the same place renders the same: skip it (the store persists between builds).
    const digest = generateDigest(`${filePath}\n${text}`);
    if (store.get(id)?.digest === digest) continue;
    const split = splitFrontmatter(text);
    // The content rules have already stopped the build with a line-numbered report.
    if (!split.ok) throw new Error(`${filePath}: フロントマターを読めません（npm run policy -- check で確かめてください）。`);
    const data = await parseData({ id, data: split.frontmatter.data as Record<string, unknown>, filePath });
    const rendered = await renderMarkdown(split.body, { fileURL: pathToFileURL(absolute) });
    store.set({ id, data, body: split.body, filePath, digest, rendered });
  }
  const present = new Set(files.map((file) => file.id));
  for (const id of store.keys()) if (!present.has(id)) store.delete(id);
}

export function revisionsLoader(options: { base: string }): Loader {
  return {
    name: 'policy-revisions',
    load: async (context) => {
      const base = path.resolve(fileURLToPath(context.config.root), options.base);
      await sync(context, base);
      // `astro dev`: staff see an edit as soon as they save it.
      context.watcher?.add(base);
      context.watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(base + path.sep) && changed.endsWith('.mdx')) {
          sync(context, base).catch((error: unknown) => context.logger.error(String(error)));
        }
      });
    },
  };
}
