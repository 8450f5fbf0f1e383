import type { Claim, Quantity } from '../types';

/**
 * "14 of the dead", "three of them", "two of its reactors": a part of a
 * group just named. Not "31 of the 50 seats", where the group is counted
 * too and the figure is the fact itself.
 */
const OF_A_GROUP = /^\s+of\s+(?:the|those|these|them|its|their|his|her)\b(?!\s+\d)/i;

/** Units of counts: a share ("54% of the voters", "a fifth of its perimeter") is how a rate is said, not a part. */
const COUNT_UNITS: ReadonlySet<string> = new Set(['count', 'people']);

/**
 * Whether a count is of a part of a group ("14 of the dead were children")
 * rather than of the group: such a figure is never the same fact as a count
 * of the whole ("31 dead"), though both count the dead.
 */
export function isPartitive(claim: Claim, q: Quantity): boolean {
  if (!COUNT_UNITS.has(q.unit)) return false;
  const end = q.span.end - claim.span.start;
  return OF_A_GROUP.test(claim.text.slice(end, end + 16));
}
