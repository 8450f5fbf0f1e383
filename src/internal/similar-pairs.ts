import { internTerms } from '../cluster/term-ids';

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
   * the shared weight grows, so that a pair below the bar by an upper bound
   * of the shared weight is below it exactly too.
   */
  score?: (shared: number, totalA: number, totalB: number) => number;
}

/**
 * `SimilarPairsInput` with terms already interned: each item's term ids
 * in the order the terms' weights must be summed in (the terms' string order,
 * for results that match the string form).
 */
export interface SimilarIdPairsInput {
  ids: readonly Int32Array[];
  weights: Float64Array;
  /** Group of each item as a small integer. */
  groups: Int32Array;
  cap: number;
  minSimilarity: number;
  score?: (shared: number, totalA: number, totalB: number) => number;
}

/** Weighted cosine: shared weight over the geometric mean of each side's weight. */
export const cosineScore = (shared: number, a: number, b: number): number => (a === 0 || b === 0 ? 0 : shared / Math.sqrt(a * b));

export interface SimilarPair {
  i: number;
  j: number;
  similarity: number;
}

/** How many items hold each term. */
function termCounts(ids: readonly Int32Array[], termCount: number): Int32Array {
  const counts = new Int32Array(termCount);
  for (let i = 0; i < ids.length; i++) {
    const list = ids[i];
    for (let k = 0; k < list.length; k++) counts[list[k]] += 1;
  }
  return counts;
}

/** Posting lists (item indexes, ascending) of the terms held by at most `cap` items, packed in one array. */
function postings(ids: readonly Int32Array[], counts: Int32Array, cap: number): { offsets: Int32Array; items: Int32Array } {
  const offsets = new Int32Array(counts.length + 1);
  for (let t = 0; t < counts.length; t++) offsets[t + 1] = offsets[t] + (counts[t] <= cap ? counts[t] : 0);
  const items = new Int32Array(offsets[counts.length]);
  const fill = offsets.slice(0, counts.length);
  for (let i = 0; i < ids.length; i++) {
    const list = ids[i];
    for (let k = 0; k < list.length; k++) {
      const t = list[k];
      if (counts[t] <= cap) items[fill[t]++] = i;
    }
  }
  return { offsets, items };
}

/** Summed weight of an id list, added in list order. */
export function totalIdWeight(list: Int32Array, weights: Float64Array): number {
  let total = 0;
  for (let k = 0; k < list.length; k++) total += weights[list[k]];
  return total;
}

/**
 * Pairs of items of different groups whose weighted cosine reaches
 * `minSimilarity`, without comparing every pair: candidates share a term that
 * few items hold (an inverted index), and their shared weight is summed
 * straight from the posting lists. Shared weights are summed in term string
 * order, so a similarity never depends on the order in which terms were
 * first seen. Pairs come as i < j, in order of i then j.
 */
export function similarPairs(input: SimilarPairsInput): SimilarPair[] {
  const { ids, weights } = internTerms(input.terms, input.weight);
  const groupIds = new Map<string, number>();
  const groups = new Int32Array(input.groups.map((g) => {
    const id = groupIds.get(g);
    if (id !== undefined) return id;
    groupIds.set(g, groupIds.size);
    return groupIds.size - 1;
  }));
  const found = similarIdPairs({ ids, weights, groups, cap: input.cap, minSimilarity: input.minSimilarity, score: input.score });
  return Array.from({ length: found.count }, (_, k) => ({ i: found.i[k], j: found.j[k], similarity: found.similarity[k] }));
}

/** Pairs found, as parallel arrays (no object per pair): pair k is (i[k], j[k]) with similarity[k]. */
export interface PairList {
  count: number;
  i: Int32Array;
  j: Int32Array;
  similarity: Float64Array;
}

/** Appends a pair, doubling the arrays when full. */
function addPair(list: PairList, i: number, j: number, similarity: number): void {
  if (list.count === list.i.length) {
    const size = list.i.length * 2;
    const [is, js, sims] = [new Int32Array(size), new Int32Array(size), new Float64Array(size)];
    is.set(list.i);
    js.set(list.j);
    sims.set(list.similarity);
    [list.i, list.j, list.similarity] = [is, js, sims];
  }
  list.i[list.count] = i;
  list.j[list.count] = j;
  list.similarity[list.count++] = similarity;
}

/** Lists up to this long are sorted by insertion: an item keeps a handful of partners. */
const INSERTION_MAX = 24;

