import { describe, expect, it } from 'vitest';
import { currentEntry, inForceOn, timeline } from '../../src/lib/timeline.ts';
import { historyNewestFirst } from '../../src/lib/history.ts';
import { periodText, dateLabel } from '../../src/lib/wording.ts';

const revisions = [{ date: '2024-10-01' }, { date: '2020-04-01' }, { date: '2027-01-01' }];

describe('timeline', () => {
  const entries = timeline(revisions, '2025-06-01');

  it('orders oldest first and tells past, current and scheduled apart by the build date', () => {
    expect(entries.map((entry) => [entry.revision.date, entry.status])).toEqual([
      ['2020-04-01', 'past'], ['2024-10-01', 'current'], ['2027-01-01', 'scheduled'],
    ]);
    expect(currentEntry(entries)?.revision.date).toBe('2024-10-01');
  });

  it('gives each revision its period of validity, ending the day before its successor', () => {
    expect(entries.map((entry) => entry.period)).toEqual([
      { from: '2020-04-01', until: '2024-09-30' },
      { from: '2024-10-01', until: '2026-12-31' },
      { from: '2027-01-01', until: undefined },
    ]);
  });

  it('makes a revision current on its own date', () => {
    expect(currentEntry(timeline(revisions, '2027-01-01'))?.revision.date).toBe('2027-01-01');
    expect(currentEntry(timeline(revisions, '2026-12-31'))?.revision.date).toBe('2024-10-01');
  });

  it('has no current revision before the first takes effect', () => {
    expect(currentEntry(timeline(revisions, '2019-12-31'))).toBeUndefined();
  });

  it('answers which revision was in force on a day', () => {
    expect(inForceOn(entries, '2024-09-30')?.revision.date).toBe('2020-04-01');
    expect(inForceOn(entries, '2024-10-01')?.revision.date).toBe('2024-10-01');
    expect(inForceOn(entries, '2019-01-01')).toBeUndefined();
  });
});

describe('historyNewestFirst', () => {
  it('interleaves textless events by date, newest first', () => {
    const items = historyNewestFirst(timeline([{ date: '2015-12-01' }, { date: '2026-11-25' }], '2026-11-25'), [
      { date: '2001-01', event: '掲載' },
    ]);
    expect(items.map((item) => `${item.kind}:${item.date}`)).toEqual(['revision:2026-11-25', 'revision:2015-12-01', 'textless:2001-01']);
  });
});

describe('wording', () => {
  it('says 収録日 where the source gives no date', () => {
    expect(dateLabel('recorded')).toBe('収録日');
    expect(dateLabel('effective')).toBe('改定日');
  });

  it('writes periods in Japanese', () => {
    expect(periodText({ from: '2015-12-01', until: '2026-11-24' })).toBe('2015年12月1日から2026年11月24日まで');
    expect(periodText({ from: '2026-11-25' })).toBe('2026年11月25日から（現在も適用中）');
  });
});
