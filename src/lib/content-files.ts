/**
 * Reads the content folder from disk as raw bytes, so that the rules can judge
 * encodings, names and layout themselves. Reading never writes.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface RawFile {
  /** Path relative to the project root, forward slashes. */
  file: string;
  bytes: Uint8Array;
}

export interface ContentSnapshot {
  /** `content/policies.yaml`, or undefined when missing. */
  registry: RawFile | undefined;
  registryPath: string;
  /** Files in `content/policies/<slug>/`. */
  revisionFiles: (RawFile & { slug: string; name: string })[];
  /** Anything in `content/policies/` that is not a folder. */
  strayFiles: RawFile[];
}

export const REGISTRY_FILE = 'policies.yaml';
export const POLICIES_DIR = 'policies';

function relative(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

async function readRaw(root: string, absolute: string): Promise<RawFile> {
  return { file: relative(root, absolute), bytes: await readFile(absolute) };
}

/** `contentDir` may be absolute or relative to `root`. */
export async function readContentSnapshot(root: string, contentDir: string): Promise<ContentSnapshot> {
  const base = path.resolve(root, contentDir);
  const registryAbsolute = path.join(base, REGISTRY_FILE);
  const registry = await readRaw(root, registryAbsolute).catch(() => undefined);

  const revisionFiles: ContentSnapshot['revisionFiles'] = [];
  const strayFiles: RawFile[] = [];
  const policiesDir = path.join(base, POLICIES_DIR);
  const entries = await readdir(policiesDir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const absolute = path.join(policiesDir, entry.name);
    if (!entry.isDirectory()) {
      if (!entry.name.startsWith('.')) strayFiles.push(await readRaw(root, absolute));
      continue;
    }
    for (const name of (await readdir(absolute)).sort()) {
      if (name.startsWith('.')) continue;
      const fileAbsolute = path.join(absolute, name);
      if (!(await stat(fileAbsolute)).isFile()) continue;
      revisionFiles.push({ ...(await readRaw(root, fileAbsolute)), slug: entry.name, name });
    }
  }
  return { registry, registryPath: relative(root, registryAbsolute), revisionFiles, strayFiles };
}
