/**
 * Most copy checks run on one story of a few articles. For those, each
 * shingle's articles fit in the bits of one int, so the shingles every pair
 * shares are counted with no inverted index: one pass marks which articles
 * hold each shingle, and a second walks, for each article, only the later
 * articles that share its shingle. Every shingle is walked, so the counts
 * are exact, as the posting-list count is when no list is capped.
 */

/** Up to this many articles, an article's bit fits in a 32-bit int. */
export const MASK_ARTICLES = 31;

/** Calls with up to this many shingles (a story's worth) share one scratch; bigger ones get their own, so no huge array outlives its call. */
const SCRATCH_SHINGLES = 1 << 15;
let scratch: Int32Array | undefined;

/** Zeroed marks for `count` shingles. */
function marksFor(count: number): Int32Array {
  if (count > SCRATCH_SHINGLES) return new Int32Array(count);
  scratch ??= new Int32Array(SCRATCH_SHINGLES);
  return scratch.fill(0, 0, count);
}

/**
 * Shingles shared by each pair of the articles whose id sets are `sets`
 * (at most MASK_ARTICLES of them), as an n × n matrix filled where the row
 * is the earlier position: `counts[i * n + j]` for i < j.
 */
export function sharedByMask(sets: readonly Int32Array[], shingleCount: number): Int32Array {
  const n = sets.length;
  const marks = marksFor(shingleCount);
  for (let doc = 0; doc < n; doc++) {
    const set = sets[doc]!;
    const bit = 1 << doc;
    for (let k = 0; k < set.length; k++) marks[set[k]!] |= bit;
  }
  const counts = new Int32Array(n * n);
  for (let i = 0; i < n; i++) {
    const set = sets[i]!;
    const row = i * n;
    for (let k = 0; k < set.length; k++) {
      // The later articles holding this shingle; most shingles have none.
      let later = marks[set[k]!]! >>> (i + 1);
      for (let j = i + 1; later !== 0; j++, later >>>= 1) if ((later & 1) !== 0) counts[row + j] += 1;
    }
  }
  return counts;
}
