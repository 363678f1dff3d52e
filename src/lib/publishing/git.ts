/**
 * Everything the project asks of git, through one runner: revision files as git stores
 * them at a ref (for the immutability check), the id git would give a file's bytes, and
 * the commit that last touched each content file (for provenance). A failure the staff
 * can act on becomes a GitError whose message (in Japanese) says what to do.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { POLICIES_DIR } from '../content/index.ts';

export class GitError extends Error {}

function runGit(root: string, args: string[], input?: Uint8Array | string): Buffer {
  // core.quotepath=false: paths with Japanese names come out as they are, not octal-quoted.
  return execFileSync('git', ['-c', 'core.quotepath=false', ...args], {
    cwd: root, input, maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'],
    // Paths stay as bytes (no octal quoting of Japanese names); no pager, no prompts.
    env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
}

/** git's answer, or undefined when git is missing or says no (provenance is then left out). */
function tryGit(root: string, args: string[]): string | undefined {
  try {
    return runGit(root, args).toString('utf8');
  } catch {
    return undefined;
  }
}

function stderrOf(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr;
  return stderr ? stderr.toString('utf8').trim().split('\n')[0] ?? '' : String((error as Error).message);
}

/** Fails with a clear message when `root` is not in a git work tree or `ref` names no commit. */
export function resolveCommit(root: string, ref: string): string {
  try {
    runGit(root, ['rev-parse', '--is-inside-work-tree']);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw new GitError('git が見つかりません。git をインストールしてください。');
    throw new GitError(`${root} は git のリポジトリではありません。--since はリポジトリの中で使ってください。`);
  }
  // A ref beginning with "-" would be read as an option.
  if (ref === '' || ref.startsWith('-')) throw new GitError(`--since「${ref}」は git の参照として使えません。`);
  try {
    return runGit(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString('utf8').trim();
  } catch {
    throw new GitError(`「${ref}」という git の参照（コミット・ブランチ・タグ）が見つかりません。git log や git branch -a で名前を確かめてください。`);
  }
}

/** The object id git gives these bytes as a blob (what `git hash-object` prints without filters). */
export function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * The object id git would store for these bytes at `file`: the same clean filters apply as
 * on `git add` (core.autocrlf, .gitattributes), so a checkout with CRLF line endings is not
 * mistaken for an edit.
 */
export function storedBlobId(root: string, file: string, bytes: Uint8Array): string {
  return runGit(root, ['hash-object', `--path=${file}`, '--stdin'], bytes).toString('utf8').trim();
}

/** Object ids and bytes of many blobs, read through one `git cat-file --batch`. */
function readBlobs(root: string, oids: string[]): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  if (oids.length === 0) return blobs;
  const output = runGit(root, ['cat-file', '--batch'], `${oids.join('\n')}\n`);
  let offset = 0;
  while (offset < output.length) {
    const lineEnd = output.indexOf(0x0a, offset);
    const [oid = '', type, size] = output.subarray(offset, lineEnd).toString('utf8').split(' ');
    if (type !== 'blob') throw new GitError(`git のオブジェクト ${oid} を読めませんでした。`);
    const start = lineEnd + 1;
    blobs.set(oid, output.subarray(start, start + Number(size)));
    offset = start + Number(size) + 1;
  }
  return blobs;
}

/** A revision file as git stored it at a ref. */
export interface BlobAtRef {
  /** Path relative to the project root, forward slashes. */
  file: string;
  oid: string;
  bytes: Uint8Array;
}

/**
 * The revision files (`<contentDir>/policies/<slug>/<name>`) at `ref`, paths relative to
 * `root` as the content rules name them. Only regular files count: a committed symlink
 * was never a revision. `contentDir` may be absolute or relative to `root`.
 */
export function revisionFilesAt(root: string, contentDir: string, ref: string): BlobAtRef[] {
  const commit = resolveCommit(root, ref);
  const policiesDir = path.relative(root, path.resolve(root, contentDir, POLICIES_DIR)).split(path.sep).join('/');
  let listing: string;
  try {
    // Without --full-name, paths are relative to `root` (the working directory), like the rules' paths.
    listing = runGit(root, ['ls-tree', '-r', '-z', commit, '--', policiesDir]).toString('utf8');
  } catch (error) {
    throw new GitError(`${ref} のファイル一覧を git から読めませんでした（${stderrOf(error)}）。`);
  }
  const entries = listing.split('\0').filter(Boolean).flatMap((line) => {
    const [meta = '', file = ''] = line.split('\t');
    const [mode = '', type, oid = ''] = meta.split(' ');
    const rest = file.slice(policiesDir.length + 1).split('/');
    // Same layout as the content reader: <slug>/<name>, hidden files ignored, regular files only (executable or not: a file copied from a USB stick or a Windows share may arrive as 0755).
    const isRevision = type === 'blob' && (mode === '100644' || mode === '100755') && rest.length === 2 && !rest[0]!.startsWith('.') && !rest[1]!.startsWith('.');
    return isRevision ? [{ file, oid }] : [];
  });
  const blobs = readBlobs(root, [...new Set(entries.map((entry) => entry.oid))]);
  return entries.map(({ file, oid }) => ({ file, oid, bytes: blobs.get(oid)! }));
}

/** How `file` (relative to `root`) differs now from `ref`, as git's unified diff; '' when it does not. */
export function fileChangesSince(root: string, ref: string, file: string): string {
  const commit = resolveCommit(root, ref);
  try {
    return runGit(root, ['diff', '--no-color', '--no-ext-diff', '--no-renames', commit, '--', file]).toString('utf8');
  } catch (error) {
    throw new GitError(`${file} の ${ref} からの変更を git から読めませんでした（${stderrOf(error)}）。`);
  }
}

/** The commit that last touched a file. */
export interface FileCommit {
  hash: string;
  /** Committer date, ISO 8601 with offset. */
  date: string;
}

/**
 * The commit that last touched each file under `dir`, read once from `git log`. Anything
 * git cannot vouch for (no git, a shallow clone, whose oldest commit would claim files it
 * did not write, or a file with uncommitted edits) is left out, so a page never names a
 * commit that is not the text's. Keys are paths relative to `root`.
 */
export function lastCommits(root: string, dir: string): Map<string, FileCommit> {
  const commits = new Map<string, FileCommit>();
  if (tryGit(root, ['rev-parse', '--is-shallow-repository'])?.trim() !== 'false') return commits;
  const prefix = tryGit(root, ['rev-parse', '--show-prefix'])?.trim() ?? '';
  const log = tryGit(root, ['log', '--format=%x00%H %cI', '--name-only', '--no-renames', '--', dir]);
  if (!log) return commits;
  const relative = (file: string) => (prefix && file.startsWith(prefix) ? file.slice(prefix.length) : file);
  for (const chunk of log.split('\0').slice(1)) {
    const [header = '', ...files] = chunk.split('\n');
    const [hash = '', date = ''] = header.split(' ');
    for (const file of files) if (file && !commits.has(relative(file))) commits.set(relative(file), { hash, date });
  }
  const dirty = tryGit(root, ['status', '--porcelain', '--no-renames', '--', dir]) ?? '';
  for (const line of dirty.split('\n')) if (line.slice(3)) commits.delete(relative(line.slice(3)));
  return commits;
}
