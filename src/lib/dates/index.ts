/**
 * Dates as the policies state them: a full calendar day (2015-12-01) or, where the
 * source is only that precise, a month (2001-01) or a year. Kept as ISO strings so
 * that ordering is string ordering and nothing is invented by a Date's time zone.
 */

export type DatePrecision = 'day' | 'month' | 'year';

export interface PartialDate {
  /** ISO form at its own precision: 2015-12-01, 2001-01 or 2001. */
  iso: string;
  precision: DatePrecision;
  year: number;
  month?: number;
  day?: number;
}

/** Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes any year as it is. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/** YYYY-MM-DD of a UTC date (years 0–9999, as file names have four digits). */
function isoDayOf(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when year-month-day names a day that exists in the proleptic Gregorian calendar. */
export function isRealCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = utcDate(year, month, 0).getUTCDate();
  return day <= daysInMonth;
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; undefined when the text is not such a date or the day does not exist. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = ISO_PARTIAL.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { iso: text, precision: 'year', year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { iso: text, precision: 'month', year, month };
  const day = Number(match[3]);
  if (!isRealCalendarDay(year, month, day)) return undefined;
  return { iso: text, precision: 'day', year, month, day };
}

/** Parses a full day (YYYY-MM-DD) only. */
export function parseDay(text: string): PartialDate | undefined {
  const date = parsePartialDate(text);
  return date?.precision === 'day' ? date : undefined;
}

const JA_FORMATS: Record<DatePrecision, Intl.DateTimeFormat> = {
  day: new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat('ja-JP', { year: 'numeric', timeZone: 'UTC' }),
};

/** 2015年12月1日, 2001年1月 or 2001年: never more precise than the date itself. */
export function formatJapanese(date: PartialDate | string): string {
  const parsed = typeof date === 'string' ? parsePartialDate(date) : date;
  if (!parsed) throw new Error(`Not an ISO date: ${String(date)}`);
  return JA_FORMATS[parsed.precision].format(utcDate(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1));
}

/** The ISO day before a given ISO day (2016-01-01 → 2015-12-31). */
export function dayBefore(isoDay: string): string {
  const parsed = parseDay(isoDay);
  if (!parsed) throw new Error(`Not an ISO day: ${isoDay}`);
  return isoDayOf(utcDate(parsed.year, parsed.month! - 1, parsed.day! - 1));
}

/** Today's date in Japan, where the co-op's policies take effect. */
export function todayInTokyo(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
