/**
 * The catalogue of what the site says about time and state, in Japanese. One word names
 * each state everywhere (pages, feeds, manifest labels, the CLI), and one function words
 * each period, so a scheduled revision is never described as in force and a draft never
 * as published.
 */
import { formatJapanese } from '../dates/index.ts';
import type { Position, RevisionState, TimelineEntry, Dated } from '../history/index.ts';

/** The name of each state, as a badge or a list heading. */
export const STATE_NAMES: Record<RevisionState, string> = {
  current: '現在の版',
  past: '過去の版',
  scheduled: '適用予定',
  draft: '下書き',
};

export type DateBasis = 'effective' | 'recorded';

/** 改定日 for a date the source gives; 収録日 where the source gives none. */
export function dateLabel(basis: DateBasis): string {
  return basis === 'recorded' ? '収録日' : '改定日';
}

export const RECORDED_DATE_NOTE = '原文に日付の記載がないため、このポータルに収録した日を示しています。';
export const RECORDED_DATE_SHORT = '収録日。原文に日付の記載はありません';
export const NOT_STATED = '原文に記載がありません';
export const FIRST_RECORDED = '最初に収録した版です。';
export const FIRST_RECORDED_IN_FEED = 'この文書を最初に収録した版です。';
export const DRAFT_NOTICE = 'この版はまだ公開されていません。プレビューでだけ表示され、公開サイト・検索・フィードには含まれません。';

const day = (iso: string) => formatJapanese(iso);

/**
 * The period of validity, worded for the revision's state:
 * past 「2015年12月1日から2026年11月24日まで」, current 「2026年11月25日から（現在も適用中）」 or,
 * with a successor scheduled, 「…から2026年12月31日まで（現在適用中）」, scheduled
 * 「2027年1月1日から適用予定」, draft 「下書き（公開すると2027年1月1日から適用）」.
 */
export function periodText(entry: Pick<TimelineEntry<Dated>, 'state' | 'period'>): string {
  const { from, until } = entry.period;
  const span = until ? `${day(from)}から${day(until)}まで` : `${day(from)}から`;
  switch (entry.state) {
    case 'past':
      return span;
    case 'current':
      return until ? `${span}（現在適用中）` : `${span}（現在も適用中）`;
    case 'scheduled':
      return `${span}適用予定`;
    case 'draft':
      return `下書き（公開すると${span}適用）`;
  }
}

/** The label of a revision's own date in its details: 最終改定 once in force, 適用予定日 before. */
export function revisionDateLabel(position: Position, basis: DateBasis, draft: boolean): string {
  if (draft || position === 'scheduled') return '適用予定日';
  return basis === 'recorded' ? '収録日' : '最終改定';
}

/** The heading of a changes page: a change that has happened, or one still to come. */
export function changesHeading(entry: Pick<TimelineEntry<Dated>, 'state' | 'revision'>): string {
  const date = day(entry.revision.date);
  if (entry.state === 'draft') return `下書き（${date}付）で変わるところ`;
  return entry.state === 'scheduled' ? `${date}の改定で変わるところ` : `${date}の改定で変わったところ`;
}

/** The words before a feed item's title: none for a published change, the state otherwise. */
export function feedTitlePrefix(state: RevisionState): string {
  return state === 'scheduled' || state === 'draft' ? `【${STATE_NAMES[state]}】` : '';
}

/** 2015年12月1日の版 / 2026年11月25日に収録した版 */
export function revisionName(date: string, basis: DateBasis): string {
  return `${day(date)}${basis === 'recorded' ? 'に収録した' : 'の'}版`;
}

/** The notice over the current revision when a new one is scheduled. */
export function upcomingNotice(date: string): string {
  return `${day(date)}から新しい版が適用されます`;
}

/** The notice over a scheduled revision. */
export function scheduledNotice(date: string): string {
  return `この版は${day(date)}から適用される予定です。`;
}
