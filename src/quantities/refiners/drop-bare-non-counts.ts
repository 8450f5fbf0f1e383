import type { ParseContext, QuantityMatch, Refiner } from '../types';
import { isKnownSubject } from '../subject/categorize';

/**
 * Plain numbers that are more likely labels than counts, unless what they
 * count is known: four-digit year-like numbers ("the 2019 election"),
 * five-plus-digit runs without separators (ids), and a lone "one"
 * ("one of the", "no one").
 */
function isBareNonCount(ctx: ParseContext, m: QuantityMatch): boolean {
  if (m.kind !== 'quantity' || !m.amount || (m.unit !== 'count' && m.unit !== 'people')) return false;
  if (isKnownSubject(m.subject)) return false;
  const { firstToken, endToken, kind } = m.amount;
  if (allYearLike(ctx, firstToken, endToken)) return true;
  if (endToken - firstToken !== 1) return false;
  const only = ctx.tokens[firstToken];
  if (kind === 'digits' && only.kind === 'num' && /^\d{5,}$/.test(only.text)) return true;
  return kind === 'words' && m.value === 1;
}

/**
 * "the 2019 election", "the 1990-2000 period": numbers at every other token of the amount, each
 * like a year. Read in place, as this runs for every count.
 */
function allYearLike(ctx: ParseContext, firstToken: number, endToken: number): boolean {
  let numbers = 0;
  for (let k = firstToken; k < endToken; k++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'num') continue;
    if (!isYearLike(t.text)) return false;
    numbers++;
  }
  return numbers > 0 && endToken - firstToken === 2 * numbers - 1;
}

function isYearLike(written: string): boolean {
  return /^\d{4}$/.test(written) && Number(written) >= 1800 && Number(written) <= 2100;
}

export const dropBareNonCounts: Refiner = {
  name: 'drop-bare-non-counts',
  refine(ctx, matches) {
    // Most texts drop nothing: the list is copied only from the first match dropped.
    let kept: QuantityMatch[] | undefined;
    for (let k = 0; k < matches.length; k++) {
      const drop = isBareNonCount(ctx, matches[k]);
      if (drop && kept === undefined) kept = matches.slice(0, k);
      else if (!drop && kept !== undefined) kept.push(matches[k]);
    }
    return kept ?? matches;
  },
};
