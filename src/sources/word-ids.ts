import { grownInt32, slotsForIds } from '../internal/id-slots';
import { shingleWords } from './shingles';

/** A letter or digit, as `shingleWords` reads them; tested only on characters outside ASCII. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** A word `shingleWords` gives that the ASCII scan would give too. */
const ASCII_WORD = /^[a-z0-9]+$/;

const EMPTY = new Int32Array(0);

/**
 * Each ASCII letter or digit as a code from 1 to 36, either case alike; 0
 * for anything else. Never 0 in a word, so packed codes keep a word's length.
 */
const WORD_CODE = (() => {
  const table = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) table[c] = c - 47;
  for (let c = 97; c <= 122; c++) table[c] = c - 86;
  for (let c = 65; c <= 90; c++) table[c] = c - 54;
  return table;
})();

/** Codes packed into one int of a word's key: five of 6 bits stay a small positive integer. */
const CODES_PER_INT = 5;
const CODE_BITS = 6;

/** Starts the key of a word with a character outside ASCII; its code units follow. Packed ints are never negative, so the two kinds never meet. */
const UNPACKED = -1;

const FNV_PRIME = 0x01000193;

/** Hash of a key: FNV over its ints, then Murmur3's finaliser, since FNV's low bits (the slot) barely mix. */
function hashKey(key: Int32Array, size: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < size; k++) h = Math.imul(h ^ key[k]!, FNV_PRIME);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The words of texts as integers, as `shingleWords` splits and lower-cases
 * them: equal words get one id across every text one table reads. Each
 * word's key is its letter codes packed five to an int. A word of up to
 * five ASCII letters and digits (most words) is its own id, that one
 * positive int, with no lookup; a longer one is filed under its key, so a
 * lookup compares two or three ints instead of every character, and its id
 * is negative. A text whose letters and digits are all ASCII is scanned by
 * character code, building no string per word; any other text goes through
 * `shingleWords`, and its all-ASCII words are packed alike, so both paths
 * give a word the same id. Never 0, so 0 can mark "no word".
 */
export class WordIds {
  /** Open addressing: word id + 1 in each used slot, 0 in a free one. */
  private slots: Int32Array = new Int32Array(1 << 12);
  private hashes: Int32Array = new Int32Array(1 << 11);
  /** Where each word's key starts in `keys`; word id + 1 holds its end. */
  private starts: Int32Array = new Int32Array((1 << 11) + 1);
  /** The key of every word filed, back to back. */
  private keys: Int32Array = new Int32Array(1 << 12);
  private count = 0;
  /** Scratch for one text's word ids. */
  private sequence: Int32Array = new Int32Array(1 << 10);
  /** Scratch for one word's key. */
  private key: Int32Array = new Int32Array(64);

  /** Forgets every word but keeps the arrays: ids start again from 0. */
  clear(): void {
    this.slots.fill(0);
    this.count = 0;
  }

  /**
   * The word ids of a text, in order. A view of scratch the next call
   * overwrites: the one caller turns it into shingles at once, so no copy
   * is made per text.
   */
  wordsOf(text: string): Int32Array {
    if (typeof text !== 'string') return EMPTY;
    const length = text.length;
    // Words are at least one character apart, and no key is longer than its text: sized here, the loop needs no check.
    if (this.sequence.length < (length + 1) >> 1) this.sequence = new Int32Array(length);
    const key = this.keyScratch(length);
    const sequence = this.sequence;
    let count = 0;
    let size = 0;
    let packed = 0;
    let codes = 0;
    for (let i = 0; i < length; i++) {
      const unit = text.charCodeAt(i);
      const code = unit < 128 ? WORD_CODE[unit]! : 0;
      if (code !== 0) {
        packed = (packed << CODE_BITS) | code;
        if (++codes === CODES_PER_INT) {
          key[size++] = packed;
          packed = codes = 0;
        }
        continue;
      }
      // A letter or digit outside ASCII: lower-casing and splitting are left to `shingleWords`.
      if (unit >= 128 && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!))) return this.wordsOfOther(text);
      if (codes !== 0) {
        key[size++] = packed;
        packed = codes = 0;
      }
      if (size !== 0) {
        sequence[count++] = this.idOf(key, size);
        size = 0;
      }
    }
    if (codes !== 0) key[size++] = packed;
    if (size !== 0) sequence[count++] = this.idOf(key, size);
    return sequence.subarray(0, count);
  }

  private wordsOfOther(text: string): Int32Array {
    const words = shingleWords(text);
    const ids = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) ids[k] = this.idOfWord(words[k]!);
    return ids;
  }

  /** Id of a lower-cased word: packed as the scan packs it when all ASCII, else its code units as they are. */
  private idOfWord(word: string): number {
    const key = this.keyScratch(word.length + 1);
    let size = 0;
    if (ASCII_WORD.test(word)) {
      for (let c = 0; c < word.length; c += CODES_PER_INT) {
        let packed = 0;
        for (let k = c; k < Math.min(c + CODES_PER_INT, word.length); k++) packed = (packed << CODE_BITS) | WORD_CODE[word.charCodeAt(k)]!;
        key[size++] = packed;
      }
    } else {
      key[size++] = UNPACKED;
      for (let c = 0; c < word.length; c++) key[size++] = word.charCodeAt(c);
    }
    return this.idOf(key, size);
  }

  /** The key scratch, at least `length` ints long. */
  private keyScratch(length: number): Int32Array {
    if (this.key.length < length) this.key = new Int32Array(length);
    return this.key;
  }

  /** Id of the word whose key is `key[0, size)`: a one-int key is the id (packed codes are positive); a longer key's filed number, as a negative. */
  private idOf(key: Int32Array, size: number): number {
    return size === 1 ? key[0]! : ~this.idOfKey(key, size);
  }

  /** Number of the word whose key is `key[0, size)` among the longer words; filed if new. */
  private idOfKey(key: Int32Array, size: number): number {
    const hash = hashKey(key, size);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!;
      if (held === 0) return this.add(slot, key, size, hash);
      if (this.hashes[held - 1] === hash && this.isKey(held - 1, key, size)) return held - 1;
    }
  }

  /** Whether word `id` is filed under `key[0, size)`. */
  private isKey(id: number, key: Int32Array, size: number): boolean {
    const start = this.starts[id]!;
    if (this.starts[id + 1]! - start !== size) return false;
    const keys = this.keys;
    for (let k = 0; k < size; k++) if (keys[start + k] !== key[k]) return false;
    return true;
  }

  private add(slot: number, key: Int32Array, size: number, hash: number): number {
    const id = this.count++;
    if (id === this.hashes.length) this.hashes = grownInt32(this.hashes, id * 2);
    if (id + 2 > this.starts.length) this.starts = grownInt32(this.starts, this.starts.length * 2);
    const start = this.starts[id]!;
    if (start + size > this.keys.length) this.keys = grownInt32(this.keys, Math.max(this.keys.length * 2, start + size));
    for (let k = 0; k < size; k++) this.keys[start + k] = key[k]!;
    this.starts[id + 1] = start + size;
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    if (this.count * 2 > this.slots.length) this.rehash();
    return id;
  }

  /** Doubles the slots when half are used, so probes stay short. */
  private rehash(): void {
    this.slots = slotsForIds(this.hashes, this.count, this.slots.length * 2);
  }
}
