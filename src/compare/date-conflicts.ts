import type { Finding, Quantity } from '../types';
import type { FigurePair } from './match-figures';
import { groupFacts } from './group-facts';
import { quantityEvidence, sortEvidence } from './quantity-evidence';
import { formatFigure, joinNames } from './summary-text';
import { groupBy } from '../internal/group-by';

const DAY_MS = 86_400_000;

/** Dates are compared with dates only: their values are instants, not amounts. */
export const comparableDates = (a: Quantity, b: Quantity) => a.unit === 'date' && b.unit === 'date';

/** Whole days between two date intervals; 0 when they overlap. */
export function dateGapDays(a: Pick<Quantity, 'low' | 'high'>, b: Pick<Quantity, 'low' | 'high'>): number {
  const [first, second] = a.low <= b.low ? [a, b] : [b, a];
  return Math.max(0, Math.floor((second.low - first.high) / DAY_MS) + 1);
}

/** The day a date interval starts, as YYYY-MM-DD. */
function isoDay(q: Quantity): string {
  return new Date(q.low).toISOString().slice(0, 10);
}

/**
 * date-conflict: outlets date the same event (alike context) on days further
 * apart than the slack. A slack of a day absorbs events that span midnight or
 * two-day meetings reported by their first or last day.
 */
export function findDateConflicts(
  pairs: readonly FigurePair[],
  slackDays: number,
  clusterIdOf: (claimId: string) => string | undefined,
): Omit<Finding, 'id'>[] {
  const findings: Omit<Finding, 'id'>[] = [];
  for (const fact of groupFacts(pairs)) {
    // reduce, not Math.max(...list): a spread of a long list overflows the call stack.
    const worst = fact.pairs.reduce((most, p) => Math.max(most, dateGapDays(p.a.q, p.b.q)), -Infinity);
    if (worst <= slackDays) continue;
    const byDay = groupBy(fact.figures, (f) => isoDay(f.q));
    const parts = [...byDay.keys()].sort().map((day) => {
      const group = byDay.get(day)!;
      return `${formatFigure(group[0].q)} = ${day} (${joinNames([...new Set(group.map((f) => f.claim.articleId))].sort())})`;
    });
    const clusters = new Set(fact.figures.map((f) => clusterIdOf(f.claim.id)));
    const clusterId = clusters.size === 1 ? [...clusters][0] : undefined;
    findings.push({
      kind: 'date-conflict',
      severity: worst >= 7 ? 'high' : worst >= 3 ? 'medium' : 'low',
      summary: `Sources date the same event ${worst} days apart: ${parts.join(' vs ')}`,
      ...(clusterId && { clusterId }),
      evidence: sortEvidence(fact.figures.map((f) => quantityEvidence(f.claim, f.q))),
    });
  }
  return findings;
}
