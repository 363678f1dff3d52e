/** Japanese wording that depends on data, kept out of templates so it can be tested. */
import { formatJapanese } from './dates.ts';
import type { Period } from './timeline.ts';
import type { RevisionData } from './schemas.ts';

/** 改定日 for a date the source gives; 収録日 where the source gives none. */
export function dateLabel(basis: RevisionData['dateBasis']): string {
  return basis === 'recorded' ? '収録日' : '改定日';
}

export const RECORDED_DATE_NOTE = '原文に日付の記載がないため、このポータルに収録した日を示しています。';

/** 2015年12月1日から2026年11月24日まで / 2026年11月25日から（現在も適用中） */
export function periodText(period: Period): string {
  const from = `${formatJapanese(period.from)}から`;
  return period.until ? `${from}${formatJapanese(period.until)}まで` : `${from}（現在も適用中）`;
}
