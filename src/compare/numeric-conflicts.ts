import type { Evidence, Finding } from '../types';
import type { Figure, FigurePair } from './match-figures';
import { relativeDifference } from './interval-gap';
import { conflictSeverity } from './severity';
import { quantityEvidence, sortEvidence } from './quantity-evidence';
import { formatFigure, joinNames } from './format-figure';
import { UnionFind } from '../cluster/union-find';

const figureKey = (f: Figure) => `${f.claim.articleId}@${f.q.span.start}`;

/** Figures grouped by what they say: same interval, same group, lowest first. */
function figureGroups(figures: readonly Figure[]): { label: string; articles: string[] }[] {
  const groups = new Map<string, { label: string; articles: Set<string>; low: number }>();
  for (const f of figures) {
    const key = `${f.q.low}|${f.q.high}`;
    const group = groups.get(key) ?? { label: formatFigure(f.q), articles: new Set<string>(), low: f.q.low };
    group.articles.add(f.claim.articleId);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.low - b.low).map((g) => ({ label: g.label, articles: [...g.articles].sort() }));
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
