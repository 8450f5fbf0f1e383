import { shingleWords } from './shingles';

/** A letter or digit, as `shingleWords` reads them; tested only on characters outside ASCII. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

const EMPTY = new Int32Array(0);

/** A letter or digit in ASCII, lower-cased; -1 for anything else. */
function asciiWordCode(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 48 && c <= 57) return c;
  return -1;
}

/**
 * The words of texts as small integers, as `shingleWords` splits and
 * lower-cases them: equal words get one id across every text one table
 * reads. A text whose letters and digits are all ASCII is scanned by
 * character code, so a word already seen costs no string; any other text goes
 * through `shingleWords`. Both paths file a word by its characters, so they
 * give it the same id.
 */
export class WordIds {
  /** Open addressing: word id + 1 in each used slot, 0 in a free one. */
  private slots: Int32Array = new Int32Array(1 << 12);
  private hashes: Int32Array = new Int32Array(1 << 11);
  private readonly words: string[] = [];
  /** Scratch for one text's word ids. */
  private sequence: Int32Array = new Int32Array(1 << 10);

  /** The word ids of a text, in order. */
  wordsOf(text: string): Int32Array {
    if (typeof text !== 'string') return EMPTY;
    let count = 0;
    for (let i = 0; i < text.length; ) {
      const code = text.charCodeAt(i);
      if (asciiWordCode(code) < 0) {
        // A letter or digit outside ASCII: lower-casing and splitting are left to `shingleWords`.
        if (code >= 128 && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!))) return this.wordsOfOther(text);
        i++;
        continue;
      }
      const start = i;
      let hash = FNV_OFFSET;
      for (let c = code; c >= 0; c = asciiWordCode(text.charCodeAt(++i))) hash = Math.imul(hash ^ c, FNV_PRIME);
      if (count === this.sequence.length) this.sequence = grown(this.sequence, count * 2);
      this.sequence[count++] = this.idOfRange(text, start, i, hash);
    }
    return this.sequence.slice(0, count);
  }

  private wordsOfOther(text: string): Int32Array {
    const words = shingleWords(text);
    const ids = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) ids[k] = this.idOfString(words[k]!);
    return ids;
  }

  private idOfString(word: string): number {
    let hash = FNV_OFFSET;
    for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), FNV_PRIME);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot];
      if (held === 0) return this.add(slot, word, hash);
      if (this.hashes[held - 1] === hash && this.words[held - 1] === word) return held - 1;
    }
  }

  /** Id of the ASCII word text[start, end), lower-cased, whose hash is given. */
  private idOfRange(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot];
      if (held === 0) return this.add(slot, text.slice(start, end).toLowerCase(), hash);
      if (this.hashes[held - 1] === hash && sameWord(this.words[held - 1]!, text, start, end)) return held - 1;
    }
  }

  private add(slot: number, word: string, hash: number): number {
    const id = this.words.length;
    this.words.push(word);
    if (id === this.hashes.length) this.hashes = grown(this.hashes, id * 2);
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    if (this.words.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  /** Doubles the slots when half are used, so probes stay short. */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Whether `word` is text[start, end) lower-cased (the range holds ASCII letters and digits only). */
function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== asciiWordCode(text.charCodeAt(start + k))) return false;
  return true;
}

function grown(array: Int32Array, length: number): Int32Array {
  const out = new Int32Array(length);
  out.set(array);
  return out;
}
