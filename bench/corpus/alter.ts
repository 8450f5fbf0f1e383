/** Alters a figure the way a careless outlet does: clearly, never within rounding. */
import type { Rng } from './prng';
import type { FactSpec } from './types';
import { roundSignificant } from './format';

const UP = [1.5, 1.6, 1.75, 2];
const DOWN = [0.5, 0.55, 0.6, 0.65];

/**
 * A wrong value at least 1.5 times or at most 0.65 times the true one, so the
 * intervals stay apart even when one outlet writes "about" (±10%) and the
 * other "nearly" (-10%). Percentages stay below 100.
 */
export function alteredValue(spec: FactSpec, value: number, rng: Rng): number {
  const upOk = spec.unit !== 'percent' || value * 2 < 95;
  const factor = upOk && rng.chance(0.5) ? rng.pick(UP) : rng.pick(DOWN);
  let altered = roundSignificant(value * factor, 2);
  if (spec.unit === 'percent' || spec.unit === 'hour') altered = Math.max(1, Math.round(value * factor));
  const ratio = altered / value;
  // Rounding can pull a figure back towards the truth; nudge it out again.
  if (ratio > 1 && ratio < 1.5) altered = Math.ceil(value * 1.5);
  if (ratio < 1 && ratio > 0.65) altered = Math.floor(value * 0.65);
  return altered;
}
