import { DAY_MS } from '../tables/calendar';

/**
 * A date reading is an interval of UTC milliseconds: low = the first
 * millisecond of the day or period, high = its last millisecond, and
 * value = low (the start), so a single day's value is its UTC midnight.
 */
export interface DateInterval {
  value: number;
  low: number;
  high: number;
}

export type PeriodPart = 'early' | 'mid' | 'late';

function interval(low: number, nextStart: number): DateInterval {
  return { value: low, low, high: nextStart - 1 };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 1) - DAY_MS).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

export function dayInterval(year: number, month: number, day: number): DateInterval {
  const low = Date.UTC(year, month, day);
  return interval(low, low + DAY_MS);
}

/** A month, or its first (days 1-10), middle (11-20) or last (21-end) part. */
export function monthInterval(year: number, month: number, part?: PeriodPart): DateInterval {
  const end = Date.UTC(year, month + 1, 1);
  if (part === 'early') return interval(Date.UTC(year, month, 1), Date.UTC(year, month, 11));
  if (part === 'mid') return interval(Date.UTC(year, month, 11), Date.UTC(year, month, 21));
  if (part === 'late') return interval(Date.UTC(year, month, 21), end);
  return interval(Date.UTC(year, month, 1), end);
}

/** A year, or its first (Jan-Apr), middle (May-Aug) or last (Sep-Dec) third. */
export function yearInterval(year: number, part?: PeriodPart): DateInterval {
  const startMonth = part === 'early' ? 0 : part === 'mid' ? 4 : part === 'late' ? 8 : 0;
  const months = part === undefined ? 12 : 4;
  return interval(Date.UTC(year, startMonth, 1), Date.UTC(year, startMonth + months, 1));
}

/** How a year-less date is placed against publication: before it, after it, or at the nearer of the two. */
export type DateDirection = 'past' | 'future' | 'nearest';

/** Days from the publication day to an interval; 0 when the interval holds it. */
function daysAway(span: DateInterval, publishedDay: number): number {
  if (publishedDay < span.low) return (span.low - publishedDay) / DAY_MS;
  return publishedDay > span.high ? (publishedDay - span.high) / DAY_MS : 0;
}

/**
 * The year of a month (or a day of it) written without one: the occurrence
 * nearest the publication day, the latest one not after it ('past'), or the
 * first one not before it ('future'). Ties go to the past: news reports more
 * than it announces.
 */
export function resolveYear(month: number, day: number | undefined, publishedDay: number, direction: DateDirection = 'past'): number {
  const year = new Date(publishedDay).getUTCFullYear();
  const span = (y: number) => (day === undefined ? monthInterval(y, month) : dayInterval(y, month, day));
  const before = span(year).low > publishedDay ? year - 1 : year;
  const after = span(year).high < publishedDay ? year + 1 : year;
  if (direction === 'past' || before === after) return before;
  if (direction === 'future') return after;
  return daysAway(span(after), publishedDay) < daysAway(span(before), publishedDay) ? after : before;
}

/** The most recent given weekday on or before the publication day (strictly before with `last`). */
export function mostRecentWeekday(weekday: number, publishedDay: number, strictlyBefore: boolean): number {
  let back = (new Date(publishedDay).getUTCDay() - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return publishedDay - back * DAY_MS;
}

/** The first given weekday on or after the publication day. */
export function comingWeekday(weekday: number, publishedDay: number): number {
  return publishedDay + ((weekday - new Date(publishedDay).getUTCDay() + 7) % 7) * DAY_MS;
}

/** The given weekday in the Monday-to-Sunday week after the publication day's ("Friday next week"). */
export function weekdayNextWeek(weekday: number, publishedDay: number): number {
  const monday = publishedDay - ((new Date(publishedDay).getUTCDay() + 6) % 7) * DAY_MS;
  return monday + (7 + ((weekday + 6) % 7)) * DAY_MS;
}
