import type { ParseContext, Parser, QuantityMatch, Token } from '../types';
import { comingWeekday, dayInterval, mostRecentWeekday, weekdayNextWeek } from '../dates/calendar-math';
import { clauseTense } from '../dates/clause-tense';
import { readDay, readMonth } from '../dates/read-date-parts';
import { WEEKDAYS, WEEKDAY_NAMES } from '../tables/calendar';
import { isCapitalized, isPunct, isWord } from '../tokens/token-helpers';
import { readPeriodPart } from './read-period-part';
import { WEEKDAY_START } from './start-flags';

/** What `readWeekdayAt` reads: a capitalised weekday name. */
const isWeekdayName = (t: Token): boolean => isCapitalized(t) && WEEKDAY_NAMES.has(t.lower);

/** "Wednesday, July 7", "Sunday May 26", "Sunday, 26 May": the written date says it better. */
function writtenDateAfter(tokens: Token[], dayAt: number): boolean {
  const at = isPunct(tokens[dayAt + 1], ',') ? dayAt + 2 : dayAt + 1;
  const month = readMonth(tokens, at, true);
  // After a comma a month alone is enough, as before ("Wednesday, July 7" with the day read later).
  if (month) return at === dayAt + 2 || readDay(tokens, month.next) !== undefined;
  const day = readDay(tokens, at);
  return day !== undefined && readMonth(tokens, day.next, true) !== undefined;
}

/**
 * The day a weekday name stands for: "last Friday" strictly before publication;
 * "Friday next week" in the week after publication's; in a clause that looks
 * ahead ("talks will resume on Friday", "are due to meet on Friday") the first
 * such day on or after publication; otherwise the most recent one on or before
 * it ("talks ended on Friday").
 */
function weekdayDay(ctx: ParseContext, weekday: number, first: number, dayAt: number, last: boolean, publishedDay: number): number {
  const { tokens } = ctx;
  if (last) return mostRecentWeekday(weekday, publishedDay, true);
  if (isWord(tokens[dayAt + 1], 'next') && isWord(tokens[dayAt + 2], 'week')) return weekdayNextWeek(weekday, publishedDay);
  if (clauseTense(tokens, first, dayAt + 1) === 'future') return comingWeekday(weekday, publishedDay);
  return mostRecentWeekday(weekday, publishedDay, false);
}

/**
 * "Thursday", "on Wednesday", "late Thursday", "last Monday", resolved by
 * `weekdayDay`. Without a publication date nothing is emitted: a bare weekday
 * names no day by itself. "early"/"late" are kept as the qualifier; the
 * interval stays the whole day.
 */
function readWeekdayAt(ctx: ParseContext, i: number, publishedDay: number): QuantityMatch | undefined {
  const { tokens } = ctx;
  const part = readPeriodPart(tokens, i);
  const last = part === undefined && isWord(tokens[i], 'last');
  const dayAt = part ? part.next : last ? i + 1 : i;
  const t = tokens[dayAt];
  if (t === undefined || !isWeekdayName(t)) return undefined;
  const weekday = WEEKDAYS[t.lower]!;
  if (isWord(tokens[i - 1], 'next') || isWord(tokens[i - 1], 'every')) return undefined;
  if (writtenDateAfter(tokens, dayAt)) return undefined;
  const day = new Date(weekdayDay(ctx, weekday, i, dayAt, last, publishedDay));
  const span = dayInterval(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  return {
    kind: 'date', rule: 'date:weekday', firstToken: i, endToken: dayAt + 1,
    ...span, unit: 'date', qualifier: part?.part, subjectMode: 'none',
  };
}

export const weekdayParser: Parser = {
  name: 'weekday',
  parse(ctx) {
    const out: QuantityMatch[] = [];
    const published = ctx.publishedDay;
    if (published === undefined) return out;
    for (let i = 0; i < ctx.tokens.length; i++) {
      if ((ctx.starts[i] & WEEKDAY_START) === 0) continue;
      const match = readWeekdayAt(ctx, i, published);
      if (match) out.push(match);
    }
    return out;
  },
};
