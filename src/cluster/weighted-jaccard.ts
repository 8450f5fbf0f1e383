/** Weighted Jaccard similarity of two sorted, de-duplicated term lists. */
export function weightedJaccard(a: readonly string[], b: readonly string[], weight: (term: string) => number): number {
  let shared = 0;
  let union = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) union += weight(a[i++]);
    else if (i >= a.length || b[j] < a[i]) union += weight(b[j++]);
    else {
      const w = weight(a[i]);
      shared += w;
      union += w;
      i++;
      j++;
    }
  }
  return union === 0 ? 0 : shared / union;
}
