const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** Whether an ASCII code is a letter or digit: the common case, answered without a regular expression. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Characters that join two word parts into one token: O'Brien, Qala-e-Naw, al-Assad. */
function isJoinerCode(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011;
}

/** Length in UTF-16 units of the code point at `i`, or 0 when it is not a word character. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiWordCode(c) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return WORD_CHAR.test(ch) ? ch.length : 0;
}

/** Whether the code unit at `i` is an upper-case letter (what UPPER tests on `text[i]`); ASCII without a regular expression. */
function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return !Number.isNaN(c) && UPPER.test(text[i]!);
}

/** Extends a one-letter token over dotted initials ("U.S.", "U.N."); returns the new end. */
function extendInitials(text: string, start: number, end: number): number {
  if (end - start !== 1 || !isUpperAt(text, start)) return end;
  let e = end;
  while (text.charCodeAt(e) === 46 && isUpperAt(text, e + 1) && text.charCodeAt(e + 2) === 46) e += 2;
  return e === end ? end : e + 1;
}

/**
 * Steps through the words of a text: letters, marks and digits, with
 * apostrophes and hyphens kept inside a word. One pass, no regular expression
 * over the text, and no object per word: the current word's offsets are read
 * from the scanner (this runs for every word of every article).
 */
export class WordScanner {
  /** Half-open offsets of the current word (before any `offset` option). */
  start = 0;
  end = 0;
  /** The word holds an apostrophe or hyphen joining two parts ("O'Brien", "al-Assad"): only such a word needs `namePart`'s full reading. */
  joined = false;
  /** Every code unit of the current word is ASCII. */
  ascii = true;
  private i = 0;

  constructor(private readonly text: string) {}

  /** Moves to the next word; false when there is none. */
  next(): boolean {
    const text = this.text;
    let i = this.i;
    while (i < text.length) {
      const len = wordCharLength(text, i);
      if (len === 0) {
        i += 1;
        continue;
      }
      const start = i;
      let joined = false;
      // Code units are ORed together: the word is ASCII when no bit above 127 is set.
      let codes = text.charCodeAt(i);
      i += len;
      for (;;) {
        const c = text.charCodeAt(i);
        // Most word characters are ASCII letters: stepped over before any other test (NaN past the end fails every test).
        if (c < 128 && isAsciiWordCode(c)) {
          i += 1;
          continue;
        }
        const next = c >= 128 ? wordCharLength(text, i) : 0;
        if (next > 0) {
          codes |= c;
          i += next;
        } else if (isJoinerCode(c) && wordCharLength(text, i + 1) > 0) {
          codes |= c;
          i += 1;
          joined = true;
        } else {
          break;
        }
      }
      const end = extendInitials(text, start, i);
      for (let k = i; k < end; k += 1) codes |= text.charCodeAt(k);
      this.start = start;
      this.end = end;
      this.joined = joined;
      this.ascii = codes < 128;
      this.i = end;
      return true;
    }
    this.i = i;
    return false;
  }
}
