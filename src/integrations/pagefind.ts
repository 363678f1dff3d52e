/**
 * Builds the Pagefind index over the finished HTML at the end of every build, so the
 * site never ships without a current index.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n${errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'policy-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ja' });
        assertNoErrors('create an index', errors);
        if (!index) throw new Error('Pagefind returned no index');
        const added = await index.addDirectory({ path: outDir });
        assertNoErrors('index the site', added.errors);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        assertNoErrors('write the index', written.errors);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
