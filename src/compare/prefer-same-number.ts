import { sameFigure, type Figure, type FigurePair } from './match-figures';
import { unitFamily } from './same-value-elsewhere';

/** Whether another figure of `other`'s claim gives `f`'s very number, in its unit family. */
function claimGivesNumberOf(f: Figure, other: Figure): boolean {
  return other.claim.quantities.some((q) => q !== other.q && unitFamily(q) === unitFamily(f.q) && sameFigure(f.q, q));
}

/**
 * Drops a candidate pair whose other side's claim also gives this figure's
 * very number: "a majority of 158 in the 300-seat chamber" answers "holds 158
 * seats" with its 158, not with its 300, however much alike the 300's words
 * are (a bare 158 may not be matched at all, for want of a subject). Pairs of
 * figures that agree are all kept.
 */
export function preferSameNumber(pairs: readonly FigurePair[]): FigurePair[] {
  return pairs.filter(({ a, b }) => sameFigure(a.q, b.q) || (!claimGivesNumberOf(a, b) && !claimGivesNumberOf(b, a)));
}
