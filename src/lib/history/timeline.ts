/**
 * How a policy's revisions relate in time, as of a day: which one is in force, which are
 * past or scheduled, and each one's period of validity. A draft (shown only in previews)
 * takes the place it would have once published, and its state stays `draft`, so a preview
 * never calls it current or scheduled.
 */
import { dayBefore } from '../dates/index.ts';

export interface Dated {
  /** ISO day the revision took effect (or was recorded). */
  date: string;
  data: { status: 'published' | 'draft' };
}

/** Where a revision stands on the timeline as of the day. */
export type Position = 'past' | 'current' | 'scheduled';
/** What a reader is told it is: its position, or `draft` for a draft wherever it stands. */
export type RevisionState = Position | 'draft';

export interface Period {
  from: string;
  /** Last day in force: the day before its successor; undefined while none follows. */
  until?: string;
}

export interface TimelineEntry<R extends Dated> {
  revision: R;
  position: Position;
  state: RevisionState;
  period: Period;
  previous?: R;
  next?: R;
}

/** Oldest first; `asOf` is the day (ISO) the site is built as of. */
export function timeline<R extends Dated>(revisions: readonly R[], asOf: string): TimelineEntry<R>[] {
  const sorted = [...revisions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const currentIndex = sorted.findLastIndex((revision) => revision.date <= asOf);
  return sorted.map((revision, index) => {
    const previous = sorted[index - 1];
    const next = sorted[index + 1];
    const position: Position = index === currentIndex ? 'current' : index < currentIndex ? 'past' : 'scheduled';
    return {
      revision,
      position,
      state: revision.data.status === 'draft' ? 'draft' : position,
      period: next ? { from: revision.date, until: dayBefore(next.date) } : { from: revision.date },
      ...(previous ? { previous } : {}),
      ...(next ? { next } : {}),
    };
  });
}

export function currentEntry<R extends Dated>(entries: readonly TimelineEntry<R>[]): TimelineEntry<R> | undefined {
  return entries.find((entry) => entry.position === 'current');
}

/** The nearest revision still to come. */
export function upcomingEntry<R extends Dated>(entries: readonly TimelineEntry<R>[]): TimelineEntry<R> | undefined {
  return entries.find((entry) => entry.position === 'scheduled');
}

/**
 * What was in force on an ISO day: the last of the entries (oldest first) whose period had
 * begun, or undefined before the first. Periods follow each other without gaps, so no end
 * date needs checking; the history page's script asks the same of the periods it shows.
 */
export function inForceOn<T extends { period: Period }>(entries: readonly T[], day: string): T | undefined {
  return entries.findLast((entry) => entry.period.from <= day);
}

/**
 * Which answer 「この日に適用されていた版」 gets: none before the first revision; on or before
 * the day the site is built as of, the revision that was in force; after it, the one that will
 * apply as far as is known now (scheduled, or the current one expected to stay).
 */
export type InForceCase = 'before-first' | 'in-force' | 'scheduled' | 'expected';

export function inForceCase(day: string, asOf: string, hit: { position: Position } | undefined): InForceCase {
  if (!hit) return 'before-first';
  if (day <= asOf) return 'in-force';
  return hit.position === 'scheduled' ? 'scheduled' : 'expected';
}

/** Every revision paired with its predecessor: the changes pages. */
export function changePairs<R extends Dated>(entries: readonly TimelineEntry<R>[]): { older: R; newer: TimelineEntry<R> }[] {
  return entries.flatMap((entry) => (entry.previous ? [{ older: entry.previous, newer: entry }] : []));
}
