import type { Claim } from '../types';
import { totalIdWeight } from '../internal/similar-pairs';

/**
 * Weighted cosine of claims' terms, over the terms interned once (`ids[k]`
 * for `claims[k]`, in term string order): the same sums in the same order as
 * `weightedCosine` over the strings. Curried, because one claim is
 * set against many (a rejection against its cluster): its terms are marked
 * once, and each other claim costs one pass over its own terms. A returned
 * function is valid until the next call; claims not in `claims` score 0.
 */
export function claimCosine(claims: readonly Claim[], ids: readonly Int32Array[], weights: Float64Array): (a: Claim) => (b: Claim) => number {
  const index = new Map(claims.map((c, k) => [c, k]));
  const totals = new Float64Array(claims.map((_, k) => totalIdWeight(ids[k]!, weights)));
  const holds = new Int32Array(weights.length).fill(-1);
  return (a) => {
    const i = index.get(a);
    if (i !== undefined) for (const t of ids[i]!) holds[t] = i;
    return (b) => {
      const j = index.get(b);
      if (i === undefined || j === undefined) return 0;
      const [wa, wb] = [totals[i]!, totals[j]!];
      if (wa === 0 || wb === 0) return 0;
      // A pass over b's terms in their order adds the shared weights in the order a merge of both lists would.
      const terms = ids[j]!;
      let shared = 0;
      for (let k = 0; k < terms.length; k++) if (holds[terms[k]!] === i) shared += weights[terms[k]!]!;
      return shared / Math.sqrt(wa * wb);
    };
  };
}
