/**
 * Serves a built site on 127.0.0.1 the way a static host does: directories answer with
 * their index.html, unknown paths with /404.html and status 404.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(urlPath);
  const candidate = path.join(root, path.normalize(decoded).replace(/^(\.\.[/\\])+/, ''));
  if (!candidate.startsWith(root)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory() && decoded.endsWith('/')) {
    const index = path.join(candidate, 'index.html');
    if (await stat(index).catch(() => undefined)) return index;
  }
  return undefined;
}

export async function serveStatic(root: string): Promise<RunningServer> {
  const server: Server = createServer(async (request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = await resolveFile(root, urlPath);
    const status = file ? 200 : 404;
    const body = await readFile(file ?? path.join(root, '404.html')).catch(() => Buffer.from('Not found'));
    response.writeHead(status, { 'content-type': TYPES[path.extname(file ?? '404.html')] ?? 'application/octet-stream' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
