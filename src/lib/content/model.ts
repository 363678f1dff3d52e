/** The content model: what one reading of the content folder yields (see index.ts). */
import type { Root } from 'mdast';
import type { EverydayWords, SearchAlias } from './aliases.ts';
import type { Block } from './blocks.ts';
import type { Problem } from './problems.ts';
import type { PolicyEntry, RevisionData } from './schemas.ts';

/** One revision file that passed every rule of its own. */
export interface Revision {
  /** Path relative to the project root, forward slashes. */
  file: string;
  slug: string;
  /** The ISO day in the file name: the day it took effect (or, for 収録日, was recorded). */
  date: string;
  data: RevisionData;
  /** The line of each frontmatter field, for problems about one of them. */
  fieldLines: ReadonlyMap<string, number>;
  bytes: Uint8Array;
  /** sha256 of the file's bytes, for archivists and the immutability check. */
  sha256: string;
  /** The MDX body, after the frontmatter. */
  body: string;
  /** Line of the file where the body starts, so body positions become file lines. */
  bodyStartLine: number;
  /** The parsed body, headings anchored: what the renderer turns into HTML. */
  tree: Root;
  /** The body as readable units: what the diff engine, the legal rules and the search read. */
  blocks: Block[];
}

export interface Policy {
  entry: PolicyEntry;
  /** Oldest first; drafts included (their data says so). */
  revisions: Revision[];
}

export interface ContentModel {
  registryFile: string;
  policiesDir: string;
  /** Registry order. A revision with problems of its own is left out of its policy. */
  policies: Policy[];
  /** Every regular file found in a policy folder, read or refused: what immutability compares. */
  files: { file: string; bytes: Uint8Array; sha256: string }[];
  /** The search aliases (content/search-aliases.yaml; empty without the file): see aliases.ts. */
  searchAliases: SearchAlias[];
  /** The everyday words for the policies' terms (content/search-everyday-words.yaml; empty without the file): see aliases.ts. */
  searchEverydayWords: EverydayWords[];
  /** Sorted by file and line; empty when the content may be published. */
  problems: Problem[];
}

export function isDraft(revision: { data: Pick<RevisionData, 'status'> }): boolean {
  return revision.data.status === 'draft';
}
