/**
 * Reads the content folder from disk as bytes, so the rules judge encodings, names and
 * layout themselves. Only regular files are ever opened: a symlink, a folder or a FIFO
 * where a file belongs is reported, never followed (a link could pull in text from outside
 * the repository, and opening a FIFO would wait forever). Reading never writes.
 */
import { createHash } from 'node:crypto';
import { constants, type Dirent } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { LIMITS } from './limits.ts';
import { problem } from './messages.ts';
import type { Problem } from './problems.ts';

export const REGISTRY_FILE = 'policies.yaml';
export const POLICIES_DIR = 'policies';
/** Optional: the search aliases staff edit (src/lib/content/aliases.ts). */
export const ALIASES_FILE = 'search-aliases.yaml';
/** Optional: the everyday words members use for the policies' terms, which staff edit (src/lib/content/aliases.ts). */
export const EVERYDAY_WORDS_FILE = 'search-everyday-words.yaml';
/** The files of the content folder beside `policies/`: the settings a change can touch besides revisions. */
export const SETTINGS_FILES = [REGISTRY_FILE, ALIASES_FILE, EVERYDAY_WORDS_FILE] as const;

export interface RawFile {
  /** Path relative to the project root, forward slashes. */
  file: string;
  bytes: Uint8Array;
  sha256: string;
}

export interface RawRevisionFile extends RawFile {
  /** The folder it is in: the policy's slug, if the folder is registered. */
  slug: string;
  /** The file's own name. */
  name: string;
}

export interface ContentFiles {
  /** `<content>/policies.yaml` (relative to the project root), present or not. */
  registryFile: string;
  /** `<content>/policies`, relative to the project root. */
  policiesDir: string;
  registry: RawFile | undefined;
  /** `<content>/search-aliases.yaml`, when there is one. */
  aliases: RawFile | undefined;
  /** `<content>/search-everyday-words.yaml`, when there is one. */
  everydayWords: RawFile | undefined;
  /** Regular files in `<content>/policies/<slug>/`, by folder then name. */
  revisionFiles: RawRevisionFile[];
  /** The site's own files (the project's public/ folder) by the path they are served at: what a link or image may reach besides the pages. */
  publicPaths: Set<string>;
  problems: Problem[];
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const codeOf = (error: unknown) => String((error as { code?: unknown }).code ?? 'error');

/**
 * The visible entries of a folder (dot files are editor and OS clutter), without following
 * links; a folder that cannot be listed is reported, never taken for an empty one.
 */
async function entriesOf(absolute: string, file: string, problems: Problem[]): Promise<Dirent[]> {
  try {
    const entries = await readdir(absolute, { withFileTypes: true });
    return entries.filter((entry) => !entry.name.startsWith('.')).sort(byName);
  } catch (error) {
    // A folder that is not there holds nothing: the rules that need it (registry-missing) say so.
    if (codeOf(error) !== 'ENOENT') problems.push(problem('content-unreadable', { file }, { code: codeOf(error) }));
    return [];
  }
}

function kindOf(entry: { isSymbolicLink(): boolean; isDirectory(): boolean }): 'link' | 'folder' | 'special' {
  return entry.isSymbolicLink() ? 'link' : entry.isDirectory() ? 'folder' : 'special';
}

type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: Problem };

/**
 * Opens without following a symlink and without waiting on a FIFO, then reads only what the
 * size limit allows: what was checked is what was read, even if the file changes meanwhile.
 */
async function readRegularFile(absolute: string, file: string): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(absolute, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    // O_NOFOLLOW fails with ELOOP on a link; anything else (no permission, gone meanwhile) is said as it is.
    const code = codeOf(error);
    return { ok: false, problem: code === 'ELOOP' ? problem('content-not-a-file', { file }, { kind: 'link' }) : problem('content-unreadable', { file }, { code }) };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, problem: problem('content-not-a-file', { file }, { kind: kindOf(stats) }) };
    if (stats.size > LIMITS.fileBytes) {
      return { ok: false, problem: problem('content-too-large', { file }, { bytes: stats.size, limit: LIMITS.fileBytes }) };
    }
    const bytes = new Uint8Array(stats.size);
    const { bytesRead } = await handle.read(bytes, 0, stats.size, 0);
    return { ok: true, bytes: bytes.subarray(0, bytesRead) };
  } finally {
    await handle.close();
  }
}

