import type { Token } from '../types';
import type { Amount } from './amount';
import { readVagueAmount } from './read-vague-amount';
import { readFraction } from './read-fraction';
import { readDigits } from './read-digits';
import { readNumberWords } from './read-number-words';
import { readArticleUnit } from './read-article-unit';

/** Amount readers, most specific first: "a few hundred" before "a hundred", "two-thirds" before "two". */
const READERS: readonly ((tokens: Token[], i: number) => Amount | undefined)[] = [
  readVagueAmount,
  readFraction,
  readDigits,
  readNumberWords,
  readArticleUnit,
];

/** The amount starting at token i, if any. */
export function readAmount(tokens: Token[], i: number): Amount | undefined {
  for (const read of READERS) {
    const amount = read(tokens, i);
    if (amount !== undefined) return amount;
  }
  return undefined;
}
