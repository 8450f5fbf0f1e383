import type { ParseContext, Parser, QuantityMatch } from '../types';
import { monthInterval, resolveYear, type PeriodPart } from '../dates/calendar-math';
import { readMonth, readTrailingYear } from '../dates/read-date-parts';
import { DATE_PREPOSITIONS } from '../tables/calendar';
import { readPeriodPart } from './read-period-part';
import { yearlessDirection } from '../dates/yearless-direction';
import { MONTH_START } from './start-flags';
import { monthEndStart } from '../dates/month-end';

/**
 * A whole month, or part of one: "in April", "mid-August", "late July",
 * "the end of June" (read as late June), "July 2021". A bare month name needs a preposition, a part word or a year
 * before it counts ("May" alone is too often the verb).
 */
function readMonthAt(ctx: ParseContext, i: number): QuantityMatch | undefined {
  const { tokens } = ctx;
  const endAt = monthEndStart(tokens, i);
  const part = endAt !== undefined ? { part: 'late' as const, next: i } : readPeriodPart(tokens, i);
  const monthAt = part ? part.next : i;
  const month = readMonth(tokens, monthAt, part !== undefined);
  if (!month) return undefined;
  const year = readTrailingYear(tokens, month.next);
  const prep = tokens[i - 1];
  const introduced = part !== undefined || (prep?.kind === 'word' && DATE_PREPOSITIONS.has(prep.lower));
  const first = endAt ?? i;
  if (!year && !introduced) return undefined;
  let y = year?.value;
  if (y === undefined) {
    if (ctx.publishedDay === undefined) return undefined;
    // "due in December" looks ahead, "was given in April" back; otherwise the nearer one.
    y = resolveYear(month.value, 1, ctx.publishedDay, yearlessDirection(tokens, first, month.next));
  }
  const span = monthInterval(y, month.value, part?.part as PeriodPart | undefined);
  return {
    kind: 'date', rule: 'date:month', firstToken: first, endToken: year ? year.next : month.next,
    ...span, unit: 'date', qualifier: part?.part, subjectMode: 'none',
  };
}

export const monthParser: Parser = {
  name: 'month',
  parse(ctx) {
    const out: QuantityMatch[] = [];
    for (let i = 0; i < ctx.tokens.length; i++) {
      if ((ctx.starts[i] & MONTH_START) === 0) continue;
      const match = readMonthAt(ctx, i);
      if (match) out.push(match);
    }
    return out;
  },
};
