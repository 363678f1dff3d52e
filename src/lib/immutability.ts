/**
 * Published revisions are immutable: each keeps its address and its exact text forever,
 * so a correction is a new dated revision, never an edit. Pure: compares the revision
 * files at an earlier point (a git ref) with the files now and returns the problems.
 */
import { createHash } from 'node:crypto';
import type { ContentSnapshot } from './content-files.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { sortProblems, type Problem } from './problems.ts';

export interface RevisionFileState {
  /** Path relative to the project root, forward slashes. */
  file: string;
  sha256: string;
  /** `status: draft` in its frontmatter: never published, so still editable. */
  draft: boolean;
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: false });

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A file that does not parse is not a draft: when in doubt, it is protected. */
export function isDraft(bytes: Uint8Array): boolean {
  const split = splitFrontmatter(utf8.decode(bytes));
  if (!split.ok) return false;
  const data = split.frontmatter.data as { status?: unknown } | null;
  return data?.status === 'draft';
}

export function revisionFileState(file: string, bytes: Uint8Array): RevisionFileState {
  return { file, sha256: sha256Of(bytes), draft: isDraft(bytes) };
}

/** The revision files of a content snapshot as they are now. */
export function snapshotStates(snapshot: ContentSnapshot): RevisionFileState[] {
  return snapshot.revisionFiles.map((raw) => revisionFileState(raw.file, raw.bytes));
}

const HINT = '公開した版は変更・改名・削除できません。元のファイルを元に戻し、訂正や改定は npm run policy -- new で新しい日付の版として加えてください。';

/**
 * `before`: the revision files at the ref; `now`: the files in the working folder.
 * New files are fine; a file present before must still be there, byte for byte.
 */
export function immutabilityProblems(before: readonly RevisionFileState[], now: readonly RevisionFileState[]): Problem[] {
  const nowByFile = new Map(now.map((state) => [state.file, state]));
  const beforeFiles = new Set(before.map((state) => state.file));
  const problems: Problem[] = [];
  for (const old of before) {
    // A draft was never published: staff may still edit, rename or drop it.
    if (old.draft) continue;
    const current = nowByFile.get(old.file);
    if (current) {
      if (current.sha256 !== old.sha256) {
        problems.push({ file: old.file, rule: 'revision-immutable-modified', message: '公開済みの版が書き換えられています。', hint: HINT });
      }
      continue;
    }
    // Same bytes at a path that did not exist before: the file was moved.
    const moved = now.find((candidate) => candidate.sha256 === old.sha256 && !beforeFiles.has(candidate.file));
    problems.push(moved
      ? { file: old.file, rule: 'revision-immutable-renamed', message: `公開済みの版の名前が ${moved.file} に変えられています。`, hint: HINT }
      : { file: old.file, rule: 'revision-immutable-deleted', message: '公開済みの版が削除されています。', hint: HINT });
  }
  return sortProblems(problems);
}
