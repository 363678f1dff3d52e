import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One hash over every file's path and bytes under a folder: equal before and after means nothing was touched. */
export async function treeHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).sort();
  for (const file of files) hash.update(path.relative(dir, file)).update('\0').update(await readFile(file)).update('\0');
  return `${files.length}:${hash.digest('hex')}`;
}
