/**
 * `astro dev` writes no search index: the index is made from the finished HTML of a build
 * (scripts/build.ts). So that the search page works while staff preview their edits, the
 * dev server serves `/pagefind/` from the last `npm run build`, and says which one it is:
 * text changed since that build is not found until the next one. An index of an older
 * lexicon format cannot be read by today's search page; the server says so at start, and
 * the page (src/scripts/search-page.ts) tells staff to run `npm run build`.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LEXICON_VERSION } from '../lib/search/index.ts';

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css' };
const PREFIX = '/pagefind/';

/** What the last build left for search: nothing, an index this page can read, or one it cannot (of another lexicon format, or incomplete). */
export async function lastIndex(indexDir: string): Promise<{ state: 'missing' } | { state: 'ready' | 'outdated'; builtAt: Date }> {
  const built = await stat(path.join(indexDir, 'pagefind.js')).catch(() => undefined);
  if (!built) return { state: 'missing' };
  // A build cut short, or running now, may have left the lexicon unwritten or half written.
  const version = await readFile(path.join(indexDir, 'lexicon.json'), 'utf8')
    .then((text) => (JSON.parse(text) as { version?: unknown } | null)?.version)
    .catch(() => undefined);
  return { state: version === LEXICON_VERSION ? 'ready' : 'outdated', builtAt: built.mtime };
}

const localTime = (date: Date) => date.toLocaleString('ja-JP', { dateStyle: 'medium', timeStyle: 'short' });

export function devSearchIndex(): AstroIntegration {
  let indexDir = '';
  return {
    name: 'policy-dev-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        indexDir = fileURLToPath(new URL('pagefind/', config.outDir));
      },
      'astro:server:setup': async ({ server, logger }) => {
        const index = await lastIndex(indexDir);
        if (index.state === 'ready') logger.info(`検索は、最後の npm run build（${localTime(index.builtAt)}）の索引を使います。編集した内容を検索に反映するには、npm run build を実行してください。`);
        else if (index.state === 'outdated') logger.warn(`最後の npm run build（${localTime(index.builtAt)}）の索引は、形式が合わないか不完全なため、プレビューでは検索できません。npm run build を実行してください。`);
        else logger.warn('検索の索引がまだありません。npm run build を一度実行すると、プレビューでも検索できます。');
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://dev').pathname;
          if (!pathname.startsWith(PREFIX)) return next();
          const file = path.join(indexDir, decodeURIComponent(pathname.slice(PREFIX.length)));
          if (!file.startsWith(indexDir)) return next();
          stat(file).then(
            (found) => {
              if (!found.isFile()) return next();
              response.setHeader('content-type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
              // Read afresh on every request: a build run beside the dev server shows on the next reload.
              response.setHeader('cache-control', 'no-store');
              createReadStream(file).pipe(response);
            },
            () => next(),
          );
        });
      },
    },
  };
}