/** Sorts the first `count` entries of `list` ascending, in place, without a view object per call. */
function sortHead(list: Int32Array, count: number): void {
  if (count > INSERTION_MAX) {
    list.subarray(0, count).sort();
    return;
  }
  for (let k = 1; k < count; k++) {
    const x = list[k];
    let m = k - 1;
    while (m >= 0 && list[m] > x) {
      list[m + 1] = list[m];
      m--;
    }
    list[m + 1] = x;
  }
}

/** `similarPairs` over interned terms. */
export function similarIdPairs(input: SimilarIdPairsInput): PairList {
  const { ids, weights, groups: group, cap, minSimilarity } = input;
  const score = input.score ?? cosineScore;
  // The default score (cosineScore, same expression) computed in the loop, not called: it runs for every partner touched.
  const cosine = input.score === undefined;
  const counts = termCounts(ids, weights.length);
  const { offsets, items } = postings(ids, counts, cap);
  // Summed in list order, the order every shared weight below is summed in too.
  const norms = new Float64Array(ids.length);
  // Weight of each item's terms too frequent to walk: the most they can add to a shared weight.
  const frequentWeights = new Float64Array(ids.length);
  // Every item's terms in one array, for a partner's terms read straight from memory.
  const starts = new Int32Array(ids.length + 1);
  for (let i = 0; i < ids.length; i++) {
    const list = ids[i];
    norms[i] = totalIdWeight(list, weights);
    let frequent = 0;
    for (let k = 0; k < list.length; k++) if (counts[list[k]] > cap) frequent += weights[list[k]];
    frequentWeights[i] = frequent;
    starts[i + 1] = starts[i] + list.length;
  }
  const flat = new Int32Array(starts[ids.length]);
  for (let i = 0; i < ids.length; i++) flat.set(ids[i], starts[i]);
  const shared = new Float64Array(ids.length);
  const stamp = new Int32Array(ids.length).fill(-1);
  // Which terms item i holds, stamped with i: a partner's shared weight is then one pass over its own terms.
  const holds = new Int32Array(weights.length).fill(-1);
  // Scratch reused for every item: the partners it touched, then those that reach the bar, with their scores.
  const touched = new Int32Array(ids.length);
  const kept = new Int32Array(ids.length);
  const similarities = new Float64Array(ids.length);
  // Where each posting list's walk starts: items come in ascending order, so item i finds itself at its term's cursor.
  const cursor = offsets.slice(0, weights.length);
  const pairs: PairList = { count: 0, i: new Int32Array(64), j: new Int32Array(64), similarity: new Float64Array(64) };
  // A little slack: the bound is summed in another order than the exact weight, so it may round differently.
  const floor = minSimilarity - 1e-9;

  for (let i = 0; i < ids.length; i++) {
    const gi = group[i];
    let touchedCount = 0;
    for (let k = starts[i]; k < starts[i + 1]; k++) {
      const t = flat[k];
      holds[t] = i;
      if (counts[t] > cap) continue;
      const w = weights[t];
      const end = offsets[t + 1];
      for (let p = ++cursor[t]; p < end; p++) {
        const j = items[p];
        if (group[j] === gi) continue;
        if (stamp[j] !== i) {
          stamp[j] = i;
          shared[j] = 0;
          touched[touchedCount++] = j;
        }
        shared[j] += w;
      }
    }
    let keptCount = 0;
    for (let p = 0; p < touchedCount; p++) {
      const j = touched[p];
      const unwalked = Math.min(frequentWeights[i], frequentWeights[j]);
      if (unwalked > 0 && score(shared[j] + unwalked, norms[i], norms[j]) < floor) continue;
      // With no frequent term shared, walking i's terms added the shared weights in list order: the exact sum.
      let sum = shared[j];
      if (unwalked > 0) {
        sum = 0;
        for (let k = starts[j]; k < starts[j + 1]; k++) if (holds[flat[k]] === i) sum += weights[flat[k]];
      }
      const ni = norms[i];
      const nj = norms[j];
      const similarity = cosine ? (ni === 0 || nj === 0 ? 0 : sum / Math.sqrt(ni * nj)) : score(sum, ni, nj);
      if (similarity >= minSimilarity) {
        kept[keptCount++] = j;
        similarities[j] = similarity;
      }
    }
    sortHead(kept, keptCount);
    for (let p = 0; p < keptCount; p++) addPair(pairs, i, kept[p], similarities[kept[p]]);
  }
  return pairs;
}
