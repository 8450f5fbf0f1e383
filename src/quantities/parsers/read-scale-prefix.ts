import type { Token } from '../types';
import { SCALE_UNITS, UNIT_WORDS, type UnitEntry } from '../tables/units';
import { isHyphen, touchesPrevious } from '../tokens/token-helpers';

/** The unit entry of a word that names a scale ("magnitude"), if it is one. */
export function scaleEntryOf(token: Token | undefined): UnitEntry | undefined {
  if (token === undefined || token.kind !== 'word') return undefined;
  const entry = UNIT_WORDS[token.lower];
  return entry !== undefined && SCALE_UNITS.has(entry.unit) ? entry : undefined;
}

/**
 * A scale named just before the number that starts at token i ("magnitude
 * 6.8", "magnitude-6.8"): its unit entry and the token the quantity starts at.
 * Read backwards, as the number token is where a quantity is looked for. Only
 * a scale word may be glued to the number by a hyphen: other words so glued
 * make a model name ("F-16").
 */
export function readScalePrefix(tokens: Token[], i: number): { entry: UnitEntry; first: number } | undefined {
  const glued = isHyphen(tokens[i - 1]) && touchesPrevious(tokens, i - 1) && touchesPrevious(tokens, i);
  const first = glued ? i - 2 : i - 1;
  const entry = scaleEntryOf(tokens[first]);
  return entry !== undefined ? { entry, first } : undefined;
}
