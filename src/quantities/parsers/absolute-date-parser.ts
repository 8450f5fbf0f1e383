import type { ParseContext, Parser, QuantityMatch } from '../types';
import { dayInterval, isValidDay, resolveYear, type DateInterval } from '../dates/calendar-math';
import { yearlessDirection } from '../dates/yearless-direction';
import { readDay, readMonth, readTrailingYear } from '../dates/read-date-parts';
import { isHyphen, isPlainInteger, isWord, numberValue, touchesPrevious } from '../tokens/token-helpers';
import { NEAR_NUMBER } from './start-flags';
import { weekdayBefore, yearForWeekday } from '../dates/weekday-year';

function dateMatch(rule: string, firstToken: number, endToken: number, span: DateInterval): QuantityMatch {
  return { kind: 'date', rule, firstToken, endToken, ...span, unit: 'date', subjectMode: 'none' };
}

/**
 * Day interval of a written day at tokens [first, end), resolving a missing
 * year against publication and the clause's tense, or the weekday written
 * before it ("Sunday, May 26": the year in which May 26 is a Sunday);
 * undefined if impossible.
 */
function resolveDay(ctx: ParseContext, first: number, end: number, month: number, day: number, year: number | undefined): DateInterval | undefined {
  let y = year;
  if (y === undefined) {
    if (ctx.publishedDay === undefined) return undefined;
    y = resolveYear(month, day, ctx.publishedDay, yearlessDirection(ctx.tokens, first, end));
    const weekday = weekdayBefore(ctx.tokens, first);
    if (weekday !== undefined) y = yearForWeekday(month, day, weekday, ctx.publishedDay, y);
  }
  return isValidDay(y, month, day) ? dayInterval(y, month, day) : undefined;
}

/** "July 8", "July 8, 2021", "Feb. 20, 2019", "Sept. 11th". */
function readMonthDay(ctx: ParseContext, i: number): QuantityMatch | undefined {
  const month = readMonth(ctx.tokens, i, true);
  if (!month) return undefined;
  const day = readDay(ctx.tokens, month.next);
  if (!day) return undefined;
  const year = readTrailingYear(ctx.tokens, day.next);
  const end = year ? year.next : day.next;
  const span = resolveDay(ctx, i, end, month.value, day.value, year?.value);
  return span && dateMatch('date:month-day', i, end, span);
}

/** "8 July 2021", "07 July 2021", "8th of July". */
function readDayMonth(ctx: ParseContext, i: number): QuantityMatch | undefined {
  const day = readDay(ctx.tokens, i);
  if (!day) return undefined;
  const monthAt = isWord(ctx.tokens[day.next], 'of') ? day.next + 1 : day.next;
  const month = readMonth(ctx.tokens, monthAt, true);
  if (!month) return undefined;
  const year = readTrailingYear(ctx.tokens, month.next);
  const end = year ? year.next : month.next;
  const span = resolveDay(ctx, i, end, month.value, day.value, year?.value);
  return span && dateMatch('date:day-month', i, end, span);
}

/** "2021-07-08". */
function readIsoDate(ctx: ParseContext, i: number): QuantityMatch | undefined {
  const t = ctx.tokens;
  if (!isPlainInteger(t[i]) || t[i].text.length !== 4) return undefined;
  for (let k = 1; k <= 4; k++) if (!touchesPrevious(t, i + k)) return undefined;
  if (!isHyphen(t[i + 1]) || !isHyphen(t[i + 3]) || !isPlainInteger(t[i + 2]) || !isPlainInteger(t[i + 4])) return undefined;
  if (t[i + 2].text.length !== 2 || t[i + 4].text.length !== 2) return undefined;
  const [year, month, day] = [numberValue(t[i]), numberValue(t[i + 2]) - 1, numberValue(t[i + 4])];
  if (month < 0 || month > 11 || !isValidDay(year, month, day)) return undefined;
  return dateMatch('date:iso', i, i + 5, dayInterval(year, month, day));
}

/** Dates that name a day: month-day, day-month, ISO. */
export const absoluteDateParser: Parser = {
  name: 'absolute-date',
  parse(ctx) {
    const out: QuantityMatch[] = [];
    for (let i = 0; i < ctx.tokens.length; i++) {
      // Every such date holds a number in digits (its day or its year), at most two tokens in.
      if ((ctx.starts[i] & NEAR_NUMBER) === 0) continue;
      const match = readIsoDate(ctx, i) ?? readMonthDay(ctx, i) ?? readDayMonth(ctx, i);
      if (match) out.push(match);
    }
    return out;
  },
};
