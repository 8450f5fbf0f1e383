import type { Token } from '../types';
import { WEEKDAYS, WEEKDAY_NAMES } from '../tables/calendar';
import { isCapitalized, isPunct } from '../tokens/token-helpers';

/** The weekday written before a date at `first` ("Sunday, May 26", "Sunday 26 May"), 0 = Sunday; else undefined. */
export function weekdayBefore(tokens: Token[], first: number): number | undefined {
  const at = isPunct(tokens[first - 1], ',') ? first - 2 : first - 1;
  const t = tokens[at];
  if (t === undefined || t.kind !== 'word' || !WEEKDAY_NAMES.has(t.lower) || !isCapitalized(t)) return undefined;
  return WEEKDAYS[t.lower];
}

/**
 * The year of a year-less day that its written weekday confirms: `guess` when
 * the day falls on that weekday then, else the one year around publication
 * (the year before, of, or after) in which it does; `guess` when none does.
 */
export function yearForWeekday(month: number, day: number, weekday: number, publishedDay: number, guess: number): number {
  const onWeekday = (y: number) => new Date(Date.UTC(y, month, day)).getUTCDay() === weekday;
  if (onWeekday(guess)) return guess;
  const year = new Date(publishedDay).getUTCFullYear();
  // Within three consecutive years a day's weekday never repeats, so at most one fits.
  for (const y of [year, year + 1, year - 1]) if (onWeekday(y)) return y;
  return guess;
}
