import { TITLE_ABBREVIATIONS } from './lexicon/roles';
import type { TokenTable } from './token-table';

const LONGEST_TITLE = Math.max(...[...TITLE_ABBREVIATIONS].map((w) => w.length));

/**
 * Whether word i takes a full stop that ends no sentence: an initial ("John F.
 * Kennedy") or an abbreviated title ("Gen. Smith"). Asked at every full stop:
 * a longer ASCII word is ruled out before its lower case is cut out.
 */
export function isAbbreviation(tokens: TokenTable, i: number): boolean {
  if (tokens.isInitial(i)) return true;
  if (tokens.ascii(i) && tokens.length(i) > LONGEST_TITLE) return false;
  return TITLE_ABBREVIATIONS.has(tokens.lower(i));
}
