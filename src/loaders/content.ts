/**
 * Feeds Astro's content layer from the content model: one reading of the content folder
 * (src/lib/content), each revision's body rendered once from the tree the rules already
 * parsed, stored as one entry. The registry and the revisions are judged together (rules
 * span files), so they load together; pages get them through src/data/index.ts.
 *
 * A build with content problems stops here, before anything renders, with the very report
 * `npm run policy -- check` prints. `astro dev` keeps serving and shows the problems in
 * the browser instead (src/layouts/Base.astro); src/integrations/content-preview.ts has
 * this loader read the folder again on every save.
 */
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { problemsReport, readContent, type Problem } from '../lib/content/index.ts';
import { terminalSafe } from '../lib/text/index.ts';
import { storedContent, type StoredContent } from '../lib/site/index.ts';

export const CONTENT_ENTRY = 'content';
export const CONTENT_LOADER = 'policy-content';

// Astro runs this loader through its own module loader, so the count lives on globalThis,
// where src/integrations/content-preview.ts can see it.
const READS = Symbol.for('policy-content-reads');
const counter = globalThis as unknown as Record<symbol, number | undefined>;

/** How many times the loader has read the content folder in this process. */
export function contentReads(): number {
  return counter[READS] ?? 0;
}

/** The one entry of the `content` collection. */
export interface LoadedContent extends StoredContent {
  /** Empty in a build (it would have stopped); in `astro dev`, what to show instead of the pages. */
  problems: Problem[];
}

async function sync(context: LoaderContext, root: string, contentDir: string): Promise<void> {
  counter[READS] = contentReads() + 1;
  const model = await readContent(root, contentDir);
  if (model.problems.length > 0 && !context.watcher) {
    // Astro would wrap a thrown error in its own message and stack trace; staff need only the report.
    process.stderr.write(`${terminalSafe(problemsReport(model.problems))}\n直してから、もう一度ビルドしてください。\n`);
    process.exit(1);
  }
  // The preview shows them in the browser; the terminal that runs it says the same.
  if (model.problems.length > 0) context.logger.warn(terminalSafe(problemsReport(model.problems)));
  const data: LoadedContent = { ...storedContent(model), problems: model.problems };
  // Of what is stored, not of the files: a change in how bodies render must reach the pages too
  // (the store outlives a build in node_modules/.astro).
  const digest = context.generateDigest(JSON.stringify(data));
  if (context.store.get(CONTENT_ENTRY)?.digest === digest) return;
  context.store.set({ id: CONTENT_ENTRY, data: data as unknown as Record<string, unknown>, digest });
}

export function contentLoader(options: { contentDir: string }): Loader {
  return {
    name: CONTENT_LOADER,
    load: (context) => sync(context, fileURLToPath(context.config.root), options.contentDir),
  };
}
