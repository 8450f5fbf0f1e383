import { figureKey, type Figure, type FigurePair } from './match-figures';
import { UnionFind } from '../internal/union-find';

/** A fact: figures linked through matches, with the matches between them. */
export interface Fact {
  figures: Figure[];
  pairs: FigurePair[];
}

/**
 * Matched pairs joined into facts: every figure reachable through matches
 * states the same fact. `keepApart` names two figures that cannot be of one
 * fact: a pair whose joining would put such figures together is left out,
 * pairs being taken in the order given (most alike first, as matchFigures
 * sorts them).
 */
export function groupFacts(pairs: readonly FigurePair[], keepApart?: (a: Figure, b: Figure) => boolean): Fact[] {
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
  const kept = keepApart ? joinUnlessApart(pairs, ends, index, sets, keepApart) : joinAll(ends, index, sets);
  const byRoot = new Map<number, { figures: Map<string, Figure>; pairs: FigurePair[] }>();
  pairs.forEach((p, k) => {
    if (!kept[k]) return;
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

type Ends = readonly (readonly [string, string])[];

/** Every pair joins its figures' sets. */
function joinAll(ends: Ends, index: Map<string, number>, sets: UnionFind): boolean[] {
  for (const [a, b] of ends) sets.union(index.get(a)!, index.get(b)!);
  return ends.map(() => true);
}

/** Pairs join their sets in order, unless the joined set would hold two figures to keep apart; which pairs were kept. */
function joinUnlessApart(
  pairs: readonly FigurePair[],
  ends: Ends,
  index: Map<string, number>,
  sets: UnionFind,
  keepApart: (a: Figure, b: Figure) => boolean,
): boolean[] {
  const members = new Map<number, Figure[]>();
  const membersOf = (root: number, f: Figure): Figure[] => members.get(root) ?? [f];
  return pairs.map((p, k) => {
    const [a, b] = ends[k]!;
    const [ra, rb] = [sets.find(index.get(a)!), sets.find(index.get(b)!)];
    if (ra === rb) return true;
    const [left, right] = [membersOf(ra, p.a), membersOf(rb, p.b)];
    if (left.some((x) => right.some((y) => keepApart(x, y)))) return false;
    sets.union(ra, rb);
    members.delete(ra);
    members.delete(rb);
    members.set(sets.find(ra), [...left, ...right]);
    return true;
  });
}
