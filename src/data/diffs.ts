/**
 * The diff between two revisions of a policy, computed once per build and shared by the
 * changes pages, both their views, and the feeds.
 */
import { diffDocuments, type DocumentDiff } from '../lib/diff/index.ts';
import type { RevisionRecord } from './policies.ts';

const cache = new Map<string, DocumentDiff>();

export function diffRevisions(older: RevisionRecord, newer: RevisionRecord): DocumentDiff {
  const key = `${older.slug}/${older.date}..${newer.date}`;
  let diff = cache.get(key);
  if (!diff) {
    diff = diffDocuments(older.entry.body ?? '', newer.entry.body ?? '');
    cache.set(key, diff);
  }
  return diff;
}
