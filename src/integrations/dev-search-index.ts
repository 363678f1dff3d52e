/**
 * `astro dev` writes no search index: the index is made from the finished HTML of a build
 * (scripts/build.ts). So that the search page works while staff preview their edits, the
 * dev server serves `/pagefind/` from the last `npm run build`, and says which one it is:
 * text changed since that build is not found until the next one.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css' };
const PREFIX = '/pagefind/';

export function devSearchIndex(): AstroIntegration {
  let indexDir = '';
  return {
    name: 'policy-dev-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        indexDir = fileURLToPath(new URL('pagefind/', config.outDir));
      },
      'astro:server:setup': async ({ server, logger }) => {
        const built = await stat(indexDir).catch(() => undefined);
        if (built) logger.info(`search uses the index of the last build (${built.mtime.toISOString()}); run npm run build to refresh it`);
        else logger.warn('no search index yet: run npm run build once, and the search page works in dev too');
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://dev').pathname;
          if (!pathname.startsWith(PREFIX)) return next();
          const file = path.join(indexDir, decodeURIComponent(pathname.slice(PREFIX.length)));
          if (!file.startsWith(indexDir)) return next();
          stat(file).then(
            (found) => {
              if (!found.isFile()) return next();
              response.setHeader('content-type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
              createReadStream(file).pipe(response);
            },
            () => next(),
          );
        });
      },
    },
  };
}
