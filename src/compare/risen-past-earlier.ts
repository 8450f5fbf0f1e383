import type { FigurePair } from './match-figures';
import { byPublication, grows } from './growing-counts';
import { saysRisenTo } from './updates-within';

/**
 * A later article's "had risen to 187" against an earlier "at least 158":
 * the two agree as intervals, so no conflict, yet the later article says the
 * count grew past the earlier figure. An editor is told of the update as for
 * any rising count (see isUpdate: a growing count, a later article).
 */
export function risenPastEarlier(p: FigurePair, tolerance: number, publishedAtOf: (articleId: string) => string | undefined): boolean {
  if (!grows(p.a) || !grows(p.b)) return false;
  const ordered = byPublication(p, publishedAtOf);
  if (!ordered) return false;
  const [earlier, later] = ordered;
  return later.q.value > earlier.q.value * (1 + tolerance) && saysRisenTo(later);
}
