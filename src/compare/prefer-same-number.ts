import type { Quantity } from '../types';
import type { Figure, FigurePair } from './match-figures';
import { unitFamily } from './same-value-elsewhere';
import { subjectsCompatible } from '../quantities/subjects-compatible';

/** Numbers under this recur across a story by chance ("two", "nine"): never taken as the same figure. */
const MIN_VALUE = 10;

/** The same stated number, reading and unit family, and a subject that may be the same: "Twenty-two men" and "Twenty-two of the 31 men". */
function sameNumber(a: Quantity, b: Quantity): boolean {
  const precise = a.low > 0 && a.high / a.low <= 2;
  return a.value === b.value && a.low === b.low && a.high === b.high && precise && Math.abs(a.value) >= MIN_VALUE
    && unitFamily(a) === unitFamily(b) && subjectsCompatible(a.subject, b.subject);
}

/** Whether another figure of `other`'s claim gives `f`'s very number (see sameNumber). */
function claimGivesNumberOf(f: Figure, other: Figure): boolean {
  return other.claim.quantities.some((q) => q !== other.q && sameNumber(f.q, q));
}

/**
 * Drops a candidate pair whose other side's claim also gives this figure's
 * very number: "a majority of 158 in the 300-seat chamber" answers "holds 158
 * seats" with its 158, not with its 300, however much alike the 300's words
 * are (a bare 158 may not be matched at all, for want of a subject); and
 * "Twenty-two of the 31 men" answers "Twenty-two men" with its 22. Pairs of
 * figures that agree are all kept.
 */
export function preferSameNumber(pairs: readonly FigurePair[]): FigurePair[] {
  return pairs.filter(({ a, b }) => sameNumber(a.q, b.q) || (!claimGivesNumberOf(a, b) && !claimGivesNumberOf(b, a)));
}
