import type { Token } from '../types';
import type { Amount } from '../numbers/amount';
import { readAmount } from '../numbers/read-amount';
import { tidy } from '../numbers/tidy';
import { isHyphen, isWord, touchesPrevious } from '../tokens/token-helpers';
import { readCurrencyPrefix } from './read-currency-prefix';

export interface RangeTail {
  low: number;
  high: number;
  endToken: number;
}

/** Which joiners may link the first amount to a second one. */
function joinerLength(tokens: Token[], j: number, between: boolean, afterFrom: boolean): number {
  const t = tokens[j];
  if (t === undefined) return 0;
  if (between) return isWord(t, 'and') ? 1 : 0;
  // A glued hyphen ("300-400") or an en dash ("300 – 400").
  if (isHyphen(t) && (t.text === '\u2013' || (touchesPrevious(tokens, j) && touchesPrevious(tokens, j + 1)))) return 1;
  // "from 300 to 400" reports a change, not an uncertain figure.
  if (isWord(t, 'to') && !afterFrom) return 1;
  if (isWord(t, 'or')) return 1;
  return 0;
}

/**
 * "300-400", "300 to 400", "two or three", "between 300 and 400",
 * "3 to 4 million" (the scale of the second number applies to the first).
 * Only increasing pairs are ranges: "2-1" is a score, not an interval.
 */
export function readRangeTail(
  tokens: Token[], first: Amount, options: { between: boolean; afterFrom: boolean },
): RangeTail | undefined {
  if (first.kind === 'vague' || first.kind === 'fraction') return undefined;
  const joiner = joinerLength(tokens, first.endToken, options.between, options.afterFrom);
  if (joiner === 0) return undefined;
  let k = first.endToken + joiner;
  const currency = readCurrencyPrefix(tokens, k);
  if (currency) k = currency.next;
  const second = readAmount(tokens, k);
  if (second === undefined || second.kind === 'vague' || second.kind === 'fraction') return undefined;
  let low = first.low;
  if (first.scale === 1 && second.scale > 1 && first.value * second.scale <= second.value) {
    low = tidy(first.low * second.scale);
  }
  if (!(second.high > low)) return undefined;
  return { low, high: second.high, endToken: second.endToken };
}
