import type { Finding, Quantity } from '../types';
import type { Figure, FigurePair } from './match-figures';
import { groupFacts } from './group-facts';
import { quantityEvidence, sortEvidence } from './quantity-evidence';
import { formatFigure, joinNames } from './summary-text';
import { groupBy } from '../internal/group-by';
import { isDateLimit } from './date-limit';
import { sameNamedEvent } from './possessive-date';

const DAY_MS = 86_400_000;

/** Dates are compared with dates only: their values are instants, not amounts. */
export const comparableDates = (a: Quantity, b: Quantity) => a.unit === 'date' && b.unit === 'date';

/** Whole days between two date intervals; 0 when they overlap. */
export function dateGapDays(a: Pick<Quantity, 'low' | 'high'>, b: Pick<Quantity, 'low' | 'high'>): number {
  const [first, second] = a.low <= b.low ? [a, b] : [b, a];
  return Math.max(0, Math.floor((second.low - first.high) / DAY_MS) + 1);
}

/** A date at least this many times as long as another is of coarser precision (a month against a day). */
const COARSER_RATIO = 7;
/** Dates of different precision further apart than this are different events, not one misdated. */
const BACKGROUND_GAP_DAYS = 365;

/**
 * Whether two dates can be one event's: an outlet that misdates an event gives
 * another day, or a month or year that misses it by a little; a month or year
 * more than a year away from a day another outlet gives ("in April 2015"
 * against "on Wednesday") dates an earlier event told as background.
 */
export function mayDateOneEvent(a: Pick<Quantity, 'low' | 'high'>, b: Pick<Quantity, 'low' | 'high'>): boolean {
  const [shortest, longest] = [Math.min(a.high - a.low, b.high - b.low) + 1, Math.max(a.high - a.low, b.high - b.low) + 1];
  return longest < COARSER_RATIO * shortest || dateGapDays(a, b) <= BACKGROUND_GAP_DAYS;
}

/**
 * Whether a pair's dates contradict each other: further apart than the slack,
 * and neither article giving, elsewhere in the fact, a date that agrees with
 * the other's. An outlet that also gives the other outlet's date does not
 * dispute it: its second date belongs to another event ("inflation slowed in
 * September" beside "the bank cut rates on Friday").
 */
function disputes(p: FigurePair, byArticle: ReadonlyMap<string, Figure[]>, slackDays: number): boolean {
  if (dateGapDays(p.a.q, p.b.q) <= slackDays || withinLimit(p, slackDays) || !sameNamedEvent(p.a, p.b)) return false;
  const agreesElsewhere = (own: Figure, other: Figure) =>
    byArticle.get(own.claim.articleId)!.some((f) => f !== own && dateGapDays(f.q, other.q) <= slackDays);
  return !agreesElsewhere(p.a, p.b) && !agreesElsewhere(p.b, p.a);
}

/**
 * Whether one side bounds the event ("by Thursday") and the other dates it no
 * later ("on Wednesday"): the two agree. Two limits are compared as dates
 * ("complete by 30 September" against "by 31 October").
 */
function withinLimit(p: FigurePair, slackDays: number): boolean {
  const [aLimit, bLimit] = [isDateLimit(p.a.claim, p.a.q), isDateLimit(p.b.claim, p.b.q)];
  if (aLimit === bLimit) return false;
  const [limit, day] = aLimit ? [p.a.q, p.b.q] : [p.b.q, p.a.q];
  return day.low <= limit.high + slackDays * DAY_MS;
}

/** The figures a finding cites: those of disputed pairs and any within the slack of one of them. */
function citedFigures(figures: readonly Figure[], disputed: readonly FigurePair[], slackDays: number): Figure[] {
  const sides = new Set<Figure>();
  for (const p of disputed) {
    sides.add(p.a);
    sides.add(p.b);
  }
  const sideList = [...sides];
  return figures.filter((f) => sides.has(f) || sideList.some((s) => dateGapDays(f.q, s.q) <= slackDays));
}

/**
 * A date interval as precise as it was written: YYYY-MM-DD for a day,
 * YYYY-MM for a whole month ("in October" is not October 1), YYYY for a
 * whole year.
 */
export function dateLabel(q: Pick<Quantity, 'low' | 'high'>): string {
  const [from, to] = [new Date(q.low), new Date(q.high + 1)];
  const day = from.toISOString().slice(0, 10);
  if (from.getUTCDate() !== 1 || to.getUTCDate() !== 1 || from.getUTCHours() !== 0 || to.getUTCHours() !== 0) return day;
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  if (months === 1) return day.slice(0, 7);
  return months === 12 && from.getUTCMonth() === 0 ? day.slice(0, 4) : day;
}

/**
 * date-conflict: outlets date the same event (alike context) on days further
 * apart than the slack. A slack of a day absorbs events that span midnight or
 * two-day meetings reported by their first or last day. Pairs that cannot
 * date one event (`mayDateOneEvent`) are left out before facts are formed.
 */
export function findDateConflicts(
  pairs: readonly FigurePair[],
  slackDays: number,
  clusterIdOf: (claimId: string) => string | undefined,
): Omit<Finding, 'id'>[] {
  const findings: Omit<Finding, 'id'>[] = [];
  for (const fact of groupFacts(pairs.filter((p) => mayDateOneEvent(p.a.q, p.b.q)))) {
    const byArticle = groupBy(fact.figures, (f) => f.claim.articleId);
    const disputed = fact.pairs.filter((p) => disputes(p, byArticle, slackDays));
    if (disputed.length === 0) continue;
    // reduce, not Math.max(...list): a spread of a long list overflows the call stack.
    const worst = disputed.reduce((most, p) => Math.max(most, dateGapDays(p.a.q, p.b.q)), -Infinity);
    const figures = citedFigures(fact.figures, disputed, slackDays);
    const byDay = groupBy(figures, (f) => dateLabel(f.q));
    const parts = [...byDay.keys()].sort().map((day) => {
      const group = byDay.get(day)!;
      return `${formatFigure(group[0].q)} = ${day} (${joinNames([...new Set(group.map((f) => f.claim.articleId))].sort())})`;
    });
    const clusters = new Set(figures.map((f) => clusterIdOf(f.claim.id)));
    const clusterId = clusters.size === 1 ? [...clusters][0] : undefined;
    findings.push({
      kind: 'date-conflict',
      severity: worst >= 7 ? 'high' : worst >= 3 ? 'medium' : 'low',
      summary: `Sources date the same event ${worst} days apart: ${parts.join(' vs ')}`,
      ...(clusterId && { clusterId }),
      evidence: sortEvidence(figures.map((f) => quantityEvidence(f.claim, f.q))),
    });
  }
  return findings;
}
