import type { Figure, FigurePair } from './match-figures';
import { UnionFind } from '../internal/union-find';

/** Where a figure stands, as `articleId@offset`. */
export const figureAt = (f: Figure) => `${f.claim.articleId}@${f.q.span.start}`;

/** A fact: figures linked through matches, with the matches between them. */
export interface Fact {
  figures: Figure[];
  pairs: FigurePair[];
}

/** Matched pairs joined into facts: every figure reachable through matches states the same fact. */
export function groupFacts(pairs: readonly FigurePair[]): Fact[] {
  const keys = [...new Set(pairs.flatMap((p) => [figureAt(p.a), figureAt(p.b)]))].sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  const sets = new UnionFind(keys.length);
  for (const p of pairs) sets.union(index.get(figureAt(p.a))!, index.get(figureAt(p.b))!);
  const byRoot = new Map<number, { figures: Map<string, Figure>; pairs: FigurePair[] }>();
  for (const p of pairs) {
    const root = sets.find(index.get(figureAt(p.a))!);
    const fact = byRoot.get(root) ?? { figures: new Map<string, Figure>(), pairs: [] };
    fact.figures.set(figureAt(p.a), p.a);
    fact.figures.set(figureAt(p.b), p.b);
    fact.pairs.push(p);
    byRoot.set(root, fact);
  }
  return [...byRoot.keys()].sort((a, b) => a - b).map((r) => ({ figures: [...byRoot.get(r)!.figures.values()], pairs: byRoot.get(r)!.pairs }));
}
