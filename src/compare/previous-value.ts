import type { Claim, Quantity } from '../types';

/**
 * "from" right before a figure, maybe with "the old price of" between:
 * "from 1,200 kalars to 1,560", "up from 96 million", "from the previous
 * estimate of 23".
 */
const FROM_BEFORE = /\bfrom\s+(?:(?:the|an?|its|their)\s+)?(?:(?:old|previous|earlier|former|original|initial)\s+)?(?:(?:price|level|rate|figure|estimate|total|count|toll|tally)\s+of\s+)?$/i;

/** A change the claim tells of, which makes a figure after "from" the value before it. */
const CHANGE = /\b(?:up|down|rose|risen|rise|rising|fell|fallen|falling|increased?|increasing|decreased?|raised?|raising|cut|lifted|jumped|dropped|climbed|slipped|grew|grown|revised|reduced|lowered|hiked|now)\b/i;

/** Characters before a figure read for "from". */
const LOOK_BEFORE = 48;

/**
 * Whether a figure is the value something changed from ("raised the price
 * from 1,200 kalars to 1,560", "killed 40, up from 23"): the state before
 * the news, as background as a figure of last year, so it is never set
 * against another outlet's new value.
 */
export function isPreviousValue(claim: Claim, q: Quantity): boolean {
  if (q.unit === 'date') return false;
  const start = q.span.start - claim.span.start;
  return FROM_BEFORE.test(claim.text.slice(Math.max(0, start - LOOK_BEFORE), start)) && CHANGE.test(claim.text);
}
