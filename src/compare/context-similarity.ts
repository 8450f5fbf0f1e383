import { cosineScore, totalIdWeight } from '../internal/similar-pairs';

/** Weighted cosine of two figures' interned contexts, as the matcher scores them (see similarIdPairs). */
export function contextSimilarity(a: Int32Array, b: Int32Array, weights: Float64Array): number {
  const inA = new Set(a);
  let shared = 0;
  for (const t of b) if (inA.has(t)) shared += weights[t]!;
  return cosineScore(shared, totalIdWeight(a, weights), totalIdWeight(b, weights));
}
