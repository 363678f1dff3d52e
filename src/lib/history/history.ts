/**
 * A policy's history as one list, newest first: its revisions and the events the
 * source records without any text (such as the first posting of a page); and every
 * policy's revisions as one change log.
 */
import type { Dated, TimelineEntry } from './timeline.ts';

export interface TextlessEventLike {
  /** ISO date at its own precision (2001-01). */
  date: string;
}

export type HistoryItem<R extends Dated, E extends TextlessEventLike> =
  | { kind: 'revision'; date: string; entry: TimelineEntry<R> }
  | { kind: 'textless'; date: string; event: E };

export function historyNewestFirst<R extends Dated, E extends TextlessEventLike>(
  entries: readonly TimelineEntry<R>[], textless: readonly E[],
): HistoryItem<R, E>[] {
  const items: HistoryItem<R, E>[] = [
    ...entries.map((entry) => ({ kind: 'revision' as const, date: entry.revision.date, entry })),
    ...textless.map((event) => ({ kind: 'textless' as const, date: event.date, event })),
  ];
  // ISO strings of mixed precision still order correctly: 2001-01 < 2001-01-15 < 2001-02.
  return items.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** Every revision of every policy, newest first; revisions of one day keep the policies' order. */
export function changeLog<P extends { timeline: readonly TimelineEntry<Dated>[] }>(policies: readonly P[]): { policy: P; entry: P['timeline'][number] }[] {
  const all = policies.flatMap((policy, order) => policy.timeline.map((entry) => ({ policy, entry, order })));
  return all
    .sort((a, b) => (a.entry.revision.date < b.entry.revision.date ? 1 : a.entry.revision.date > b.entry.revision.date ? -1 : a.order - b.order))
    .map(({ policy, entry }) => ({ policy, entry }));
}
