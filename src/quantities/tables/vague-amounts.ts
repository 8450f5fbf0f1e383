import { lookupTable } from '../../internal/lookup-table';
/**
 * Vague amounts read as intervals. `value` of a vague amount is the geometric
 * mean of its bounds, to two significant digits ("several" -> 5.2).
 *
 *   several            [3, 9]        x scale: "several million" -> [3e6, 9e6]
 *   a few              [2, 5]        x scale: "a few hundred"   -> [200, 500]
 *   a couple (of)      [2, 3]
 *   dozens             [24, 99]      "several dozen" -> [36, 108]
 *   scores (of)        [40, 99]
 *   hundreds           [200, 999]
 *   thousands          [2000, 9999]
 *   tens of thousands  [20000, 99999]
 *   hundreds of thousands [200000, 999999]
 *   millions           [2e6, 9.99e8]  (capped below a billion)
 *   tens of millions   [2e7, 9.99e7]
 *   hundreds of millions [2e8, 9.99e8]
 *   billions           [2e9, 9.99e11]
 */

export interface VagueAmount {
  low: number;
  high: number;
}

/** Words that take a following scale word ("several million"). */
export const VAGUE_MULTIPLIERS: Readonly<Record<string, VagueAmount>> = lookupTable({
  several: { low: 3, high: 9 },
  'a few': { low: 2, high: 5 },
  'a couple': { low: 2, high: 3 },
});

/** Plural amount words that stand alone ("hundreds of commandos"). */
export const VAGUE_PLURALS: Readonly<Record<string, VagueAmount>> = lookupTable({
  dozens: { low: 24, high: 99 },
  scores: { low: 40, high: 99 },
  hundreds: { low: 200, high: 999 },
  thousands: { low: 2000, high: 9999 },
  millions: { low: 2e6, high: 9.99e8 },
  billions: { low: 2e9, high: 9.99e11 },
});

/** "tens of thousands" and friends: written as three words. */
export const VAGUE_COMPOUNDS: Readonly<Record<string, VagueAmount>> = lookupTable({
  'tens of thousands': { low: 2e4, high: 99999 },
  'hundreds of thousands': { low: 2e5, high: 999999 },
  'tens of millions': { low: 2e7, high: 9.99e7 },
  'hundreds of millions': { low: 2e8, high: 9.99e8 },
});

/** Scale words a vague multiplier may take ("several dozen", "a few thousand"). */
export const VAGUE_SCALES: Readonly<Record<string, number>> = lookupTable({
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9,
});
