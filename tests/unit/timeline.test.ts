import { describe, expect, it } from 'vitest';
import { changePairs, currentEntry, historyNewestFirst, inForceOn, timeline, upcomingEntry } from '../../src/lib/history/index.ts';
import { wording } from '../../src/lib/site/index.ts';

const { STATE_NAMES, changesHeading, dateLabel, feedTitlePrefix, periodText, revisionDateLabel } = wording;
const revision = (date: string, status: 'published' | 'draft' = 'published') => ({ date, data: { status } });
const revisions = [revision('2024-10-01'), revision('2020-04-01'), revision('2027-01-01')];

describe('timeline', () => {
  const entries = timeline(revisions, '2025-06-01');

  it('orders oldest first and tells past, current and scheduled apart by the build date', () => {
    expect(entries.map((entry) => [entry.revision.date, entry.position, entry.state])).toEqual([
      ['2020-04-01', 'past', 'past'], ['2024-10-01', 'current', 'current'], ['2027-01-01', 'scheduled', 'scheduled'],
    ]);
    expect(currentEntry(entries)?.revision.date).toBe('2024-10-01');
    expect(upcomingEntry(entries)?.revision.date).toBe('2027-01-01');
  });

  it('gives each revision its period of validity, ending the day before its successor', () => {
    expect(entries.map((entry) => entry.period)).toEqual([
      { from: '2020-04-01', until: '2024-09-30' },
      { from: '2024-10-01', until: '2026-12-31' },
      { from: '2027-01-01' },
    ]);
  });

  it('makes a revision current on its own date', () => {
    expect(currentEntry(timeline(revisions, '2027-01-01'))?.revision.date).toBe('2027-01-01');
    expect(currentEntry(timeline(revisions, '2026-12-31'))?.revision.date).toBe('2024-10-01');
  });

  it('has no current revision before the first takes effect', () => {
    expect(currentEntry(timeline(revisions, '2019-12-31'))).toBeUndefined();
  });

  it('keeps a draft a draft wherever its date puts it', () => {
    const withDrafts = timeline([revision('2020-04-01'), revision('2025-01-01', 'draft'), revision('2026-01-01', 'draft')], '2025-06-01');
    expect(withDrafts.map((entry) => [entry.position, entry.state])).toEqual([['past', 'past'], ['current', 'draft'], ['scheduled', 'draft']]);
  });

  it('answers which revision was in force on a day', () => {
    expect(inForceOn(entries, '2024-09-30')?.revision.date).toBe('2020-04-01');
    expect(inForceOn(entries, '2024-10-01')?.revision.date).toBe('2024-10-01');
    expect(inForceOn(entries, '2019-01-01')).toBeUndefined();
  });

  it('pairs every revision with its predecessor', () => {
    expect(changePairs(entries).map(({ older, newer }) => `${older.date}→${newer.revision.date}`)).toEqual(['2020-04-01→2024-10-01', '2024-10-01→2027-01-01']);
  });
});

describe('historyNewestFirst', () => {
  it('interleaves textless events by date, newest first', () => {
    const items = historyNewestFirst(timeline([revision('2015-12-01'), revision('2026-11-25')], '2026-11-25'), [{ date: '2001-01', event: '掲載' }]);
    expect(items.map((item) => `${item.kind}:${item.date}`)).toEqual(['revision:2026-11-25', 'revision:2015-12-01', 'textless:2001-01']);
  });
});

describe('wording', () => {
  it('says 収録日 where the source gives no date', () => {
    expect(dateLabel('recorded')).toBe('収録日');
    expect(dateLabel('effective')).toBe('改定日');
  });

  it('words each period for its state, never calling a scheduled or draft revision in force', () => {
    const [past, current, scheduled] = timeline(revisions, '2025-06-01');
    expect(periodText(past!)).toBe('2020年4月1日から2024年9月30日まで');
    expect(periodText(current!)).toBe('2024年10月1日から2026年12月31日まで（現在適用中）');
    expect(periodText(scheduled!)).toBe('2027年1月1日から適用予定');
    expect(periodText(timeline(revisions, '2027-06-01')[2]!)).toBe('2027年1月1日から（現在も適用中）');
    const [, draft] = timeline([revision('2020-04-01'), revision('2027-01-01', 'draft')], '2025-06-01');
    expect(periodText(draft!)).toBe('下書き（公開すると2027年1月1日から適用）');
    for (const entry of [scheduled!, draft!]) expect(periodText(entry)).not.toContain('適用中');
  });

  it('has one name per state', () => {
    expect(new Set(Object.values(STATE_NAMES)).size).toBe(4);
    expect(STATE_NAMES.scheduled).toBe('適用予定');
    expect(feedTitlePrefix('scheduled')).toBe('【適用予定】');
    expect(feedTitlePrefix('draft')).toBe('【下書き】');
    expect(feedTitlePrefix('current')).toBe('');
  });

  it('speaks of a change to come in the future tense', () => {
    const [, current, scheduled] = timeline(revisions, '2025-06-01');
    expect(changesHeading(current!)).toBe('2024年10月1日の改定で変わったところ');
    expect(changesHeading(scheduled!)).toBe('2027年1月1日の改定で変わるところ');
    expect(revisionDateLabel('scheduled', 'effective', false)).toBe('適用予定日');
    expect(revisionDateLabel('current', 'effective', false)).toBe('最終改定');
  });
});
