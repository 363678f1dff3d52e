/**
 * `npm run dev` has no index of its own; the dev server serves the last build's /pagefind/
 * (src/integrations/dev-search-index.ts). Started for real on 127.0.0.1 over the real
 * build, and stopped by the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { astroEnv } from '../support/build.ts';
import { builtSites, projectRoot } from '../support/paths.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let dev: ChildProcess;
let origin = '';
let output = '';

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  dev = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port), '--outDir', builtSites.real], {
    cwd: projectRoot, env: astroEnv({ NODE_ENV: 'development', NO_COLOR: '1' }), detached: true,
  });
  dev.stdout!.on('data', (chunk) => (output += chunk));
  dev.stderr!.on('data', (chunk) => (output += chunk));
  const started = Date.now();
  while (!(await fetch(`${origin}/search/`).then((response) => response.ok, () => false))) {
    if (Date.now() - started > 60_000 || dev.exitCode !== null) throw new Error(`astro dev did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}, 90_000);

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
});

describe('search under npm run dev', () => {
  it('serves the last build’s index, byte for byte, and says which build it is', async () => {
    const response = await fetch(`${origin}/pagefind/pagefind.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(await readFile(path.join(builtSites.real, 'pagefind/pagefind.js')));
    expect(output).toContain('search uses the index of the last build');
  });

  it('serves nothing outside the index folder', async () => {
    // An encoded "../" reaches the middleware as written; the build's own home page lies just outside the index folder.
    for (const escape of ['/pagefind/%2e%2e%2findex.html', '/pagefind/..%2F..%2Fpackage.json', '/pagefind/missing.pf_index']) {
      expect((await fetch(`${origin}${escape}`)).status, escape).toBe(404);
    }
  });
});
