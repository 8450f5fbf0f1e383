/** First index in `xs` (sorted ascending by `key`) whose key is at least `value`. */
export function lowerBound<T>(xs: readonly T[], value: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
