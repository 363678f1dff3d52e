/**
 * The commit that last touched each content file, read once from `git log` at build
 * time. Anything git cannot vouch for — no git, a shallow clone (its oldest commit
 * would claim files it did not write), or a file with uncommitted edits — is left
 * out, so a page never names a commit that is not the text's.
 */
import { execFileSync } from 'node:child_process';

export interface FileCommit {
  hash: string;
  /** Committer date, ISO 8601 with offset. */
  date: string;
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** Keys are paths relative to the repository root, as git prints them. */
export function lastCommits(root: string, dir: string): Map<string, FileCommit> {
  const commits = new Map<string, FileCommit>();
  if (git(root, ['rev-parse', '--is-shallow-repository'])?.trim() !== 'false') return commits;
  const prefix = git(root, ['rev-parse', '--show-prefix'])?.trim() ?? '';
  const log = git(root, ['log', '--format=%x00%H %cI', '--name-only', '--no-renames', '--', dir]);
  if (!log) return commits;
  for (const chunk of log.split('\0').slice(1)) {
    const [header = '', ...files] = chunk.split('\n');
    const [hash = '', date = ''] = header.split(' ');
    for (const file of files) {
      const relative = prefix && file.startsWith(prefix) ? file.slice(prefix.length) : file;
      if (file && !commits.has(relative)) commits.set(relative, { hash, date });
    }
  }
  const dirty = git(root, ['status', '--porcelain', '--no-renames', '--', dir]) ?? '';
  for (const line of dirty.split('\n')) {
    const path = line.slice(3);
    if (path) commits.delete(prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path);
  }
  return commits;
}
