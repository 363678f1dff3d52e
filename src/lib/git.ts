/**
 * Reads revision files as they were at a git ref, for the immutability check. Git is
 * run as a child process in the project folder; every failure becomes a GitError whose
 * message (in Japanese) says what to do, so the CLI can report it as a usage error.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { POLICIES_DIR } from './content-files.ts';
import { revisionFileState, type RevisionFileState } from './immutability.ts';

export class GitError extends Error {}

function git(root: string, args: string[], input?: string): Buffer {
  return execFileSync('git', args, {
    cwd: root, input, maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'],
    // Paths stay as bytes (no octal quoting of Japanese names); no pager, no prompts.
    env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
}

function stderrOf(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr;
  return stderr ? stderr.toString('utf8').trim().split('\n')[0] ?? '' : String((error as Error).message);
}

/** Fails with a clear message when `root` is not in a git work tree or `ref` names no commit. */
export function resolveCommit(root: string, ref: string): string {
  try {
    git(root, ['rev-parse', '--is-inside-work-tree']);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw new GitError('git が見つかりません。git をインストールしてください。');
    throw new GitError(`${root} は git のリポジトリではありません。--since はリポジトリの中で使ってください。`);
  }
  // A ref beginning with "-" would be read as an option.
  if (ref === '' || ref.startsWith('-')) throw new GitError(`--since「${ref}」は git の参照として使えません。`);
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString('utf8').trim();
  } catch {
    throw new GitError(`「${ref}」という git の参照（コミット・ブランチ・タグ）が見つかりません。git log や git branch -a で名前を確かめてください。`);
  }
}

/** Object ids and bytes of many blobs, read through one `git cat-file --batch`. */
function readBlobs(root: string, oids: string[]): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  if (oids.length === 0) return blobs;
  const output = git(root, ['cat-file', '--batch'], `${oids.join('\n')}\n`);
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

/**
 * The revision files (`<contentDir>/policies/<slug>/<file>`) at `ref`, with paths relative
 * to `root` as the content rules name them. `contentDir` may be absolute or relative to `root`.
 */
export function revisionStatesAt(root: string, contentDir: string, ref: string): RevisionFileState[] {
  const commit = resolveCommit(root, ref);
  const policiesDir = path.relative(root, path.resolve(root, contentDir, POLICIES_DIR)).split(path.sep).join('/');
  let listing: string;
  try {
    // Without --full-name, paths are relative to `root` (the working directory), like the rules' paths.
    listing = git(root, ['ls-tree', '-r', '-z', commit, '--', policiesDir]).toString('utf8');
  } catch (error) {
    throw new GitError(`${ref} のファイル一覧を git から読めませんでした（${stderrOf(error)}）。`);
  }
  const entries = listing.split('\0').filter(Boolean).flatMap((line) => {
    const [meta = '', file = ''] = line.split('\t');
    const [, type, oid = ''] = meta.split(' ');
    const rest = file.slice(policiesDir.length + 1).split('/');
    // Same layout as content-files.ts: <slug>/<name>, hidden files ignored.
    const isRevision = type === 'blob' && rest.length === 2 && !rest[0]!.startsWith('.') && !rest[1]!.startsWith('.');
    return isRevision ? [{ file, oid }] : [];
  });
  const blobs = readBlobs(root, [...new Set(entries.map((entry) => entry.oid))]);
  return entries.map(({ file, oid }) => revisionFileState(file, blobs.get(oid)!));
}
