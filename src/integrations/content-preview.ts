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
import { CONTENT_LOADER } from '../loaders/content.ts';

/** How long a save's events may keep arriving before the folder is read (well within the 100 ms budget). */
const SETTLE_MS = 30;

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
        server.watcher.on('all', (_event, changed) => {
          if (changed !== base && !changed.startsWith(base + path.sep)) return;
          // An editor's save can arrive as several events (truncate, then write): read once they have settled.
          clearTimeout(pending);
          pending = setTimeout(() => void refreshContent({ loaders: [CONTENT_LOADER], context: { changed } }), SETTLE_MS);
        });
      },
    },
  };
}
