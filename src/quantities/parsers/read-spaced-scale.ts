import type { Token } from '../types';
import type { Amount } from '../numbers/amount';
import { tidy } from '../numbers/tidy';
import { isHyphen, touchesPrevious } from '../tokens/token-helpers';
import { SCALE_ABBREVIATIONS } from '../tables/number-words';
import { CURRENCY_UNITS, UNIT_WORDS } from '../tables/units';

/**
 * A scale abbreviation one space after a sum of money: "$300 m", "€2 b",
 * "300 m euros". Apart from money a spaced "m" is metres and "k" may be
 * anything, so only a currency before the amount (`afterCurrency`) or a
 * currency word after the abbreviation makes it the sum's scale. Gives the
 * amount with the abbreviation taken in, or nothing.
 */
export function readSpacedScale(tokens: Token[], amount: Amount, afterCurrency: boolean): Amount | undefined {
  const end = amount.endToken;
  const t = tokens[end];
  if (amount.kind !== 'digits' || amount.scale !== 1 || t?.kind !== 'word' || touchesPrevious(tokens, end)) return undefined;
  const scale = SCALE_ABBREVIATIONS[t.lower];
  if (scale === undefined) return undefined;
  const next = tokens[end + 1];
  // "$5 m-long" is no sum; a currency word after it ("300 m euros") is the sum's unit.
  if (isHyphen(next) && touchesPrevious(tokens, end + 1)) return undefined;
  const unitAfter = next?.kind === 'word' ? UNIT_WORDS[next.lower] : undefined;
  const currencyAfter = unitAfter !== undefined && CURRENCY_UNITS.has(unitAfter.unit);
  if (!afterCurrency && !currencyAfter) return undefined;
  return { ...amount, endToken: end + 1, value: tidy(amount.value * scale), low: tidy(amount.low * scale), high: tidy(amount.high * scale), scale };
}
