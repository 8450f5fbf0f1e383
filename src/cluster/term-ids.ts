import { dfWeight } from './term-weights';

/** Term lists as small integers, for comparing them without a string compare or a weight look-up per term. */
export interface TermIds {
  /**
   * Each list's ids, in the list's own order. Lists come in term string
   * order, so sums over a list's ids are taken in that order, as sums over
   * the strings were: scores come out bit for bit the same.
   */
  ids: Int32Array[];
  /** Weight of each id. */
  weights: Float64Array;
  /** How many lists hold each id. */
  counts: Int32Array;
}

/** Numbers terms as first seen, with how many lists hold each (`terms[id]` is the term). */
function intern(lists: readonly (readonly string[])[]): { ids: Int32Array[]; terms: string[]; counts: Int32Array } {
  const idOf = new Map<string, number>();
  const terms: string[] = [];
  const counts: number[] = [];
  const ids = lists.map((list) => {
    const out = new Int32Array(list.length);
    for (let k = 0; k < list.length; k++) {
      let id = idOf.get(list[k]);
      if (id === undefined) {
        idOf.set(list[k], (id = terms.length));
        terms.push(list[k]);
        counts.push(0);
      }
      counts[id] += 1;
      out[k] = id;
    }
    return out;
  });
  return { ids, terms, counts: new Int32Array(counts) };
}

/** Term lists interned, each term weighted by `weight`. */
export function internTerms(lists: readonly (readonly string[])[], weight: (term: string) => number): TermIds {
  const { ids, terms, counts } = intern(lists);
  return { ids, counts, weights: new Float64Array(terms.map((t) => weight(t))) };
}

/** Term lists interned, each term weighted by how many lists hold it, as `termWeights` weighs it. */
export function dfWeightedIds(lists: readonly (readonly string[])[]): TermIds {
  const { ids, counts } = intern(lists);
  const weights = new Float64Array(counts.length);
  for (let id = 0; id < weights.length; id++) weights[id] = dfWeight(counts[id]);
  return { ids, counts, weights };
}
