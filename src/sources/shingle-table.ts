import { grownInt32, slotsForIds } from '../internal/id-slots';
import { SHINGLE_WIDTH } from './shingles';
import { WordIds } from './word-ids';

const WIDTH = SHINGLE_WIDTH;
/** A table sized from a hint grows past this only as shingles come: a hint is an estimate. */
const MAX_INITIAL_CAPACITY = 1 << 16;
/** Marks the unused places of a shingle shorter than WIDTH words (a short text's only shingle). */
const NO_WORD = 0;

/** Id lists up to this many ints in all are kept for the next texts; a bigger one is left to the GC. */
const KEEP_ID_BUFFER = 1 << 17;

/** Odd multiplier of the polynomial (FNV's prime). */
const POLY = 0x01000193;

/**
 * Hash of the WIDTH word ids from `from` on: a polynomial over the ids, then Murmur3's finaliser to
 * spread it. Cheaper than mixing each id in (it runs once per word of every text); the words are
 * compared on a match, so the hash only decides where to look.
 */
function hashWords(seq: Int32Array, from: number): number {
  let h = seq[from]!;
  h = (Math.imul(h, POLY) + seq[from + 1]!) | 0;
  h = (Math.imul(h, POLY) + seq[from + 2]!) | 0;
  h = (Math.imul(h, POLY) + seq[from + 3]!) | 0;
  h = (Math.imul(h, POLY) + seq[from + 4]!) | 0;
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
  private slots: Int32Array;
  /** WIDTH word ids per shingle. */
  private words: Int32Array;
  private hashes: Int32Array;
  /** The last text (numbered from 1) each shingle was seen in, to keep each id once per text. */
  private seenIn: Int32Array;
  private texts = 0;
  /** The id lists `idsOf` gives, back to back, so a text costs a view instead of an array of its own. */
  private idBuffer = new Int32Array(1 << 12);
  private idsUsed = 0;
  private count = 0;

  /** `expected`: about how many shingles the texts will hold, so the table is sized once instead of doubling its way there. */
  constructor(expected = 0) {
    let capacity = 1 << 9;
    while (capacity < expected && capacity < MAX_INITIAL_CAPACITY) capacity *= 2;
    this.slots = new Int32Array(capacity * 2);
    this.words = new Int32Array(capacity * WIDTH);
    this.hashes = new Int32Array(capacity);
    this.seenIn = new Int32Array(capacity);
  }

  /** How many distinct shingles the table holds: ids run from 0 to this. */
  get size(): number {
    return this.count;
  }

  /** How many shingles the table has room for before it grows. */
  get capacity(): number {
    return this.hashes.length;
  }

  /** Forgets every shingle and word but keeps the arrays, so a table reused for the next texts allocates nothing. */
  clear(): void {
    this.slots.fill(0);
    // The only field read before it is written: a stale text number would hide a new shingle.
    this.seenIn.fill(0, 0, this.count);
    this.count = 0;
    this.texts = 0;
    this.wordIds.clear();
    this.idsUsed = 0;
    if (this.idBuffer.length > KEEP_ID_BUFFER) this.idBuffer = new Int32Array(1 << 12);
  }

  /**
   * The distinct shingle ids of a text, each once, in the order the text
   * first holds them: a view that stays valid until `clear`, which lets the
   * next texts reuse its ints.
   */
  idsOf(text: string): Int32Array {
    const seq = this.wordIds.wordsOf(text);
    if (seq.length === 0) return new Int32Array(0);
    // A text shorter than one shingle is one shingle of all its words.
    if (seq.length < WIDTH) return Int32Array.of(this.idOf(padded(seq), 0));
    return this.distinctIds(seq);
  }

  /** Each shingle id of a text once, unsorted: callers count overlaps, so sorting would be wasted. */
  private distinctIds(seq: Int32Array): Int32Array {
    const text = ++this.texts;
    const positions = seq.length - WIDTH + 1;
    // A full buffer is replaced, not grown: the views given out keep the old one.
    if (this.idsUsed + positions > this.idBuffer.length) {
      this.idBuffer = new Int32Array(Math.max(positions, this.idBuffer.length * 2));
      this.idsUsed = 0;
    }
    const ids = this.idBuffer;
    const start = this.idsUsed;
    let n = start;
    for (let i = 0; i < positions; i++) {
      const id = this.idOf(seq, i);
      if (this.seenIn[id] === text) continue;
      this.seenIn[id] = text;
      ids[n++] = id;
    }
    this.idsUsed = n;
    return ids.subarray(start, n);
  }

  /** Id of the WIDTH words from `from` on; filed if new. */
  private idOf(seq: Int32Array, from: number): number {
    const hash = hashWords(seq, from);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!;
      if (held === 0) {
        const id = this.add(seq, from, hash);
        this.slots[slot] = id + 1;
        if (this.count * 2 > this.slots.length) this.rehash();
        return id;
      }
      if (this.hashes[held - 1] === hash && this.sameWords(held - 1, seq, from)) return held - 1;
    }
  }

  private sameWords(id: number, seq: Int32Array, from: number): boolean {
    const at = id * WIDTH;
    const words = this.words;
    for (let k = 0; k < WIDTH; k++) if (words[at + k] !== seq[from + k]) return false;
    return true;
  }

  private add(seq: Int32Array, from: number, hash: number): number {
    const id = this.count++;
    if (id === this.hashes.length) {
      this.hashes = grownInt32(this.hashes, this.hashes.length * 2);
      this.words = grownInt32(this.words, this.words.length * 2);
      this.seenIn = grownInt32(this.seenIn, this.seenIn.length * 2);
    }
    this.hashes[id] = hash;
    for (let k = 0; k < WIDTH; k++) this.words[id * WIDTH + k] = seq[from + k]!;
    return id;
  }

  /** Doubles the slots when half are used, so probes stay short. */
  private rehash(): void {
    this.slots = slotsForIds(this.hashes, this.count, this.slots.length * 2);
  }
}

/** A short text's words filled out to WIDTH with NO_WORD, which no word's id equals. */
function padded(seq: Int32Array): Int32Array {
  const out = new Int32Array(WIDTH).fill(NO_WORD);
  out.set(seq);
  return out;
}
