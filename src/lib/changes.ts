/** Which revision pairs get a changes page: every revision against its predecessor. */
import type { Dated, TimelineEntry } from './timeline.ts';

export interface ChangePair<R extends Dated> {
  older: R;
  newer: R;
}

export function changePairs<R extends Dated>(timeline: readonly TimelineEntry<R>[]): ChangePair<R>[] {
  return timeline.flatMap(({ revision, previous }) => (previous ? [{ older: previous, newer: revision }] : []));
}
