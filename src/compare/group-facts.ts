import { figureKey, type Figure, type FigurePair } from './match-figures';
import { UnionFind } from '../internal/union-find';


/** A fact: figures linked through matches, with the matches between them. */
export interface Fact {
  figures: Figure[];
  pairs: FigurePair[];
}

/** Matched pairs joined into facts: every figure reachable through matches states the same fact. */
export function groupFacts(pairs: readonly FigurePair[]): Fact[] {
  // Each figure's key built once per pair, not at every look-up.
  const ends = pairs.map((p) => [figureKey(p.a), figureKey(p.b)] as const);
  const distinct = new Set<string>();
  for (const [a, b] of ends) {
    distinct.add(a);
    distinct.add(b);
  }
  const keys = [...distinct].sort();
  const index = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) index.set(keys[i]!, i);
  const sets = new UnionFind(keys.length);
  for (const [a, b] of ends) sets.union(index.get(a)!, index.get(b)!);
  const byRoot = new Map<number, { figures: Map<string, Figure>; pairs: FigurePair[] }>();
  pairs.forEach((p, k) => {
    const [a, b] = ends[k]!;
    const root = sets.find(index.get(a)!);
    const fact = byRoot.get(root) ?? { figures: new Map<string, Figure>(), pairs: [] };
    fact.figures.set(a, p.a);
    fact.figures.set(b, p.b);
    fact.pairs.push(p);
    byRoot.set(root, fact);
  });
  return [...byRoot.keys()].sort((a, b) => a - b).map((r) => ({ figures: [...byRoot.get(r)!.figures.values()], pairs: byRoot.get(r)!.pairs }));
}
