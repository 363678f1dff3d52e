/**
 * `astro dev`: a saved content file shows at once. The dev server's watcher sees the save
 * and asks Astro to refresh the content loader (src/loaders/content.ts), which reads the
 * folder again through the content model; Astro then writes its data store straight away
 * (not after its usual half-second pause) and reloads the page in the browser. A content
 * problem shows in place of the pages (src/layouts/Base.astro) until the file is fixed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_LOADER, contentReads } from '../loaders/content.ts';

/** How long a save's events may keep arriving before the folder is read (well within the 100 ms budget). */
const SETTLE_MS = 30;
/** How often, and how long, to ask again when Astro was not ready to refresh. */
const RETRY_MS = 25;
const RETRY_FOR_MS = 10_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function contentPreview(options: { contentDir: string }): AstroIntegration {
  let base = '';
  return {
    name: 'policy-content-preview',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = path.resolve(fileURLToPath(config.root), options.contentDir);
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        if (!refreshContent) return;
        server.watcher.add(base);
        let pending: ReturnType<typeof setTimeout> | undefined;
        let latestSave = 0;
        // A save of any .mdx or .yaml file also has Astro reload its content config, and while
        // that runs, refreshContent() returns without reading anything (about one save in four):
        // ask again until the loader has read the folder, unless a newer save has taken over.
        const refresh = async (save: number, changed: string) => {
          const started = Date.now();
          while (save === latestSave && Date.now() - started < RETRY_FOR_MS) {
            const reads = contentReads();
            await refreshContent({ loaders: [CONTENT_LOADER], context: { changed } });
            if (contentReads() > reads) return;
            await pause(RETRY_MS);
          }
        };
        server.watcher.on('all', (_event, changed) => {
          if (changed !== base && !changed.startsWith(base + path.sep)) return;
          // An editor's save can arrive as several events (truncate, then write): read once they have settled.
          clearTimeout(pending);
          const save = ++latestSave;
          pending = setTimeout(() => void refresh(save, changed), SETTLE_MS);
        });
      },
    },
  };
}
