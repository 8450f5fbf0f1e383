import { SHINGLE_WIDTH } from './shingles';
import { WordIds } from './word-ids';

const WIDTH = SHINGLE_WIDTH;
/** Marks the unused places of a shingle shorter than WIDTH words (a short text's only shingle). */
const NO_WORD = -1;

/** Murmur3's 32-bit mix of a shingle's word ids: word ids are small and close together, so they need spreading. */
function hashWords(seq: Int32Array, from: number, length: number): number {
  let h = length;
  for (let k = 0; k < WIDTH; k++) {
    let x = Math.imul(k < length ? seq[from + k] : NO_WORD, 0xcc9e2d51);
    x = Math.imul((x << 15) | (x >>> 17), 0x1b873593);
    h ^= x;
    h = (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Word 5-gram shingles of many texts as integers: equal shingles get one id
 * across every text one table reads, and no string is built per shingle.
 * Exact, not a sketch: each shingle's words are kept and compared, the hash
 * only finds where to look. The same texts give the same sets as `shingles`.
 */
export class ShingleTable {
  private readonly wordIds = new WordIds();
  /** Open addressing: shingle id + 1 in each used slot, 0 in a free one. */
  private slots: Int32Array = new Int32Array(1 << 10);
  /** WIDTH word ids per shingle. */
  private words: Int32Array = new Int32Array(WIDTH << 9);
  private hashes: Int32Array = new Int32Array(1 << 9);
  private count = 0;

  /** How many distinct shingles the table holds: ids run from 0 to this. */
  get size(): number {
    return this.count;
  }

  /** The distinct shingle ids of a text, ascending. */
  idsOf(text: string): Int32Array {
    const seq = this.wordIds.wordsOf(text);
    if (seq.length === 0) return new Int32Array(0);
    // A text shorter than one shingle is one shingle of all its words.
    if (seq.length < WIDTH) return Int32Array.of(this.idOf(seq, 0, seq.length));
    const ids = new Int32Array(seq.length - WIDTH + 1);
    for (let i = 0; i < ids.length; i++) ids[i] = this.idOf(seq, i, WIDTH);
    return distinctSorted(ids);
  }

  private idOf(seq: Int32Array, from: number, length: number): number {
    const hash = hashWords(seq, from, length);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot];
      if (held === 0) {
        const id = this.add(seq, from, length, hash);
        this.slots[slot] = id + 1;
        if (this.count * 2 > this.slots.length) this.rehash();
        return id;
      }
      if (this.hashes[held - 1] === hash && this.sameWords(held - 1, seq, from, length)) return held - 1;
    }
  }

  private sameWords(id: number, seq: Int32Array, from: number, length: number): boolean {
    const at = id * WIDTH;
    for (let k = 0; k < WIDTH; k++) if (this.words[at + k] !== (k < length ? seq[from + k] : NO_WORD)) return false;
    return true;
  }

  private add(seq: Int32Array, from: number, length: number, hash: number): number {
    const id = this.count++;
    if (id === this.hashes.length) {
      this.hashes = grown(this.hashes, this.hashes.length * 2);
      this.words = grown(this.words, this.words.length * 2);
    }
    this.hashes[id] = hash;
    for (let k = 0; k < WIDTH; k++) this.words[id * WIDTH + k] = k < length ? seq[from + k] : NO_WORD;
    return id;
  }

  /** Doubles the slots when half are used, so probes stay short. */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.count; id++) {
      let slot = this.hashes[id] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

function grown(array: Int32Array, length: number): Int32Array {
  const out = new Int32Array(length);
  out.set(array);
  return out;
}

/** Sorts in place and returns the distinct values, ascending. */
function distinctSorted(ids: Int32Array): Int32Array {
  ids.sort();
  let n = 0;
  for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) ids[n++] = ids[k];
  return ids.subarray(0, n);
}
