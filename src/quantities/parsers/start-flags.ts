import type { Token } from '../types';
import { AMOUNT_SYMBOL_STARTS, AMOUNT_WORD_STARTS, MONTH_STARTS, WEEKDAY_STARTS } from './start-words';
import { buildAsciiWordTrie, trieChild } from '../tables/ascii-word-trie';

/** Bits of `startFlags`: which parsers may start a reading at a token. */
export const MONTH_START = 1;
export const WEEKDAY_START = 2;
export const AMOUNT_START = 4;
/**
 * A number in digits is among this token and the next two: every reading of the date, year and
 * non-count parsers holds one that near its first token.
 */
export const NEAR_NUMBER = 8;

/** The start bits of each word, so a word token costs one look-up for all parsers. */
const WORD_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  const add = (words: ReadonlySet<string>, bit: number): void => {
    for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  };
  add(MONTH_STARTS, MONTH_START);
  add(WEEKDAY_STARTS, WEEKDAY_START);
  add(AMOUNT_WORD_STARTS, AMOUNT_START);
  return bits;
})();

/*
 * The same bits by trie node, for ASCII words (all start words are a-z): walked over the text's
 * char codes, a word is looked up without hashing its fresh lower-case string, which was most of
 * the cost of a look-up per word.
 */
// Currency symbols among the amount starts are never word tokens: left out.
const TRIE_WORDS = [...WORD_BITS.keys()].filter((word) => /^[a-z]+$/.test(word));
const { next: TRIE_NEXT, ends: TRIE_ENDS } = buildAsciiWordTrie(TRIE_WORDS);
const BITS_AT_NODE: Uint8Array = (() => {
  const bits = new Uint8Array(TRIE_ENDS.length);
  for (const word of TRIE_WORDS) {
    let node = 0;
    for (let k = 0; k < word.length; k++) node = TRIE_NEXT[node * 26 + word.charCodeAt(k) - 97];
    bits[node] = WORD_BITS.get(word)!;
  }
  return bits;
})();

// Every start word a word token can be is in the trie, so a token whose first letters begin
// none is no start word, whatever its other letters: `wordBits` stops reading there.
if ([...WORD_BITS.keys()].some((word) => !/^[a-z]+$/.test(word) && !AMOUNT_SYMBOL_STARTS.has(word))) {
  throw new Error('startFlags: a start word outside a-z needs its own look-up');
}

/** The start bits of word token t, read from its letters in `text`. */
function wordBits(text: string, t: Token): number {
  let node = 0;
  for (let k = t.start; k < t.end; k++) {
    const code = text.charCodeAt(k);
    // A letter outside ASCII may lower-case into ASCII ones (the Kelvin sign into "k"): the table decides.
    if (code > 0x7f) return WORD_BITS.get(t.lower) ?? 0;
    node = trieChild(TRIE_NEXT, node, code);
    if (node === 0) return 0;
  }
  return BITS_AT_NODE[node];
}

/**
 * One byte per token saying which parsers may start there, built once per text: each parser
 * then skips most tokens with a bit test instead of its own look-ups at every token. Written
 * into `into` when given (at least one byte per token; what lies past the tokens is left alone).
 */
export function startFlags(text: string, tokens: readonly Token[], into?: Uint8Array): Uint8Array {
  const flags = into === undefined ? new Uint8Array(tokens.length) : into.fill(0, 0, tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'num') {
      flags[i] |= AMOUNT_START | NEAR_NUMBER;
      if (i >= 1) flags[i - 1] |= NEAR_NUMBER;
      if (i >= 2) flags[i - 2] |= NEAR_NUMBER;
    } else if (t.kind === 'word') {
      flags[i] |= wordBits(text, t);
    } else if (AMOUNT_SYMBOL_STARTS.has(t.text)) {
      flags[i] |= AMOUNT_START;
    }
  }
  return flags;
}
