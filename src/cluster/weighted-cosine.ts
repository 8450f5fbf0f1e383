/** Summed weight of the terms two sorted, de-duplicated term lists share, in list order (so it never depends on input order). */
export function sharedWeight(a: readonly string[], b: readonly string[], weight: (term: string) => number): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] < b[j]) i++;
    else if (b[j] < a[i]) j++;
    else {
      shared += weight(a[i]);
      i++;
      j++;
    }
  }
  return shared;
}

/**
 * Weighted cosine of two sorted, de-duplicated term sets: shared weight over the
 * geometric mean of each side's weight. Unlike Jaccard it does not punish a long
 * claim for carrying a second fact beside the one it shares.
 */
export function weightedCosine(a: readonly string[], b: readonly string[], weight: (term: string) => number): number {
  let wa = 0;
  let wb = 0;
  for (const t of a) wa += weight(t);
  for (const t of b) wb += weight(t);
  const shared = sharedWeight(a, b, weight);
  return wa === 0 || wb === 0 ? 0 : shared / Math.sqrt(wa * wb);
}
