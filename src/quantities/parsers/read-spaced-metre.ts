import type { Token } from '../types';
import { isHyphen, touchesPrevious } from '../tokens/token-helpers';
import { SPACED_METRE, UNIT_ADJECTIVE_TAILS, UNIT_WORDS } from '../tables/units';
import type { UnitReading } from './read-unit';

/**
 * "some 300 m offshore", "a 5 m wave", "a 40 m-high crane": a lone lower-case
 * "m" one space after a figure in digits is metres. Glued ("3m") it stays a
 * million (read with the amount); before a unit or currency word ("300 m
 * euros") it is left alone, as there it is a million written apart.
 */
export function readSpacedMetre(tokens: Token[], j: number): UnitReading | undefined {
  const m = tokens[j];
  if (m === undefined || m.kind !== 'word' || m.text !== 'm' || touchesPrevious(tokens, j)) return undefined;
  const next = tokens[j + 1];
  if (next?.kind === 'word' && UNIT_WORDS[next.lower] !== undefined) return undefined;
  const tail = tokens[j + 2];
  // "40 m-high": the hyphenated tail belongs to the measure.
  const tailed = isHyphen(next) && touchesPrevious(tokens, j + 1) && touchesPrevious(tokens, j + 2)
    && tail?.kind === 'word' && UNIT_ADJECTIVE_TAILS.has(tail.lower) && tail.lower !== 'old';
  return { unit: SPACED_METRE.unit, factor: SPACED_METRE.factor, endToken: tailed ? j + 3 : j + 1, adjectival: false };
}
