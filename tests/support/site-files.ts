/**
 * The files of a built site as a static host serves them: every HTML page with its URL
 * path, and the file a URL path resolves to (directory → index.html).
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface BuiltPage {
  /** Relative to the site folder, forward slashes (`policies/a/index.html`). */
  file: string;
  /** The address it is served at (`/policies/a/`, `/404.html`). */
  urlPath: string;
  html: string;
}

export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

export async function builtFiles(siteDir: string, extension: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export async function builtPages(siteDir: string): Promise<BuiltPage[]> {
  const files = await builtFiles(siteDir, '.html');
  return Promise.all(files.map(async (file) => ({ file, urlPath: urlPathOf(file), html: await readFile(path.join(siteDir, file), 'utf8') })));
}

/** The file a decoded URL path is served from, or undefined when the host would answer 404. */
export function fileForUrlPath(siteDir: string, urlPath: string): string | undefined {
  const candidate = path.join(siteDir, path.normalize(urlPath));
  if (!candidate.startsWith(siteDir)) return undefined;
  if (!existsSync(candidate)) return undefined;
  if (statSync(candidate).isDirectory()) {
    const index = path.join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return candidate;
}
