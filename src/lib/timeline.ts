/**
 * How a policy's revisions relate in time: which one is current on a given day,
 * which are past or scheduled, and each one's period of validity.
 */
import { dayBefore } from './dates.ts';

export interface Dated {
  /** ISO day the revision took effect (or was recorded). */
  date: string;
}

export type RevisionStatus = 'current' | 'past' | 'scheduled';

export interface Period {
  from: string;
  /** Last day in force; undefined while it is (or will be) in force with no successor. */
  until?: string;
}

export interface TimelineEntry<R extends Dated> {
  revision: R;
  status: RevisionStatus;
  period: Period;
  previous?: R;
  next?: R;
}

/** Oldest first; `asOf` is the build date in ISO form. */
export function timeline<R extends Dated>(revisions: readonly R[], asOf: string): TimelineEntry<R>[] {
  const sorted = [...revisions].sort((a, b) => a.date.localeCompare(b.date));
  const currentIndex = sorted.findLastIndex((revision) => revision.date <= asOf);
  return sorted.map((revision, index) => {
    const next = sorted[index + 1];
    const status: RevisionStatus = index === currentIndex ? 'current' : index < currentIndex ? 'past' : 'scheduled';
    return {
      revision,
      status,
      period: { from: revision.date, until: next ? dayBefore(next.date) : undefined },
      previous: sorted[index - 1],
      next,
    };
  });
}

export function currentEntry<R extends Dated>(entries: readonly TimelineEntry<R>[]): TimelineEntry<R> | undefined {
  return entries.find((entry) => entry.status === 'current');
}

/** The revision in force on an ISO day, if any had taken effect by then. */
export function inForceOn<R extends Dated>(entries: readonly TimelineEntry<R>[], day: string): TimelineEntry<R> | undefined {
  return entries.findLast((entry) => entry.revision.date <= day);
}
