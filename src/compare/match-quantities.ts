import type { Quantity } from '../types';
import { comparable } from './comparable-units';
import { intervalGap } from './interval-gap';

export interface QuantityPair {
  a: Quantity;
  b: Quantity;
  gap: number;
}

/**
 * Pairs the figures of two claims one to one, closest first, so that a figure
 * both outlets agree on (20,000 and 20,000) is used up by that agreement and
 * cannot be set against some other figure of the other claim.
 */
export function matchQuantities(as: readonly Quantity[], bs: readonly Quantity[]): QuantityPair[] {
  const candidates: (QuantityPair & { i: number; j: number })[] = [];
  as.forEach((a, i) =>
    bs.forEach((b, j) => {
      if (comparable(a, b)) candidates.push({ a, b, i, j, gap: intervalGap(a, b) });
    }),
  );
  candidates.sort((x, y) => x.gap - y.gap || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: QuantityPair[] = [];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    pairs.push({ a: c.a, b: c.b, gap: c.gap });
  }
  return pairs;
}
