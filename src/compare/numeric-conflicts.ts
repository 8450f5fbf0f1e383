import type { Evidence, Finding } from '../types';
import type { Figure, FigurePair } from './match-figures';
import { relativeDifference } from './interval-gap';
import { conflictSeverity } from './severity';
import { quantityEvidence, sortEvidence } from './quantity-evidence';
import { formatFigure, joinNames } from './summary-text';
import { UnionFind } from '../cluster/union-find';

const figureKey = (f: Figure) => `${f.claim.articleId}@${f.q.span.start}`;

/** The wording most outlets in a group used ("more than 1,000"), lower-cased; ties go to the alphabetically first. */
function commonWording(figures: readonly Figure[]): string {
  const counts = new Map<string, number>();
  for (const f of figures) {
    const text = formatFigure(f.q).toLowerCase();
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0][0];
}

/** Figures grouped by what they say: same interval, same group, lowest first. */
function figureGroups(figures: readonly Figure[]): { label: string; articles: string[] }[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) groups.set(`${f.q.low}|${f.q.high}`, [...(groups.get(`${f.q.low}|${f.q.high}`) ?? []), f]);
  return [...groups.values()]
    .sort((a, b) => a[0].q.low - b[0].q.low)
    .map((group) => ({ label: commonWording(group), articles: [...new Set(group.map((f) => f.claim.articleId))].sort() }));
}

/** Matched pairs joined into facts: every figure reachable through matches states the same fact. */
function facts(pairs: readonly FigurePair[]): { figures: Figure[]; pairs: FigurePair[] }[] {
  const keys = [...new Set(pairs.flatMap((p) => [figureKey(p.a), figureKey(p.b)]))].sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  const sets = new UnionFind(keys.length);
  for (const p of pairs) sets.union(index.get(figureKey(p.a))!, index.get(figureKey(p.b))!);
  const byRoot = new Map<number, { figures: Map<string, Figure>; pairs: FigurePair[] }>();
  for (const p of pairs) {
    const root = sets.find(index.get(figureKey(p.a))!);
    const fact = byRoot.get(root) ?? { figures: new Map<string, Figure>(), pairs: [] };
    fact.figures.set(figureKey(p.a), p.a);
    fact.figures.set(figureKey(p.b), p.b);
    fact.pairs.push(p);
    byRoot.set(root, fact);
  }
  return [...byRoot.keys()].sort((a, b) => a - b).map((r) => ({ figures: [...byRoot.get(r)!.figures.values()], pairs: byRoot.get(r)!.pairs }));
}

/**
 * numeric-conflict: outlets give figures for the same fact (same unit,
 * compatible subject, alike context) whose intervals lie further apart than the
 * tolerance. One finding per fact, citing every figure for it.
 */
export function findNumericConflicts(
  pairs: readonly FigurePair[],
  tolerance: number,
  clusterIdOf: (claimId: string) => string | undefined,
): Omit<Finding, 'id'>[] {
  const findings: Omit<Finding, 'id'>[] = [];
  for (const fact of facts(pairs)) {
    const conflicting = fact.pairs.filter((p) => p.gap > tolerance);
    if (conflicting.length === 0) continue;
    const worst = Math.max(...conflicting.map((p) => relativeDifference(p.a.q.value, p.b.q.value)));
    const unit = fact.figures[0].q.unit;
    const subject = fact.figures.map((f) => f.q.subject).find((s) => !!s);
    const what = subject ? `${subject.replace(/\+/g, ' and ')} (${unit})` : unit;
    const summary = `Sources disagree on a figure for ${what}: ${figureGroups(fact.figures)
      .map((g) => `${g.label} (${joinNames(g.articles)})`)
      .join(' vs ')}`;
    const evidence: Evidence[] = sortEvidence(fact.figures.map((f) => quantityEvidence(f.claim, f.q)));
    // A cluster is named only when every figure's claim lies in it.
    const clusters = new Set(fact.figures.map((f) => clusterIdOf(f.claim.id)));
    const clusterId = clusters.size === 1 ? [...clusters][0] : undefined;
    findings.push({ kind: 'numeric-conflict', severity: conflictSeverity(worst), summary, ...(clusterId && { clusterId }), evidence });
  }
  return findings;
}
