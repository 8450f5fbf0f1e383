import type { Token } from '../types';
import { isWord } from '../tokens/token-helpers';
import type { UnitReading } from './read-unit';

/**
 * The unit of a written fraction, read as percent of what follows: "a
 * quarter of a percentage point" is 0.25 percentage point, not 25 percent;
 * any other fraction ("two-thirds of voters") is a share, in percent.
 */
export function readFractionUnit(tokens: Token[], end: number): UnitReading {
  let k = end;
  if (isWord(tokens[k], 'of')) k++;
  if (isWord(tokens[k], 'a', 'one')) k++;
  // k > end: "of a" or "a" ("half a percentage point") must lead the unit.
  if (k > end && isWord(tokens[k], 'percentage') && isWord(tokens[k + 1], 'point', 'points')) {
    return { unit: 'percentage point', factor: 0.01, endToken: k + 2, adjectival: false };
  }
  return { unit: 'percent', factor: 1, endToken: end, adjectival: false };
}
