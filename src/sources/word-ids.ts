import { grownInt32, grownUint16, slotsForIds } from '../internal/id-slots';
import { shingleWords } from './shingles';

/** A letter or digit, as `shingleWords` reads them; tested only on characters outside ASCII. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

const EMPTY = new Int32Array(0);

/** Each ASCII code lower-cased if it is a letter or digit, 0 if not: one load instead of three range tests per character. */
const ASCII_WORD_CODE = (() => {
  const table = new Uint16Array(128);
  for (let c = 48; c <= 57; c++) table[c] = c;
  for (let c = 97; c <= 122; c++) table[c] = c;
  for (let c = 65; c <= 90; c++) table[c] = c + 32;
  return table;
})();

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** ORed into an ASCII letter or digit, its lower case (digits already have this bit). */
const ASCII_LOWER = 0x20;

/**
 * The words of texts as small integers, as `shingleWords` splits and
 * lower-cases them: equal words get one id across every text one table
 * reads. A text whose letters and digits are all ASCII is scanned by
 * character code, so no string is built per word; any other text goes
 * through `shingleWords`. Both paths file a word by its lower-cased character
 * codes, so they give it the same id.
 */
export class WordIds {
  /** Open addressing: word id + 1 in each used slot, 0 in a free one. */
  private slots: Int32Array = new Int32Array(1 << 12);
  private hashes: Int32Array = new Int32Array(1 << 11);
  /** Where each word's characters start in `chars`; word id + 1 holds its end. */
  private starts: Int32Array = new Int32Array((1 << 11) + 1);
  /** The characters of every word filed, back to back. */
  private chars: Uint16Array = new Uint16Array(1 << 14);
  private count = 0;
  /** Scratch for one text's word ids. */
  private sequence: Int32Array = new Int32Array(1 << 10);

  /** The word ids of a text, in order. */
  wordsOf(text: string): Int32Array {
    if (typeof text !== 'string') return EMPTY;
    let count = 0;
    const length = text.length;
    // Words are at least one character apart: sized here, the loop needs no check.
    if (this.sequence.length < (length + 1) >> 1) this.sequence = new Int32Array(length);
    const sequence = this.sequence;
    for (let i = 0; i < length; ) {
      let code = text.charCodeAt(i);
      let lower = code < 128 ? ASCII_WORD_CODE[code]! : 0;
      if (lower === 0) {
        // A letter or digit outside ASCII: lower-casing and splitting are left to `shingleWords`.
        if (code >= 128 && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!))) return this.wordsOfOther(text);
        i++;
        continue;
      }
      const from = i;
      let hash = FNV_OFFSET;
      while (lower !== 0) {
        hash = Math.imul(hash ^ lower, FNV_PRIME);
        if (++i === length) break;
        code = text.charCodeAt(i);
        lower = code < 128 ? ASCII_WORD_CODE[code]! : 0;
      }
      // Read in place, lower-cased as compared: no copy of the word.
      sequence[count++] = this.idOfWord(text, from, i - from, ASCII_LOWER, hash);
    }
    return sequence.slice(0, count);
  }

  private wordsOfOther(text: string): Int32Array {
    const words = shingleWords(text);
    const ids = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      let hash = FNV_OFFSET;
      for (let c = 0; c < word.length; c++) hash = Math.imul(hash ^ word.charCodeAt(c), FNV_PRIME);
      ids[k] = this.idOfWord(word, 0, word.length, 0, hash);
    }
    return ids;
  }

  /**
   * Id of the word `source[from, from + size)`, each code ORed with `fold`
   * (ASCII_LOWER for a raw ASCII word, 0 for one already lower-cased), whose
   * hash is given; filed if new.
   */
  private idOfWord(source: string, from: number, size: number, fold: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!;
      if (held === 0) return this.add(slot, source, from, size, fold, hash);
      if (this.hashes[held - 1] === hash && this.isWord(held - 1, source, from, size, fold)) return held - 1;
    }
  }

  /** Whether word `id` has the characters of the word read as `idOfWord` reads it. */
  private isWord(id: number, source: string, from: number, size: number, fold: number): boolean {
    const start = this.starts[id]!;
    if (this.starts[id + 1]! - start !== size) return false;
    const chars = this.chars;
    for (let k = 0; k < size; k++) if (chars[start + k] !== (source.charCodeAt(from + k) | fold)) return false;
    return true;
  }

  private add(slot: number, source: string, from: number, size: number, fold: number, hash: number): number {
    const id = this.count++;
    if (id === this.hashes.length) this.hashes = grownInt32(this.hashes, id * 2);
    if (id + 2 > this.starts.length) this.starts = grownInt32(this.starts, this.starts.length * 2);
    const start = this.starts[id]!;
    if (start + size > this.chars.length) this.chars = grownUint16(this.chars, Math.max(this.chars.length * 2, start + size));
    for (let k = 0; k < size; k++) this.chars[start + k] = source.charCodeAt(from + k) | fold;
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
