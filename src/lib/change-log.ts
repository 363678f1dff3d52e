/**
 * Every revision of every policy as one list, newest first: the data behind /changes/
 * and the feeds. Revisions of one day keep the registry's order.
 */
import type { Dated, TimelineEntry } from './timeline.ts';

export interface ChangeLogEntry<P extends { timeline: readonly TimelineEntry<Dated>[] }> {
  policy: P;
  entry: P['timeline'][number];
}

export function changeLog<P extends { timeline: readonly TimelineEntry<Dated>[] }>(policies: readonly P[]): ChangeLogEntry<P>[] {
  const all = policies.flatMap((policy, order) => policy.timeline.map((entry) => ({ policy, entry, order })));
  return all
    .sort((a, b) => b.entry.revision.date.localeCompare(a.entry.revision.date) || a.order - b.order)
    .map(({ policy, entry }) => ({ policy, entry }));
}
