import type { Claim, Quantity } from '../types';

/** "by", "before", maybe with "the end of": the date that follows bounds an event, it is not its day. */
const LIMIT_BEFORE = /\b(?:by|before)\s+(?:the\s+(?:end|middle|close)\s+of\s+)?$/i;

/** How far back from a date its limit word may stand ("by the end of" is 14 characters). */
const LOOK_BACK = 24;

/**
 * Whether a date is the latest an event took place ("By Thursday the toll
 * had climbed to five", "complete by 30 September") rather than the day it
 * took place: such a date agrees with any earlier day for the event.
 */
export function isDateLimit(claim: Claim, q: Quantity): boolean {
  if (/^(?:by|before)\b/i.test(q.text)) return true;
  const start = q.span.start - claim.span.start;
  return LIMIT_BEFORE.test(claim.text.slice(Math.max(0, start - LOOK_BACK), start));
}
