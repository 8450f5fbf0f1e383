import type { Token } from './types';
import { classifyVerb, type VerbClass } from './verb-forms';

/** What a token's text alone decides, kept once per distinct text. */
export interface Lexeme {
  /** The text itself: one string per distinct word, shared by all its tokens. */
  readonly text: string;
  /** Lower case, curly apostrophe folded to a straight one. */
  readonly lower: string;
  readonly verbClass: VerbClass;
  readonly hash: number;
}

const INITIAL_SLOTS = 4096;
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
  private size = 0;

  /** The lexeme of `text.slice(start, end)`, a token of the given kind. */
  find(text: string, start: number, end: number, kind: Token['kind']): Lexeme {
    let hash = 0x811c9dc5; // FNV-1a over UTF-16 code units
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
    const length = end - start;
    const mask = this.slots.length - 1;
    let s = hash & mask;
    for (let e = this.slots[s]; e !== undefined; e = this.slots[s]) {
      if (e.hash === hash && e.text.length === length && text.startsWith(e.text, start)) return e;
      s = (s + 1) & mask;
    }
    const made = makeLexeme(text.slice(start, end), kind, hash);
    if (this.size >= MAX_LEXEMES) this.reset();
    else if (2 * (this.size + 1) > this.slots.length) this.grow();
    this.insert(made);
    return made;
  }

  private insert(lexeme: Lexeme): void {
    const mask = this.slots.length - 1;
    let s = lexeme.hash & mask;
    while (this.slots[s] !== undefined) s = (s + 1) & mask;
    this.slots[s] = lexeme;
    this.size++;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Array(old.length * 2);
    this.size = 0;
    for (const e of old) if (e !== undefined) this.insert(e);
  }

  private reset(): void {
    this.slots = new Array(INITIAL_SLOTS);
    this.size = 0;
  }
}

function makeLexeme(text: string, kind: Token['kind'], hash: number): Lexeme {
  let lower = text.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  return { text, lower, verbClass: classifyVerb(text, lower, kind), hash };
}
