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
  const numbers = ctx.tokens.slice(firstToken, endToken).filter((t) => t.kind === 'num').map((t) => t.text);
  // "the 2019 election", "the 1990-2000 period": every number in it looks like a year.
  if (numbers.length > 0 && numbers.every(isYearLike) && endToken - firstToken === 2 * numbers.length - 1) return true;
  if (endToken - firstToken !== 1) return false;
  if (kind === 'digits' && /^\d{5,}$/.test(numbers[0] ?? '')) return true;
  return kind === 'words' && m.value === 1;
}

function isYearLike(written: string): boolean {
  return /^\d{4}$/.test(written) && Number(written) >= 1800 && Number(written) <= 2100;
}

export const dropBareNonCounts: Refiner = {
  name: 'drop-bare-non-counts',
  refine(ctx, matches) {
    return matches.filter((m) => !isBareNonCount(ctx, m));
  },
};
