/**
 * A seeded random source for the corpus generator. Mulberry32 is small, fast
 * and good enough for picking words; the same seed gives the same corpus on
 * every machine, which is what makes the ground truth reproducible.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [lo, hi], both ends included. */
  between(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(xs: readonly T[]): T[];
  /** k distinct items, in random order. */
  sample<T>(xs: readonly T[], k: number): T[];
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (n: number) => Math.floor(next() * n);
  const shuffle = <T>(xs: readonly T[]): T[] => {
    const out = xs.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return {
    next,
    int,
    between: (lo, hi) => lo + int(hi - lo + 1),
    pick: (xs) => xs[int(xs.length)],
    chance: (p) => next() < p,
    shuffle,
    sample: (xs, k) => shuffle(xs).slice(0, Math.max(0, Math.min(k, xs.length))),
  };
}

/** A seed for a sub-stream (story i of seed s), so one story does not shift the next. */
export function childSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}
