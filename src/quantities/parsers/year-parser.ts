import type { ParseContext, Parser, QuantityMatch } from '../types';
import { yearInterval } from '../dates/calendar-math';
import { readYear } from '../dates/read-date-parts';
import { DATE_PREPOSITIONS } from '../tables/calendar';
import { readPeriodPart } from './read-period-part';
import { readUnit } from './read-unit';
import { NEAR_NUMBER } from './start-flags';
import { yearBeforeNoun } from './year-before-noun';

/**
 * A year on its own becomes a date covering the whole year, but only when
 * introduced ("in 2019", "since 2001", "mid-2021", "the 2005 floods"): a bare four-digit number
 * may be a count. Year-like numbers that are neither are dropped later.
 */
function readYearAt(ctx: ParseContext, i: number): QuantityMatch | undefined {
  const { tokens } = ctx;
  const part = readPeriodPart(tokens, i);
  const yearAt = part ? part.next : i;
  const year = readYear(tokens, yearAt);
  if (!year) return undefined;
  const prep = tokens[i - 1];
  // "the 2005 floods" dates what it names as surely as "in 2005" does.
  const introduced = part !== undefined || (prep?.kind === 'word' && DATE_PREPOSITIONS.has(prep.lower)) || yearBeforeNoun(tokens, yearAt);
  if (!introduced) return undefined;
  // "in 2000 km" or "by 2000 percent" are amounts.
  if (readUnit(tokens, year.next, false).unit !== undefined) return undefined;
  return {
    kind: 'date', rule: 'date:year', firstToken: i, endToken: year.next,
    ...yearInterval(year.value, part?.part), unit: 'date', qualifier: part?.part, subjectMode: 'none',
  };
}

export const yearParser: Parser = {
  name: 'year',
  parse(ctx) {
    const out: QuantityMatch[] = [];
    for (let i = 0; i < ctx.tokens.length; i++) {
      // The year is a number in digits, after at most a part word and a hyphen ("mid-2021").
      if ((ctx.starts[i] & NEAR_NUMBER) === 0) continue;
      const match = readYearAt(ctx, i);
      if (match) out.push(match);
    }
    return out;
  },
};
