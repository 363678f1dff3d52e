/**
 * The site as of its build date: each registered policy with its revisions on a timeline,
 * built from what the content loader stored (the content model's revisions, rendered) and
 * the commits git can vouch for. Pure; every page's data is derived from this one object.
 */
import { ALIASES_FILE, EVERYDAY_WORDS_FILE, renderBody, type Block, type ContentModel, type PolicyEntry, type RevisionData } from '../content/index.ts';
import { diffBlockLists, type DocumentDiff } from '../diff/index.ts';
import { currentEntry, timeline, upcomingEntry, type TimelineEntry } from '../history/index.ts';
import type { Repository } from '../urls/index.ts';

/** A revision as the content loader stores it for the pages. */
export interface StoredRevision {
  file: string;
  slug: string;
  date: string;
  data: RevisionData;
  sha256: string;
  blocks: Block[];
  /** The body rendered once, at content sync (content/render.ts). */
  html: string;
}

/** What the content loader stores: the registry in order, each policy with its revisions (drafts included). */
/**
 * The staff's search vocabulary, each line with where it was written: the search indexer takes
 * it from the built site (`/search/vocabulary.json`), so it never reads the content folder again.
 */
export interface SearchVocabulary {
  aliases: { source: string; same: string[] }[];
  everyday: { source: string; term: string; words: string[] }[];
}

export interface StoredContent {
  policies: { entry: PolicyEntry; revisions: StoredRevision[] }[];
  vocabulary: SearchVocabulary;
}

/** What the pages need of the content model: each revision's data, blocks and body rendered once (no trees, no bytes). */
export function storedContent(model: ContentModel): StoredContent {
  // The registry sits at the top of the content folder (paths use forward slashes).
  const contentDir = model.registryFile.slice(0, Math.max(0, model.registryFile.lastIndexOf('/'))) || '.';
  return {
    policies: model.policies.map(({ entry, revisions }) => ({
      entry,
      revisions: revisions.map(({ file, slug, date, data, sha256, blocks, tree }) => ({ file, slug, date, data, sha256, blocks, html: renderBody(tree) })),
    })),
    vocabulary: {
      aliases: model.searchAliases.map((alias) => ({ source: `${contentDir}/${ALIASES_FILE}:${alias.line}`, same: [alias.word, ...alias.aliases] })),
      everyday: model.searchEverydayWords.map((entry) => ({ source: `${contentDir}/${EVERYDAY_WORDS_FILE}:${entry.line}`, term: entry.term, words: entry.words })),
    },
  };
}

/** The commit that last touched a file, when git can vouch for it. */
export interface Commit {
  hash: string;
  /** Committer date, ISO 8601 with offset. */
  date: string;
}

export interface SiteRevision extends StoredRevision {
  commit?: Commit;
}

export type SiteEntry = TimelineEntry<SiteRevision>;

export interface SitePolicy {
  entry: PolicyEntry;
  /** Oldest first. */
  timeline: SiteEntry[];
  /** The revision in force on the build date, if one has taken effect. */
  current: SiteEntry | undefined;
  /** The nearest revision still to come. */
  upcoming: SiteEntry | undefined;
  /** What `/policies/<slug>/` shows: the current revision or, before any is in force, the first to come. */
  front: SiteEntry;
}

export interface SiteOptions {
  /** The day (ISO, in Japan) the site is built as of. */
  buildDate: string;
  /** Preview builds (and `npm run dev`) show drafts, labelled as such. */
  preview: boolean;
  /** Public origin, for absolute URLs in feeds and the manifest. */
  origin: string;
  /** Where revision pages link their source; absent when none is configured. */
  repository: Repository | undefined;
  commits: ReadonlyMap<string, Commit>;
}

export interface Site extends Omit<SiteOptions, 'commits'> {
  /** Registry order; a policy with nothing to publish (only drafts, outside a preview) is left out. */
  policies: SitePolicy[];
  vocabulary: SearchVocabulary;
  /** The diff of two revisions of a policy, computed once per build however many pages show it. */
  diff(older: SiteRevision, newer: SiteRevision): DocumentDiff;
}

export function buildSite(content: StoredContent, options: SiteOptions): Site {
  const { commits, ...rest } = options;
  const policies = content.policies.flatMap(({ entry, revisions }): SitePolicy[] => {
    const shown = revisions
      .filter((revision) => options.preview || revision.data.status !== 'draft')
      .map((revision): SiteRevision => {
        const commit = commits.get(revision.file);
        return commit ? { ...revision, commit } : revision;
      });
    const entries = timeline(shown, options.buildDate);
    const current = currentEntry(entries);
    const upcoming = upcomingEntry(entries);
    const front = current ?? upcoming;
    return front ? [{ entry, timeline: entries, current, upcoming, front }] : [];
  });
  const diffs = new Map<string, DocumentDiff>();
  return {
    ...rest,
    policies,
    vocabulary: content.vocabulary,
    diff(older, newer) {
      const key = `${older.file}\n${newer.file}`;
      let diff = diffs.get(key);
      if (!diff) diffs.set(key, (diff = diffBlockLists(older.blocks, newer.blocks)));
      return diff;
    },
  };
}
