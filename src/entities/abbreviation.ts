import { isTitleToken } from './lexicon-tokens';
import type { TokenTable } from './token-table';

/**
 * Whether word i takes a full stop that ends no sentence: an initial ("John F.
 * Kennedy") or an abbreviated title ("Gen. Smith"). Asked at every full stop.
 */
export function isAbbreviation(tokens: TokenTable, i: number): boolean {
  return tokens.isInitial(i) || isTitleToken(tokens, i);
}
