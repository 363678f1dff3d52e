/**
 * `npm run dev` has no index of its own; the dev server serves the last build's /pagefind/
 * (src/integrations/dev-search-index.ts). Started for real on 127.0.0.1 over the real
 * build, and stopped by the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { builtSites } from '../support/paths.ts';

let dev: DevServer;
let origin = '';

beforeAll(async () => {
  dev = await startDevServer({ outDir: builtSites.real, readyPath: '/search/' });
  origin = dev.origin;
}, 90_000);

afterAll(() => dev?.stop());

describe('search under npm run dev', () => {
  it('serves the last build’s index, byte for byte, and says which build it is', async () => {
    const response = await fetch(`${origin}/pagefind/pagefind.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(await readFile(path.join(builtSites.real, 'pagefind/pagefind.js')));
    expect(dev.output()).toContain('search uses the index of the last build');
  });

  it('serves nothing outside the index folder', async () => {
    // An encoded "../" reaches the middleware as written; the build's own home page lies just outside the index folder.
    for (const escape of ['/pagefind/%2e%2e%2findex.html', '/pagefind/..%2F..%2Fpackage.json', '/pagefind/missing.pf_index']) {
      expect((await fetch(`${origin}${escape}`)).status, escape).toBe(404);
    }
  });
});
