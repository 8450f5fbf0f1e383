/**
 * How the lexeme table finds a stretch of text: a short ASCII word by its exact
 * key (its characters packed into numbers), anything else by an FNV-1a hash
 * confirmed by comparing characters.
 */

/**
 * A short ASCII word read as its exact key: each code unit one byte, shifted in
 * from the right across three 32-bit thirds (`lo` holds the last four units,
 * `mid` the four before, `hi` the four before those). A word of at most
 * `SHORT_WORD` units, none of them 0 and all below 0x80, has one key and no
 * other word shares it, so equal keys mean equal words without reading either
 * string. A key with `lo` 0 means "no key" (a word's last unit is never 0).
 */
export const SHORT_WORD = 12;

/** The hash of a keyed word, from its key alone: mixed so the low bits (the table slot) depend on every unit. */
export function keyHash(lo: number, mid: number, hi: number): number {
  let h = Math.imul(hi, 0x9e3779b1) ^ mid;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ lo;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** FNV-1a over the UTF-16 code units of `text` from `start` to `end`: the hash of a stretch with no key. */
export function fnvHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  return hash;
}

/**
 * Writes the key of `text` from `start` to `end` at `out[at]` (`lo`, `mid`,
 * `hi`), or 0s when it has none: longer than `SHORT_WORD`, or with a unit 0 or
 * past ASCII. Returns whether it has one.
 */
export function readKey(text: string, start: number, end: number, out: Int32Array, at: number): boolean {
  let lo = 0;
  let mid = 0;
  let hi = 0;
  if (end - start <= SHORT_WORD) {
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      if (c === 0 || c >= 0x80) {
        lo = mid = hi = 0;
        break;
      }
      hi = (hi << 8) | (mid >>> 24);
      mid = (mid << 8) | (lo >>> 24);
      lo = (lo << 8) | c;
    }
  }
  out[at] = lo;
  out[at + 1] = mid;
  out[at + 2] = hi;
  return lo !== 0;
}
