/**
 * The catalogue of what the site says about time and state, in Japanese. One word names
 * each state everywhere (pages, feeds, manifest labels, the CLI), and one function words
 * each period, so a scheduled revision is never described as in force and a draft never
 * as published.
 */
import { formatJapanese } from '../dates/index.ts';
import type { InForceCase, Position, RevisionState, TimelineEntry, Dated } from '../history/index.ts';

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

/** The two views of a change: the inline redline and the 新旧対照表. */
export const VIEW_NAMES = { inline: '変更箇所を本文中に表示', table: '新旧対照表' } as const;

/** The provenance line members read under a revision's dates. */
export const PROVENANCE_LINE = '本文は原文のとおりに収録しています。公開した版は書き換えず、改定のたびに新しい版を加えます。';

/** Under the commit in the technical record: a commit's date is never the document's own (never 改定日 either). */
export const COMMIT_DATE_NOTE = 'このファイルをポータルに登録・更新した日で、文書そのものの日付ではありません。';

/** The visible link to a policy's feed. */
export const SUBSCRIBE_TEXT = '改定のお知らせを RSS で受け取る';

/**
 * The answers to 「この日に適用されていた版」 (lib/history's inForceCase picks one): the words
 * before and after the link to the revision, `{day}` standing for the day asked. `later` follows
 * when the day is after the site's date and no later revision is known.
 */
export type InForceWords = Record<InForceCase, [before: string, after: string]> & { later: string };

export function inForceWords(asOf: string): InForceWords {
  return {
    'before-first': ['{day}に適用されていた版は、このポータルにはありません（最初に収録した版より前の日付です）。', ''],
    'in-force': ['{day}に適用されていたのは「', '」です。'],
    scheduled: ['{day}には「', '」が適用される予定です。'],
    expected: [`${day(asOf)}の時点では、{day}に適用されるのは「`, '」です。'],
    later: 'それまでに新しい版が定められることもあります。',
  };
}
