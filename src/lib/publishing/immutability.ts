/**
 * Published revisions are immutable: each keeps its address and its exact text forever,
 * so a correction is a new dated revision, never an edit. Compares the revision files
 * git stored at an earlier point (a ref) with the files now, as git would store them.
 */
import { problem, sortProblems, splitFrontmatter, type ContentModel, type Problem } from '../content/index.ts';
import { blobId, revisionFilesAt, storedBlobId } from './git.ts';

/** A revision file as git stored it at a ref. */
export interface PublishedFile {
  /** Path relative to the project root, forward slashes. */
  file: string;
  oid: string;
  /** `status: draft` in its frontmatter: never published, so still editable. */
  draft: boolean;
}

const utf8 = new TextDecoder('utf-8');

/** A file that does not parse is not a draft: when in doubt, it is protected. */
export function isDraftFile(bytes: Uint8Array): boolean {
  const split = splitFrontmatter(utf8.decode(bytes));
  if (!split.ok) return false;
  const data = split.frontmatter.data as { status?: unknown } | null;
  return data?.status === 'draft';
}

export function publishedFile(file: string, bytes: Uint8Array): PublishedFile {
  return { file, oid: blobId(bytes), draft: isDraftFile(bytes) };
}

/** A revision file now: its path and the object id git would store for it. */
export interface CurrentFile {
  file: string;
  oid: string;
}

/**
 * `before`: the revision files at the ref; `now`: the files in the working folder.
 * New files are fine; a file present before must still be there, byte for byte.
 */
export function immutabilityProblems(before: readonly PublishedFile[], now: readonly CurrentFile[]): Problem[] {
  const nowByFile = new Map(now.map((state) => [state.file, state]));
  const beforeFiles = new Set(before.map((state) => state.file));
  const problems: Problem[] = [];
  for (const old of before) {
    // A draft was never published: staff may still edit, rename or drop it.
    if (old.draft) continue;
    const current = nowByFile.get(old.file);
    if (current) {
      if (current.oid !== old.oid) problems.push(problem('revision-immutable-modified', { file: old.file }, {}));
      continue;
    }
    // The same text at a path that did not exist before: the file was moved.
    const moved = now.find((candidate) => candidate.oid === old.oid && !beforeFiles.has(candidate.file));
    problems.push(moved
      ? problem('revision-immutable-renamed', { file: old.file }, { to: moved.file })
      : problem('revision-immutable-deleted', { file: old.file }, {}));
  }
  return sortProblems(problems);
}

/** What `policy check --since <ref>` adds to the content rules. */
export function publishedRevisionChanges(root: string, model: ContentModel, contentDir: string, ref: string): Problem[] {
  const before = revisionFilesAt(root, contentDir, ref).map(({ file, oid, bytes }) => ({ file, oid, draft: isDraftFile(bytes) }));
  const oidAt = new Map(before.map((state) => [state.file, state.oid]));
  const now = model.files.map(({ file, bytes }): CurrentFile => {
    const oid = blobId(bytes);
    // Bytes that differ may still be what git stores once its filters (line endings) apply.
    const stored = oidAt.get(file);
    return { file, oid: stored === undefined || stored === oid ? oid : storedBlobId(root, file, bytes) };
  });
  return immutabilityProblems(before, now);
}
