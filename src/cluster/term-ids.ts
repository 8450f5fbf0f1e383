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

/**
 * Term lists numbered as first seen, that more lists can join later: the ids
 * given so far stay, and counts grow. A story's claims are interned once for
 * clustering and extended with its figure contexts for comparison; the
 * Map look-up per term is the costliest step of both, so it is paid once.
 * Ids come out as one interning of all lists in the order added would give them.
 */
export class TermInterning {
  private readonly idOf = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly counts: number[] = [];
  /** Every list added so far, in the order added. */
  readonly ids: Int32Array[] = [];

  /** Interns `lists` after those already added; returns their ids. */
  add(lists: readonly (readonly string[])[]): Int32Array[] {
    const { idOf, terms, counts } = this;
    const added: Int32Array[] = [];
    // Each list's ids are a view on one buffer for all: a typed array of its
    // own is slower to make and costs about 240 bytes, a view about 100.
    let total = 0;
    for (const list of lists) total += list.length;
    const buffer = new ArrayBuffer(total * Int32Array.BYTES_PER_ELEMENT);
    let offset = 0;
    for (const list of lists) {
      const out = new Int32Array(buffer, offset, list.length);
      offset += out.byteLength;
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
      added.push(out);
      this.ids.push(out);
    }
    return added;
  }

  /** The term of each id. */
  termList(): readonly string[] {
    return this.terms;
  }

  /** How many of the lists added so far hold each id. */
  countList(): Int32Array {
    return new Int32Array(this.counts);
  }

  /** The lists added so far, each term weighted by how many of them hold it, as `termWeights` weighs it. */
  dfWeighted(): TermIds {
    const counts = this.countList();
    const weights = new Float64Array(counts.length);
    for (let id = 0; id < weights.length; id++) weights[id] = dfWeight(counts[id]);
    return { ids: this.ids.slice(), counts, weights };
  }
}

/** Term lists interned, each term weighted by `weight`. */
export function internTerms(lists: readonly (readonly string[])[], weight: (term: string) => number): TermIds {
  const interning = new TermInterning();
  const ids = interning.add(lists);
  return { ids, counts: interning.countList(), weights: new Float64Array(interning.termList().map((t) => weight(t))) };
}

/** Term lists interned, each term weighted by how many lists hold it, as `termWeights` weighs it. */
export function dfWeightedIds(lists: readonly (readonly string[])[]): TermIds {
  const interning = new TermInterning();
  interning.add(lists);
  return interning.dfWeighted();
}
