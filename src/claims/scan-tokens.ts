import type { ScannedToken } from './types';
import { LexemeTable, type Lexeme } from './lexeme-table';
import { fnvHash, keyHash, SHORT_WORD } from './lexeme-key';
import { isAsciiDigit, isAsciiLetter } from '../internal/ascii';
import { takeScratch } from '../internal/take-scratch';

// A word is letters/digits joined by single apostrophes, hyphens, dots or commas
// ("don't", "Qala-e-Naw", "U.S", "1,000"); the joiner class is disjoint from the
// letter class, so the pattern cannot backtrack. Any other code point but white
// space is one punctuation mark. Sticky, and run with `test`: no match arrays.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.,\-‐][\p{L}\p{N}\p{M}]+)*/uy;
const SPACE = /\s/uy;

/** Every text scanned shares one table: news repeats its words. */
const lexemes = new LexemeTable();

/** End of the code point at `i`: a surrogate pair is one mark. */
function codePointEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

/** An ASCII letter or digit: what `WORD` is made of, in the ASCII range. */
function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c);
}

/**
 * The key of the word `asciiWordEnd` read last (see `SHORT_WORD`), `wordLo` 0
 * when it is longer: second answers without allocating a tuple, so the lexeme
 * lookup need not read the word's characters again.
 */
let wordLo = 0;
let wordMid = 0;
let wordHi = 0;

/**
 * End of the `WORD` match at `i` (an ASCII letter or digit) read by hand, or
 * -1 once a character past ASCII comes into question: the pattern then decides.
 * Most words of English news are plain ASCII, and the sticky Unicode pattern
 * costs several times this loop. Reads the word's key as it goes (`wordLo`...).
 */
function asciiWordEnd(text: string, i: number): number {
  const n = text.length;
  // The last twelve units, shifted in as they are read: a few shifts, where a hash per unit waits on a multiply.
  let lo = text.charCodeAt(i);
  let mid = 0;
  let hi = 0;
  let k = i + 1;
  for (;;) {
    let c = 0;
    while (k < n && isAsciiAlnum((c = text.charCodeAt(k)))) {
      hi = (hi << 8) | (mid >>> 24);
      mid = (mid << 8) | (lo >>> 24);
      lo = (lo << 8) | c;
      k++;
    }
    if (k >= n) break;
    if (c >= 0x80) return -1;
    // A joiner (' . , -) continues the word only before another letter or digit.
    if (c !== 0x27 && c !== 0x2e && c !== 0x2c && c !== 0x2d) break;
    const next = k + 1 < n ? text.charCodeAt(k + 1) : 0;
    if (next >= 0x80) return -1;
    if (!isAsciiAlnum(next)) break;
    hi = (hi << 16) | (mid >>> 16);
    mid = (mid << 16) | (lo >>> 16);
    lo = (lo << 16) | (c << 8) | next;
    k += 2;
  }
  wordLo = k - i <= SHORT_WORD ? lo : 0;
  wordMid = mid;
  wordHi = hi;
  return k;
}

/** The lexeme of the ASCII word from `i` to `end` just read by `asciiWordEnd`. */
function asciiWord(text: string, i: number, end: number): Lexeme {
  if (wordLo === 0) return lexemes.findHashed(text, i, end, 'word', fnvHash(text, i, end));
  return lexemes.findKeyed(text, i, end, 'word', keyHash(wordLo, wordMid, wordHi), wordLo, wordMid, wordHi);
}

/** The lexemes of the ASCII punctuation marks by code: a one-character mark needs no hash or probe. */
const asciiMarks: (Lexeme | undefined)[] = new Array<Lexeme | undefined>(0x80).fill(undefined);

function asciiMark(text: string, i: number): Lexeme {
  return (asciiMarks[text.charCodeAt(i)] ??= lexemes.find(text, i, i + 1, 'punct'));
}

/** A scan's tokens, and their traits or-ed together (what `TokenizedText.roles` asks). */
export interface ScannedText {
  tokens: ScannedToken[];
  roles: number;
}

/**
 * Words and punctuation marks of `text`, with local offsets. The tokens are
 * shared through the recent-text cache: read them, never change them (not
 * frozen: freezing each one took about a quarter of the scan).
 */
export function scanTokens(text: string): ScannedToken[] {
  return scanText(text).tokens;
}

/**
 * `scanTokens`, with the tokens' traits or-ed as they are made: every
 * sentence's roles are asked, and this saves a second pass over its tokens.
 */
export function scanText(text: string): ScannedText {
  const tokens = scratch;
  let count = 0;
  let roles = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
      i++; // ASCII white space, by hand: most gaps are one space
      continue;
    }
    let lexeme: Lexeme | undefined;
    let end = -1;
    let kind: ScannedToken['kind'] = 'word';
    if (isAsciiAlnum(c)) {
      end = asciiWordEnd(text, i);
      if (end >= 0) lexeme = asciiWord(text, i, end);
    } else if (c < 0x80) {
      end = i + 1; // ASCII but neither a letter, a digit nor white space: a mark
      kind = 'punct';
      lexeme = asciiMark(text, i);
    }
    if (lexeme === undefined) {
      WORD.lastIndex = i;
      if (WORD.test(text)) end = WORD.lastIndex;
      else {
        SPACE.lastIndex = i;
        if (SPACE.test(text)) {
          i = SPACE.lastIndex;
          continue;
        }
        end = codePointEnd(text, i);
        kind = 'punct';
      }
      lexeme = lexemes.find(text, i, end, kind);
    }
    tokens[count++] = { text: lexeme.text, lower: lexeme.lower, start: i, end, kind, traits: lexeme.traits };
    roles |= lexeme.traits;
    i = end;
  }
  return { tokens: takeScratch(tokens, count), roles };
}

/**
 * Where `scanText` collects a text's tokens before copying them out at their
 * exact count: pushing onto a fresh array regrew it several times a sentence,
 * about a quarter of the scan's garbage. Kept entries are overwritten, never
 * read past the count (see takeScratch).
 */
const scratch: ScannedToken[] = [];
