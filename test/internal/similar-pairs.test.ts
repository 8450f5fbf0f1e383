import { cosineScore, similarIdPairs, totalIdWeight } from '../../src/internal/similar-pairs';

/** Deterministic pseudo-random integers (a fixed LCG), for test data that never changes. */
function random(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % below;
  };
}

/** Items of random sorted distinct term ids, in groups of consecutive items or scattered ones. */
function items(seed: number, scattered: boolean) {
  const next = random(seed);
  const termCount = 40;
  const weights = new Float64Array(Array.from({ length: termCount }, () => 0.2 + next(80) / 100));
  const ids = Array.from({ length: 60 }, () => {
    const held = new Set<number>();
    const size = 1 + next(8);
    while (held.size < size) held.add(next(termCount));
    return Int32Array.from([...held].sort((a, b) => a - b));
  });
  const groups = Int32Array.from(ids, (_, i) => (scattered ? next(5) : Math.floor(i / 12)));
  return { ids, weights, groups };
}

/** Every pair compared, as the definition reads. */
function bruteForce(input: ReturnType<typeof items>, minSimilarity: number, score = cosineScore, cap = Infinity): string[] {
  const { ids, weights, groups } = input;
  const counts = new Map<number, number>();
  for (const list of ids) for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
  const out: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      if (groups[i] === groups[j]) continue;
      const shared = ids[i].filter((t) => ids[j].includes(t));
      if (!shared.some((t) => (counts.get(t) ?? 0) <= cap)) continue;
      const similarity = score(totalIdWeight(shared, weights), totalIdWeight(ids[i], weights), totalIdWeight(ids[j], weights));
      if (similarity >= minSimilarity) out.push(`${i}-${j}:${similarity}`);
    }
  }
  return out;
}

function found(input: ReturnType<typeof items>, minSimilarity: number, score?: typeof cosineScore, cap = 1000): string[] {
  const pairs = similarIdPairs({ ...input, cap, minSimilarity, score });
  return Array.from({ length: pairs.count }, (_, k) => `${pairs.i[k]}-${pairs.j[k]}:${pairs.similarity[k]}`);
}

describe('similarIdPairs', () => {
  it.each([1, 2, 3, 4])('finds every pair that reaches the bar, with its exact score (seed %i)', (seed) => {
    for (const scattered of [false, true]) {
      const input = items(seed, scattered);
      expect(found(input, 0.3)).toEqual(bruteForce(input, 0.3));
    }
  });

  it('uses a given score in place of the cosine', () => {
    const overlap = (shared: number, a: number, b: number) => shared / Math.min(a, b);
    const input = items(5, true);
    expect(found(input, 0.5, overlap)).toEqual(bruteForce(input, 0.5, overlap));
  });

  it('finds candidates only through terms held by at most `cap` items', () => {
    const input = items(6, false);
    expect(found(input, 0.3, undefined, 8)).toEqual(bruteForce(input, 0.3, cosineScore, 8));
  });
});
