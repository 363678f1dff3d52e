/**
 * The content as the pages see it: the registry in order, each policy with its
 * revisions on a timeline as of the build date. Astro glue only; the rules live in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from '../site.config.ts';
import { currentEntry, timeline, type TimelineEntry } from '../lib/timeline.ts';
import type { TextlessEvent } from '../lib/schemas.ts';

export interface RevisionRecord {
  slug: string;
  date: string;
  entry: CollectionEntry<'revisions'>;
}

export interface PolicyRecord {
  slug: string;
  title: string;
  issuer: string;
  textlessEvents: TextlessEvent[];
  /** Oldest first. */
  timeline: TimelineEntry<RevisionRecord>[];
  current: TimelineEntry<RevisionRecord>;
}

let cached: Promise<PolicyRecord[]> | undefined;

async function load(): Promise<PolicyRecord[]> {
  const registry = (await getCollection('policies')).sort((a, b) => a.data.order - b.data.order);
  const revisions = (await getCollection('revisions')).map((entry): RevisionRecord => {
    const [slug, date] = entry.id.split('/') as [string, string];
    return { slug, date, entry };
  });
  return registry.map(({ data }) => {
    const entries = timeline(revisions.filter((revision) => revision.slug === data.slug), siteConfig.buildDate);
    const current = currentEntry(entries);
    // The content rules guarantee a revision per policy; a policy whose every revision is scheduled has none yet.
    if (!current) throw new Error(`「${data.slug}」には ${siteConfig.buildDate} 時点で適用中の版がありません。`);
    return { slug: data.slug, title: data.title, issuer: data.issuer, textlessEvents: data.textlessEvents, timeline: entries, current };
  });
}

export function getPolicies(): Promise<PolicyRecord[]> {
  cached ??= load();
  return cached;
}
