import type { Claim, Quantity } from '../types';
import { COUNT_UNITS } from './count-units';

/**
 * "14 of the dead", "three of them", "two of its reactors": a part of a
 * group just named. Not "31 of the 50 seats", where the group is counted
 * too and the figure is the fact itself.
 */
const OF_A_GROUP = /^\s+of\s+(?:the|those|these|them|its|their|his|her)\b(?!\s+\d)/i;

/** Between a part and its whole, "five| of its |six", "four| of the group's |six", "five| out of |six": "of", then a determiner or a possessive. */
const PART_TO_WHOLE = /^\s+(?:out\s+)?of\s+(?:(?:the|those|these|its|their|his|her|our)\s+)?(?:[\p{L}.-]+['’]s?\s+)?$/iu;


/**
 * Whether a count is of a part of a group ("14 of the dead were children")
 * rather than of the group: such a figure is never the same fact as a count
 * of the whole ("31 dead"), though both count the dead.
 */
export function isPartitive(claim: Claim, q: Quantity): boolean {
  if (!COUNT_UNITS.has(q.unit)) return false;
  const end = q.span.end - claim.span.start;
  return OF_A_GROUP.test(claim.text.slice(end, end + 16)) && !claim.quantities.some((w) => isWholeOf(claim, q, w));
}

/** Whether `whole` is the group `part` is taken from: "five of its six hospitals" (the group counted too). */
function isWholeOf(claim: Claim, part: Quantity, whole: Quantity): boolean {
  if (whole === part || whole.span.start <= part.span.end || whole.span.start - part.span.end > 30 || !COUNT_UNITS.has(whole.unit)) return false;
  return PART_TO_WHOLE.test(claim.text.slice(part.span.end - claim.span.start, whole.span.start - claim.span.start));
}

/**
 * Whether a count is the whole of a part just given ("six" in "five of its
 * six hospitals"): the claim states the part; the whole is background, said
 * in passing. The part before it must be a figure of the same claim.
 */
export function isPartitiveWhole(claim: Claim, q: Quantity): boolean {
  return COUNT_UNITS.has(q.unit) && claim.quantities.some((p) => COUNT_UNITS.has(p.unit) && isWholeOf(claim, p, q));
}

/** "60-seat", "six-member": a size compound states a whole on its own. */
const SIZE_COMPOUND = /-\p{L}+$/u;

/**
 * A plain count ("Five hospitals were hit") is matched with the part of
 * "five of its six hospitals", never with its whole: the whole is set only
 * against another whole or a size compound ("the 60-seat assembly").
 */
export function wholeAgainstPlainCount(a: { q: Quantity; whole?: boolean }, b: { q: Quantity; whole?: boolean }): boolean {
  if (!a.whole === !b.whole) return false;
  const plain = a.whole ? b : a;
  return !SIZE_COMPOUND.test(plain.q.text);
}
