import type { Figure } from './match-figures';
import { differentOutcomes } from './figure-outcome';
import { groupBy } from '../internal/group-by';

/** What makes two figures of one article the same statement said twice: unit, interval, subject, and news or past. */
const repeatKey = (f: Figure) => `${f.claim.articleId}|${f.q.unit}|${f.q.low}|${f.q.high}|${f.q.subject ?? ''}|${f.past ? 1 : 0}`;

/**
 * The figures an article says twice or more ("jailed 12 years" in the
 * headline, "to 12 years in prison" in the body): a conflict cites each place,
 * since an editor fixing one would miss the other. Returns, for a figure, the
 * other figures of its article with the same unit, interval, subject and
 * casualty outcome, news or background alike; none for most figures.
 */
export function repeatedFigures(figures: readonly Figure[]): (f: Figure) => readonly Figure[] {
  // Built on the first question: most stories have no conflict, and then no figure is asked about.
  let byKey: Map<string, Figure[]> | undefined;
  return (f) => {
    const same = (byKey ??= groupBy(figures, repeatKey)).get(repeatKey(f));
    if (!same || same.length < 2) return [];
    return same.filter((g) => g !== f && !differentOutcomes(g.outcome, f.outcome));
  };
}
