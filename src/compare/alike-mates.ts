import type { Claim } from '../types';
import { totalIdWeight } from '../internal/similar-pairs';

/** A cluster mate alike to a given claim, with their weighted cosine. */
export interface AlikeMate {
  claim: Claim;
  similarity: number;
}

/** Which of a mate list's members hold each term: term id to positions in the list, ascending. */
type Postings = Map<number, number[]>;

/**
 * The mates of a claim (its cluster's claims) whose weighted cosine to it
 * reaches a bar, over the claims' terms interned once (`ids[k]` for
 * `claims[k]`, in term string order). Each mate list is indexed by term the
 * first time it is asked about, so a rejection set against a cluster of
 * thousands walks only the mates that share a term with it, not every mate's
 * terms. Sums run over shared terms in term string order, as a pass over
 * either list would add them: scores are bit for bit those of a full cosine.
 * Mates come in list order; claims not in `claims` score 0. `positionOf`
 * gives a claim's position in `claims` (undefined when not there).
 */
export function alikeMates(
  claims: readonly Claim[],
  ids: readonly Int32Array[],
  weights: Float64Array,
  positionOf: (claim: Claim) => number | undefined,
): (a: Claim, mates: readonly Claim[], minSimilarity: number) => AlikeMate[] {
  // Weighed when first needed: only rejections and their alike mates are ever asked about.
  const totals = new Float64Array(claims.length).fill(NaN);
  const totalOf = (k: number) => (Number.isNaN(totals[k]!) ? (totals[k] = totalIdWeight(ids[k]!, weights)) : totals[k]!);
  const indexed = new WeakMap<readonly Claim[], Postings>();
  const postingsOf = (mates: readonly Claim[]): Postings => {
    let postings = indexed.get(mates);
    if (!postings) indexed.set(mates, (postings = matePostings(mates, positionOf, ids)));
    return postings;
  };
  return (a, mates, minSimilarity) => {
    const i = positionOf(a);
    if (i === undefined) return [];
    // Shared weight per mate position, and the positions touched (in the order first reached).
    const shared = new Float64Array(mates.length);
    const touched: number[] = [];
    const postings = postingsOf(mates);
    for (const t of ids[i]!) {
      for (const p of postings.get(t) ?? []) {
        if (shared[p] === 0) touched.push(p);
        shared[p] += weights[t]!;
      }
    }
    const alike: AlikeMate[] = [];
    for (const p of touched.sort((x, y) => x - y)) {
      const j = positionOf(mates[p]!)!;
      const [wa, wb] = [totalOf(i), totalOf(j)];
      const similarity = wa === 0 || wb === 0 ? 0 : shared[p]! / Math.sqrt(wa * wb);
      if (similarity >= minSimilarity) alike.push({ claim: mates[p]!, similarity });
    }
    return alike;
  };
}

/** Term id to the positions of the mates holding it (mates not in the index hold nothing). */
function matePostings(mates: readonly Claim[], positionOf: (claim: Claim) => number | undefined, ids: readonly Int32Array[]): Postings {
  const postings: Postings = new Map();
  mates.forEach((mate, p) => {
    const k = positionOf(mate);
    if (k === undefined) return;
    for (const t of ids[k]!) {
      const list = postings.get(t);
      if (list) list.push(p);
      else postings.set(t, [p]);
    }
  });
  return postings;
}