/** `contentDir` may be absolute or relative to `root`; every path in the result is relative to `root`. */
export async function readContentFiles(root: string, contentDir: string): Promise<ContentFiles> {
  const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');
  const base = path.resolve(root, contentDir);
  const registryFile = relative(path.join(base, REGISTRY_FILE));
  const policiesDir = relative(path.join(base, POLICIES_DIR));
  const problems: Problem[] = [];
  const revisionFiles: RawRevisionFile[] = [];

  let registry: RawFile | undefined;
  let aliases: RawFile | undefined;
  let everydayWords: RawFile | undefined;
  // Read only when it is a real folder: readdir would follow a link to one.
  let policiesFolder = false;
  for (const entry of await entriesOf(base, relative(base), problems)) {
    const file = relative(path.join(base, entry.name));
    if ((SETTINGS_FILES as readonly string[]).includes(entry.name)) {
      const read = await readRegularFile(path.join(base, entry.name), file);
      if (!read.ok) problems.push(read.problem);
      else if (entry.name === REGISTRY_FILE) registry = { file, bytes: read.bytes, sha256: sha256Of(read.bytes) };
      else if (entry.name === ALIASES_FILE) aliases = { file, bytes: read.bytes, sha256: sha256Of(read.bytes) };
      else everydayWords = { file, bytes: read.bytes, sha256: sha256Of(read.bytes) };
    } else if (entry.name === POLICIES_DIR) {
      policiesFolder = entry.isDirectory();
      if (entry.isSymbolicLink()) problems.push(problem('content-not-a-file', { file }, { kind: 'link' }));
      else if (!entry.isDirectory()) problems.push(problem('content-not-a-folder', { file }, { name: entry.name }));
    } else {
      problems.push(problem('content-misplaced', { file }, { registryFile, policiesDir, name: entry.name }));
    }
  }

  const policiesAbsolute = path.join(base, POLICIES_DIR);
  for (const folder of policiesFolder ? await entriesOf(policiesAbsolute, policiesDir, problems) : []) {
    const folderAbsolute = path.join(policiesAbsolute, folder.name);
    const folderFile = relative(folderAbsolute);
    if (!folder.isDirectory()) {
      // A revision file straight in policies/, or a link where a policy's folder belongs.
      problems.push(folder.isFile()
        ? problem('revision-location', { file: folderFile }, { policiesDir })
        : problem('content-not-a-file', { file: folderFile }, { kind: kindOf(folder) }));
      continue;
    }
    for (const entry of await entriesOf(folderAbsolute, folderFile, problems)) {
      const file = relative(path.join(folderAbsolute, entry.name));
      if (!entry.isFile()) {
        problems.push(problem('content-not-a-file', { file }, { kind: kindOf(entry) }));
        continue;
      }
      const read = await readRegularFile(path.join(folderAbsolute, entry.name), file);
      if (!read.ok) {
        problems.push(read.problem);
        continue;
      }
      revisionFiles.push({ file, bytes: read.bytes, sha256: sha256Of(read.bytes), slug: folder.name, name: entry.name });
    }
  }
  return { registryFile, policiesDir, registry, aliases, everydayWords, revisionFiles, publicPaths: await publicPathsOf(path.join(root, 'public')), problems };
}

/** Names only, never opened: the files Astro copies from public/ to the site as they are. */
async function publicPathsOf(folder: string): Promise<Set<string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return new Set(entries.filter((entry) => entry.isFile()).map((entry) => {
    const within = path.relative(folder, path.join(entry.parentPath, entry.name));
    return `/${within.split(path.sep).join('/')}`;
  }));
}
