import type { Token } from '../types';
import { isPunct, isWord, touchesPrevious } from '../tokens/token-helpers';
import { CURRENCY_PREFIXES } from '../tables/units';
import { DOLLAR_SIGN_PREFIXES } from '../tables/currencies';

/** "$", "US$", "A$", "€", "USD " before an amount: the canonical currency and where the amount starts. */
export function readCurrencyPrefix(tokens: Token[], i: number): { unit: string; next: number } | undefined {
  const t = tokens[i];
  // Most amounts start with a number token, which no prefix is: no look-up for it.
  if (t === undefined || t.kind === 'num') return undefined;
  // "US$4.5 billion", "A$5bn", "HK$3m": the country letters are glued to the symbol, and say whose dollar.
  if (t.kind === 'word' && tokens[i + 1]?.text === '$' && touchesPrevious(tokens, i + 1)) {
    const unit = DOLLAR_SIGN_PREFIXES[t.lower];
    return unit === undefined ? undefined : { unit, next: i + 2 };
  }
  const unit = CURRENCY_PREFIXES[t.kind === 'punct' ? t.text : t.lower];
  if (unit === undefined) return undefined;
  // A written code ("USD 300") needs a number right after it; symbols always lead one.
  if (tokens[i + 1]?.kind === 'num') return { unit, next: i + 1 };
  // "Rs. 500": an abbreviated code may keep its full stop.
  if (t.kind === 'word' && isPunct(tokens[i + 1], '.') && touchesPrevious(tokens, i + 1) && tokens[i + 2]?.kind === 'num') {
    return { unit, next: i + 2 };
  }
  return undefined;
}
