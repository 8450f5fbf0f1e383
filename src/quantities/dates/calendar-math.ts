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

/**
 * The year of a month (and day) written without one: the publication year,
 * or the year before when that would put it after publication.
 */
export function resolveYear(month: number, day: number, publishedDay: number): number {
  const year = new Date(publishedDay).getUTCFullYear();
  return Date.UTC(year, month, day) > publishedDay ? year - 1 : year;
}

/** The most recent given weekday on or before the publication day (strictly before with `last`). */
export function mostRecentWeekday(weekday: number, publishedDay: number, strictlyBefore: boolean): number {
  let back = (new Date(publishedDay).getUTCDay() - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return publishedDay - back * DAY_MS;
}
