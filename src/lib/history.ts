/**
 * A policy's history as one list, newest first: its revisions and the events the
 * source records without any text (such as the first posting of a page).
 */
import type { TextlessEvent } from './schemas.ts';
import type { Dated, TimelineEntry } from './timeline.ts';

export type HistoryItem<R extends Dated> =
  | { kind: 'revision'; date: string; entry: TimelineEntry<R> }
  | { kind: 'textless'; date: string; event: TextlessEvent };

export function historyNewestFirst<R extends Dated>(
  entries: readonly TimelineEntry<R>[], textless: readonly TextlessEvent[],
): HistoryItem<R>[] {
  const items: HistoryItem<R>[] = [
    ...entries.map((entry) => ({ kind: 'revision' as const, date: entry.revision.date, entry })),
    ...textless.map((event) => ({ kind: 'textless' as const, date: event.date, event })),
  ];
  // ISO strings of mixed precision still order correctly: 2001-01 < 2001-01-15 < 2001-02.
  return items.sort((a, b) => b.date.localeCompare(a.date));
}
