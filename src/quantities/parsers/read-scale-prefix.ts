import type { Token } from '../types';
import { SCALE_UNITS, UNIT_WORDS, type UnitEntry } from '../tables/units';

/**
 * A scale named just before the number that starts at token i ("magnitude
 * 6.8"): its unit entry and the token the quantity starts at. Read backwards, as
 * the number token is where a quantity is looked for. ("magnitude-6.8" is not
 * read: a number glued to a word by a hyphen is a model name, as in "F-16".)
 */
export function readScalePrefix(tokens: Token[], i: number): { entry: UnitEntry; first: number } | undefined {
  const word = tokens[i - 1];
  if (word === undefined || word.kind !== 'word') return undefined;
  const entry = UNIT_WORDS[word.lower];
  return entry !== undefined && SCALE_UNITS.has(entry.unit) ? { entry, first: i - 1 } : undefined;
}
