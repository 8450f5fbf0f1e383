/**
 * A set of lower-case ASCII words walked one char code at a time, so a letter run is looked up
 * in the same pass that finds where it ends, without slicing or lower-casing it: the quick check
 * asks this of every letter run of every claim, and most runs are no member.
 */
export interface AsciiWordTrie {
  /** Child of node n for letter k (0-25) at `next[n * 26 + k]`; 0 means none (the root, node 0, is never a child). */
  readonly next: Int32Array;
  /** 1 where a word ends at that node. */
  readonly ends: Uint8Array;
}

/** The trie of `words`, each made of the letters a-z only. */
export function buildAsciiWordTrie(words: Iterable<string>): AsciiWordTrie {
  const list = [...words];
  const size = 1 + list.reduce((n, w) => n + w.length, 0);
  const next = new Int32Array(size * 26);
  const ends = new Uint8Array(size);
  let nodes = 1;
  for (const word of list) {
    if (!/^[a-z]+$/.test(word)) throw new RangeError(`buildAsciiWordTrie: not a lower-case ASCII word: ${word}`);
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * 26 + word.charCodeAt(i) - 97;
      if (next[slot] === 0) next[slot] = nodes++;
      node = next[slot];
    }
    ends[node] = 1;
  }
  return { next, ends };
}

/**
 * The child of `node` for the ASCII letter `code` (either case: `| 32` lower-cases it), 0 when none.
 * Shared by the scanners that walk a trie over char codes; small enough for V8 to inline in a bundle.
 */
export function trieChild(next: Int32Array, node: number, code: number): number {
  return next[node * 26 + (code | 32) - 97];
}
