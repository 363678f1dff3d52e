/**
 * A real `astro dev` on 127.0.0.1 and a free port, started for a test and stopped by it
 * (the whole process group, so Vite's children go too).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { astroEnv } from './build.ts';
import { projectRoot } from './paths.ts';

export interface DevServer {
  origin: string;
  /** Everything the server printed so far. */
  output: () => string;
  stop: () => void;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startDevServer(options: { contentDir?: string; outDir?: string; readyPath?: string } = {}): Promise<DevServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const args = [astro, 'dev', '--host', '127.0.0.1', '--port', String(port), ...(options.outDir ? ['--outDir', options.outDir] : [])];
  // As `npm run dev` runs it: no NODE_ENV (Vitest's "test" would change how Astro serves).
  const env = astroEnv({ NODE_ENV: undefined, NO_COLOR: '1', ...(options.contentDir ? { POLICY_CONTENT_DIR: options.contentDir } : {}) });
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  const started = Date.now();
  while (!(await fetch(`${origin}${options.readyPath ?? '/'}`).then((response) => response.ok, () => false))) {
    if (Date.now() - started > 60_000 || child.exitCode !== null) {
      stop();
      throw new Error(`astro dev did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { origin, output: () => output, stop };
}

/** A dev server with Chromium beside it, as a test of the preview drives them; close() stops both. */
export interface DevPreview {
  dev: DevServer;
  browser: Browser;
  close: () => Promise<void>;
}

export async function openDevPreview(options: Parameters<typeof startDevServer>[0] = {}): Promise<DevPreview> {
  const dev = await startDevServer(options);
  const browser = await launchBrowser().catch((error: unknown) => {
    dev.stop();
    throw error;
  });
  return { dev, browser, close: async () => { await browser.close(); dev.stop(); } };
}
