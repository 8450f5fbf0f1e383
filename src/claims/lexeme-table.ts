import type { Token } from './types';
import { traitsOfText } from './token-traits';
import { fnvHash, keyHash, readKey } from './lexeme-key';

/** What a token's text alone decides, kept once per distinct text. */
export interface Lexeme {
  /** The text itself: one string per distinct word, shared by all its tokens. */
  readonly text: string;
  /** Lower case, curly apostrophe folded to a straight one. */
  readonly lower: string;
  /** Its verb class and word-list roles (see `token-traits`). */
  readonly traits: number;
  readonly hash: number;
}

/**
 * Room for 4,096 words before the first growth (a feed of a thousand articles
 * holds about 3,000): growing replaces the arrays, which throws away the
 * optimised scanner once, while a bigger table reads slower (more cache misses).
 */
const INITIAL_SLOTS = 8192;
/** Past this many distinct texts the table starts afresh, so hostile input cannot grow it without bound. */
const MAX_LEXEMES = 50_000;

/**
 * Lexemes looked up by a stretch of a longer text, without cutting that
 * stretch out first: a known word costs a hash over its characters and one
 * comparison, not a new string, a `Map` hash and a `toLowerCase`. Open
 * addressing with linear probing; the table stays at most half full.
 */
export class LexemeTable {
  private slots: (Lexeme | undefined)[] = new Array(INITIAL_SLOTS);
  /**
   * Each slot's hash, side by side: a probe compares these first, and reads
   * a lexeme (an object somewhere on the heap, often not in cache) only when
   * its hash matches. 0 marks an empty slot; a real hash of 0 is stored as 1.
   */
  private hashes = new Int32Array(INITIAL_SLOTS);
  /** Each slot's short-word key (`lo`, `mid`, `hi` from 4s; see `SHORT_WORD`), 0 for a lexeme that has none. */
  private keys = new Int32Array(4 * INITIAL_SLOTS);
  private size = 0;

  /** The lexeme of `text.slice(start, end)`, a token of the given kind. */
  find(text: string, start: number, end: number, kind: Token['kind']): Lexeme {
    const key = scratchKey;
    if (!readKey(text, start, end, key, 0)) return this.findHashed(text, start, end, kind, fnvHash(text, start, end));
    return this.findKeyed(text, start, end, kind, keyHash(key[0]!, key[1]!, key[2]!), key[0]!, key[1]!, key[2]!);
  }

  /** `find` for a stretch with no key, given `hash`: its `fnvHash`, worked out by a caller already reading it. */
  findHashed(text: string, start: number, end: number, kind: Token['kind'], hash: number): Lexeme {
    hash |= 0;
    if (hash === 0) hash = 1;
    const mask = this.hashes.length - 1;
    let s = hash & mask;
    for (let h = this.hashes[s]; h !== 0; h = this.hashes[s]) {
      if (h === hash) {
        const e = this.slots[s] as Lexeme;
        if (sameText(e.text, text, start, end)) return e;
      }
      s = (s + 1) & mask;
    }
    return this.add(text, start, end, kind, hash);
  }

  /**
   * `find` given the stretch's key (`lo`, `mid`, `hi`; see `SHORT_WORD`) and
   * its `keyHash`, worked out by a caller already reading it: a stored word is
   * confirmed by the numbers beside its hash, not by reading its characters.
   */
  findKeyed(text: string, start: number, end: number, kind: Token['kind'], hash: number, lo: number, mid: number, hi: number): Lexeme {
    hash |= 0;
    if (hash === 0) hash = 1;
    const hashes = this.hashes;
    const keys = this.keys;
    const mask = hashes.length - 1;
    let s = hash & mask;
    for (let h = hashes[s]; h !== 0; h = hashes[s]) {
      const at = s << 2;
      if (h === hash && keys[at] === lo && keys[at + 1] === mid && keys[at + 2] === hi) return this.slots[s] as Lexeme;
      s = (s + 1) & mask;
    }
    return this.add(text, start, end, kind, hash);
  }

  /** A new lexeme for a stretch not in the table yet. */
  private add(text: string, start: number, end: number, kind: Token['kind'], hash: number): Lexeme {
    const made = makeLexeme(flatSlice(text, start, end), kind, hash);
    if (this.size >= MAX_LEXEMES) this.reset();
    else if (2 * (this.size + 1) > this.slots.length) this.grow();
    this.insert(made);
    return made;
  }

  private insert(lexeme: Lexeme): void {
    const mask = this.hashes.length - 1;
    let s = lexeme.hash & mask;
    while (this.hashes[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = lexeme;
    this.hashes[s] = lexeme.hash;
    readKey(lexeme.text, 0, lexeme.text.length, this.keys, s << 2);
    this.size++;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Array(old.length * 2);
    this.hashes = new Int32Array(old.length * 2);
    this.keys = new Int32Array(old.length * 8);
    this.size = 0;
    for (const e of old) if (e !== undefined) this.insert(e);
  }

  private reset(): void {
    this.slots = new Array(INITIAL_SLOTS);
    this.hashes = new Int32Array(INITIAL_SLOTS);
    this.keys = new Int32Array(4 * INITIAL_SLOTS);
    this.size = 0;
  }
}

/** `word === text.slice(start, end)`, compared in place: `startsWith` with a position is a call into the runtime. */
function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/**
 * `text.slice(start, end)` as a string of its own: V8 makes a slice of 13 or
 * more units a view that keeps all of `text` (a whole article) alive, and the
 * table keeps its words for the whole feed. Joining forces a flat copy.
 */
function flatSlice(text: string, start: number, end: number): string {
  const word = text.slice(start, end);
  return word.length < 13 ? word : (' ' + word).slice(1);
}

/** Where `find` reads a stretch's key: one array for every call. */
const scratchKey = new Int32Array(3);

/**
 * Made with `new`, not as an object literal: V8 tracks a literal's
 * allocation site, and once it sees that lexemes all live on (they are
 * kept) it moves the site to the old generation and throws away the
 * optimised scanner that had it inlined. A constructor has no such site.
 */
class StoredLexeme implements Lexeme {
  constructor(
    readonly text: string,
    readonly lower: string,
    readonly traits: number,
    readonly hash: number,
  ) {}
}

function makeLexeme(text: string, kind: Token['kind'], hash: number): Lexeme {
  let lower = text.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  return new StoredLexeme(text, lower, traitsOfText(text, lower, kind), hash);
}
