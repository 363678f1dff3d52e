import { describe, expect, it } from 'vitest';
import { dayBefore, formatJapanese, isRealCalendarDay, parseDay, parsePartialDate, todayInTokyo } from '../../src/lib/dates/index.ts';

describe('parsePartialDate', () => {
  it('reads days, months and years at their own precision', () => {
    expect(parsePartialDate('2015-12-01')).toMatchObject({ precision: 'day', year: 2015, month: 12, day: 1 });
    expect(parsePartialDate('2001-01')).toMatchObject({ precision: 'month', year: 2001, month: 1 });
    expect(parsePartialDate('2001')).toMatchObject({ precision: 'year', year: 2001 });
  });

  it('refuses days that do not exist and malformed text', () => {
    for (const text of ['2015-02-30', '2023-02-29', '2015-13-01', '2015-00-10', '2015-1-1', '15-01-01', '2015/01/01', '2015-01-01x', '']) {
      expect(parsePartialDate(text), text).toBeUndefined();
    }
  });

  it('knows leap years', () => {
    expect(parsePartialDate('2024-02-29')?.precision).toBe('day');
    expect(parsePartialDate('2000-02-29')?.precision).toBe('day');
    expect(parsePartialDate('1900-02-29')).toBeUndefined();
    expect(isRealCalendarDay(2100, 2, 29)).toBe(false);
  });

  it('parseDay accepts only full days', () => {
    expect(parseDay('2001-01')).toBeUndefined();
    expect(parseDay('2013-08-20')?.iso).toBe('2013-08-20');
  });
});

describe('formatJapanese', () => {
  it('writes the date the way Japanese readers expect, never more precise than the source', () => {
    expect(formatJapanese('2015-12-01')).toBe('2015年12月1日');
    expect(formatJapanese('2013-08-20')).toBe('2013年8月20日');
    expect(formatJapanese('2001-01')).toBe('2001年1月');
    expect(formatJapanese('2001')).toBe('2001年');
  });

  it('throws on text that is not a date', () => {
    expect(() => formatJapanese('2015-02-30')).toThrow(/Not an ISO date/);
  });
});

describe('dayBefore', () => {
  it('crosses month and year boundaries', () => {
    expect(dayBefore('2026-11-25')).toBe('2026-11-24');
    expect(dayBefore('2016-01-01')).toBe('2015-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
});

describe('todayInTokyo', () => {
  it('uses the date in Japan, not UTC', () => {
    // 2026-11-24 20:00 UTC is already 2026-11-25 05:00 in Tokyo.
    expect(todayInTokyo(new Date('2026-11-24T20:00:00Z'))).toBe('2026-11-25');
    expect(todayInTokyo(new Date('2026-11-24T14:59:00Z'))).toBe('2026-11-24');
  });
});
