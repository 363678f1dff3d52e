/**
 * The diff between two revisions of a policy, computed once per build and shared by the
 * changes pages, both their views, and the feeds.
 */
import { diffBlockLists, type DocumentDiff } from '../lib/diff/index.ts';
import { changePairs } from '../lib/changes.ts';
import { blocksOf } from './blocks.ts';
import { getPolicies, type RevisionRecord } from './policies.ts';

const cache = new Map<string, DocumentDiff>();

export function diffRevisions(older: RevisionRecord, newer: RevisionRecord): DocumentDiff {
  const key = `${older.slug}/${older.date}..${newer.date}`;
  let diff = cache.get(key);
  if (!diff) {
    diff = diffBlockLists(blocksOf(older), blocksOf(newer));
    cache.set(key, diff);
  }
  return diff;
}

/** Static paths of the changes pages (both views): every revision against its predecessor. */
export async function changesPagePaths() {
  return (await getPolicies()).flatMap((policy) =>
    changePairs(policy.timeline).map(({ older, newer }) => ({
      params: { slug: policy.slug, date: newer.date },
      props: { policy, older, newer, diff: diffRevisions(older, newer) },
    })),
  );
}
