/**
 * Time, as readers ask about it: which revision is in force on a day, which are past,
 * scheduled or drafts, each one's period of validity, and the history and change log
 * built from them. Pure: the day is always given.
 */
export {
  timeline, currentEntry, upcomingEntry, inForceOn, inForceCase, changePairs,
  type InForceCase, type Dated, type Period, type Position, type RevisionState, type TimelineEntry,
} from './timeline.ts';
export { historyNewestFirst, changeLog, type HistoryItem } from './history.ts';
