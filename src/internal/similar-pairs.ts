import { sharedWeight } from '../cluster/weighted-cosine';

/** Items to pair: each a sorted, de-duplicated list of terms, in a group whose members are never paired. */
export interface SimilarPairsInput {
  terms: readonly (readonly string[])[];
  /** Group of each item (its article): only items of different groups are paired. */
  groups: readonly string[];
  weight: (term: string) => number;
  /** Terms held by more items than this do not make candidates (they still count in the similarity). */
  cap: number;
  /** Pairs below this score are dropped. */
  minSimilarity: number;
  /**
   * The score of a pair from the weight of the terms both share and each
   * side's total weight; weighted cosine by default. It must not fall when
   * the shared weight grows, so that a pair below the bar by the fast sum is
   * below it exactly too.
   */
  score?: (shared: number, totalA: number, totalB: number) => number;
}

/** Weighted cosine: shared weight over the geometric mean of each side's weight. */
export const cosineScore = (shared: number, a: number, b: number): number => (a === 0 || b === 0 ? 0 : shared / Math.sqrt(a * b));

export interface SimilarPair {
  i: number;
  j: number;
  similarity: number;
}

/** Terms as small integers, each item's ids sorted, with each term's weight and how many items hold it. */
interface Interned {
  ids: Int32Array[];
  weights: Float64Array;
  counts: Int32Array;
}

function intern(terms: readonly (readonly string[])[], weight: (t: string) => number): Interned {
  const idOf = new Map<string, number>();
  const weights: number[] = [];
  const counts: number[] = [];
  const ids = terms.map((list) => {
    const out = new Int32Array(list.length);
    list.forEach((t, k) => {
      let id = idOf.get(t);
      if (id === undefined) {
        id = weights.length;
        idOf.set(t, id);
        weights.push(weight(t));
        counts.push(0);
      }
      counts[id] += 1;
      out[k] = id;
    });
    return out.sort();
  });
  return { ids, weights: Float64Array.from(weights), counts: Int32Array.from(counts) };
}

/** Posting lists (item indexes, ascending) of the terms held by at most `cap` items, packed in one array. */
function postings(interned: Interned, cap: number): { offsets: Int32Array; items: Int32Array } {
  const { ids, counts } = interned;
  const offsets = new Int32Array(counts.length + 1);
  for (let t = 0; t < counts.length; t++) offsets[t + 1] = offsets[t] + (counts[t] <= cap ? counts[t] : 0);
  const items = new Int32Array(offsets[counts.length]);
  const fill = offsets.slice(0, counts.length);
  ids.forEach((list, i) => {
    for (const t of list) if (counts[t] <= cap) items[fill[t]++] = i;
  });
  return { offsets, items };
}

function hasTerm(list: Int32Array, term: number): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < term) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo] === term;
}

function firstAbove(items: Int32Array, from: number, to: number, i: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid] <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Pairs of items of different groups whose weighted cosine reaches
 * `minSimilarity`, without comparing every pair: candidates share a term that
 * few items hold (an inverted index), and their shared weight is summed
 * straight from the posting lists. The similarity of each pair kept is then
 * computed exactly over the term strings, so it never depends on the order in
 * which terms were first seen. Pairs come as i < j, in order of i then j.
 */
export function similarPairs(input: SimilarPairsInput): SimilarPair[] {
  const { terms, groups, weight, cap, minSimilarity } = input;
  const score = input.score ?? cosineScore;
  // Each side's weight summed in string order, as weightedCosine does, so exact scores never depend on input order.
  const totals = new Map<number, number>();
  const totalOf = (k: number) => {
    let total = totals.get(k);
    if (total === undefined) totals.set(k, (total = terms[k].reduce((sum, t) => sum + weight(t), 0)));
    return total;
  };
  const interned = intern(terms, weight);
  const { ids, weights, counts } = interned;
  const { offsets, items } = postings(interned, cap);
  const groupIds = new Map<string, number>();
  const group = Int32Array.from(groups, (g) => {
    const id = groupIds.get(g);
    if (id !== undefined) return id;
    groupIds.set(g, groupIds.size);
    return groupIds.size - 1;
  });
  const norms = Float64Array.from(ids, (list) => list.reduce((sum, t) => sum + weights[t], 0));
  const shared = new Float64Array(ids.length);
  const stamp = new Int32Array(ids.length).fill(-1);
  const pairs: SimilarPair[] = [];
  // A little slack: the fast sum may round differently from the exact one.
  const floor = minSimilarity - 1e-9;

  for (let i = 0; i < ids.length; i++) {
    const touched: number[] = [];
    const frequent: number[] = [];
    for (const t of ids[i]) {
      if (counts[t] > cap) {
        frequent.push(t);
        continue;
      }
      for (let k = firstAbove(items, offsets[t], offsets[t + 1], i); k < offsets[t + 1]; k++) {
        const j = items[k];
        if (group[j] === group[i]) continue;
        if (stamp[j] !== i) {
          stamp[j] = i;
          shared[j] = 0;
          touched.push(j);
        }
        shared[j] += weights[t];
      }
    }
    touched.sort((a, b) => a - b);
    for (const j of touched) {
      let sum = shared[j];
      for (const t of frequent) if (hasTerm(ids[j], t)) sum += weights[t];
      if (score(sum, norms[i], norms[j]) < floor) continue;
      const similarity = score(sharedWeight(terms[i], terms[j], weight), totalOf(i), totalOf(j));
      if (similarity >= minSimilarity) pairs.push({ i, j, similarity });
    }
  }
  return pairs;
}
