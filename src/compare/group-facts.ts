import { figureKey, type Figure, type FigurePair } from './match-figures';
import { UnionFind } from '../internal/union-find';


/** A fact: figures linked through matches, with the matches between them. */
export interface Fact {
  figures: Figure[];
  pairs: FigurePair[];
}

/** Matched pairs joined into facts: every figure reachable through matches states the same fact. */
export function groupFacts(pairs: readonly FigurePair[]): Fact[] {
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
