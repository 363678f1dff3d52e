/**
 * The content as the pages see it: the registry in order, each policy with its
 * revisions on a timeline as of the build date. Astro glue only; the rules live in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from '../site.config.ts';
import { currentEntry, timeline, type TimelineEntry } from '../lib/timeline.ts';
import { lastCommits, type FileCommit } from '../lib/git-history.ts';
import type { TextlessEvent } from '../lib/schemas.ts';

export interface RevisionRecord {
  slug: string;
  date: string;
  entry: CollectionEntry<'revisions'>;
  /** Source file, relative to the project root. */
  file: string;
  /** The commit that last touched the file, when git can vouch for it. */
  commit?: FileCommit;
  draft: boolean;
}

export interface PolicyRecord {
  slug: string;
  title: string;
  issuer: string;
  established?: string;
  textlessEvents: TextlessEvent[];
  /** Oldest first. */
  timeline: TimelineEntry<RevisionRecord>[];
  current: TimelineEntry<RevisionRecord>;
}

let cached: Promise<PolicyRecord[]> | undefined;

/** Drafts exist only where staff preview them: `npm run dev` and preview builds. */
export const showDrafts = import.meta.env.DEV || siteConfig.preview;

async function load(): Promise<PolicyRecord[]> {
  const registry = (await getCollection('policies')).sort((a, b) => a.data.order - b.data.order);
  const commits = lastCommits(process.cwd(), siteConfig.contentDir);
  const revisions = (await getCollection('revisions'))
    .filter((entry) => showDrafts || entry.data.status !== 'draft')
    .map((entry): RevisionRecord => {
      const [slug, date] = entry.id.split('/') as [string, string];
      const file = entry.filePath ?? `${siteConfig.contentDir}/policies/${entry.id}.mdx`;
      return { slug, date, entry, file, commit: commits.get(file), draft: entry.data.status === 'draft' };
    });
  return registry.map(({ data }) => {
    const entries = timeline(revisions.filter((revision) => revision.slug === data.slug), siteConfig.buildDate);
    const current = currentEntry(entries);
    // The content rules guarantee a revision per policy; a policy whose every revision is scheduled has none yet.
    if (!current) throw new Error(`「${data.slug}」には ${siteConfig.buildDate} 時点で適用中の版がありません。`);
    return {
      slug: data.slug, title: data.title, issuer: data.issuer, established: data.established,
      textlessEvents: data.textlessEvents, timeline: entries, current,
    };
  });
}

export function getPolicies(): Promise<PolicyRecord[]> {
  cached ??= load();
  return cached;
}
