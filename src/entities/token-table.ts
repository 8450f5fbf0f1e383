import { isSpaceGapAt } from './space-gap';

/** Bits of a word's `flags` column. */
export const CAPITALISED = 1;
export const CLOSES_RUN = 2;
export const SENTENCE_START = 4;
export const ASCII = 8;

/**
 * The `flags` of a word. One call rather than the four bits read by the
 * caller: under a module loader that reads imports through getters (tsx),
 * four imported constants per word of a feed cost more than the call.
 */
export function wordFlags(capitalised: boolean, closesRun: boolean, sentenceStart: boolean, ascii: boolean): number {
  return (capitalised ? CAPITALISED : 0) | (closesRun ? CLOSES_RUN : 0) | (sentenceStart ? SENTENCE_START : 0) | (ascii ? ASCII : 0);
}

const UPPER_START = /^\p{Lu}/u;
const FIRST_SIZE = 1024;

/**
 * The words of a text, as columns of offsets and flags read by word index.
 * A feed holds over a million words, most of them lower-case words no rule
 * reads beyond their flags: columns hold them without an object per word,
 * and a table reused across texts (see `reset`) allocates only when a text
 * has more words than any before it. Strings (a word, its lower case, the
 * gap before it) are cut from the text only when asked.
 *
 * Index arguments must lie in [0, count): `has` tells a caller at an edge.
 */
export class TokenTable {
  /** The text the words were found in. */
  source = '';
  /** Number of words. */
  count = 0;
  // Half-open offsets of each word, and of the part of it that can be a name: "Iran's" -> "Iran".
  private starts: Int32Array = new Int32Array(FIRST_SIZE);
  private ends: Int32Array = new Int32Array(FIRST_SIZE);
  private nameStarts: Int32Array = new Int32Array(FIRST_SIZE);
  private nameEnds: Int32Array = new Int32Array(FIRST_SIZE);
  private flags: Uint8Array = new Uint8Array(FIRST_SIZE);
  /** Lower case of each word, once made (would-be names get theirs when found). */
  private lowers: (string | undefined)[] = [];

  /** Empties the table for the words of `source`; what it held before is gone. */
  reset(source: string): void {
    this.source = source;
    this.count = 0;
  }

  /** Appends a word; `lower` is its lower case when the caller already made it. */
  push(start: number, end: number, nameStart: number, nameEnd: number, flags: number, lower: string | undefined): void {
    const i = this.count;
    if (i === this.starts.length) this.grow();
    this.starts[i] = start;
    this.ends[i] = end;
    this.nameStarts[i] = nameStart;
    this.nameEnds[i] = nameEnd;
    this.flags[i] = flags;
    // Every slot below count is written, so a reused table holds no stale lower case.
    if (i < this.lowers.length) this.lowers[i] = lower;
    else this.lowers.push(lower);
    this.count = i + 1;
  }

  /** Whether `i` is a word of the table (rules look one or two words past a run's ends). */
  has(i: number): boolean {
    return i >= 0 && i < this.count;
  }

  start(i: number): number {
    return this.starts[i]!;
  }

  end(i: number): number {
    return this.ends[i]!;
  }

  /** Offsets of the part that can be a name: "Iran's" -> "Iran", "Kabul-based" -> "Kabul", "pro-Taliban" -> "Taliban". */
  nameStart(i: number): number {
    return this.nameStarts[i]!;
  }

  nameEnd(i: number): number {
    return this.nameEnds[i]!;
  }

  /** Length of the word in code units. */
  length(i: number): number {
    return this.ends[i]! - this.starts[i]!;
  }

  /** Starts with a capital (or a name prefix such as "al-" before one) and is not a stop word. */
  capitalised(i: number): boolean {
    return (this.flags[i]! & CAPITALISED) !== 0;
  }

  /** A possessive or an adjective ending ("-based") closes the name it ends. */
  closesRun(i: number): boolean {
    return (this.flags[i]! & CLOSES_RUN) !== 0;
  }

  sentenceStart(i: number): boolean {
    return (this.flags[i]! & SENTENCE_START) !== 0;
  }

  /** Every code unit is ASCII: lower-casing then keeps the length and the first letter's place in the alphabet. */
  ascii(i: number): boolean {
    return (this.flags[i]! & ASCII) !== 0;
  }

  text(i: number): string {
    return this.source.slice(this.starts[i], this.ends[i]);
  }

  lower(i: number): string {
    return (this.lowers[i] ??= this.text(i).toLowerCase());
  }

  /** Where the gap before word i starts: the end of the word before (0 for the first). */
  gapStart(i: number): number {
    return i > 0 ? this.ends[i - 1]! : 0;
  }

  /** Text between the previous word and word i. */
  gapBefore(i: number): string {
    return this.source.slice(this.gapStart(i), this.starts[i]);
  }

  /** Whether the gap before word i is one to three spaces (see `isSpaceGapAt`): read in place, as many words are asked. */
  spaceGapBefore(i: number): boolean {
    return isSpaceGapAt(this.source, this.gapStart(i), this.starts[i]!);
  }

  /** A one-letter capital, as in "John F. Kennedy": its full stop ends no sentence. */
  isInitial(i: number): boolean {
    if (this.length(i) !== 1) return false;
    const c = this.firstCode(i);
    return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(this.text(i));
  }

  /** First code unit of the word, read without cutting it out. */
  firstCode(i: number): number {
    return this.source.charCodeAt(this.starts[i]!);
  }

  /** Last code unit of the word, read without cutting it out. */
  lastCode(i: number): number {
    return this.source.charCodeAt(this.ends[i]! - 1);
  }

  /** Doubles every column, keeping the words held so far. */
  private grow(): void {
    const size = this.starts.length * 2;
    this.starts = widened(this.starts, size);
    this.ends = widened(this.ends, size);
    this.nameStarts = widened(this.nameStarts, size);
    this.nameEnds = widened(this.nameEnds, size);
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    this.flags = flags;
  }
}

function widened(column: Int32Array, size: number): Int32Array {
  const wider = new Int32Array(size);
  wider.set(column);
  return wider;
}
