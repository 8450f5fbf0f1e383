import type { ScannedToken } from './types';
import { LexemeTable } from './lexeme-table';

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

/**
 * Words and punctuation marks of `text`, with local offsets. The tokens are
 * shared through the recent-text cache: read them, never change them (not
 * frozen: freezing each one took about a quarter of the scan).
 */
export function scanTokens(text: string): ScannedToken[] {
  const tokens: ScannedToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
      i++; // ASCII white space, by hand: most gaps are one space
      continue;
    }
    WORD.lastIndex = i;
    let end: number;
    let kind: ScannedToken['kind'] = 'word';
    if (WORD.test(text)) end = WORD.lastIndex;
    else {
      SPACE.lastIndex = i;
      if (c >= 0x80 && SPACE.test(text)) {
        i = SPACE.lastIndex;
        continue;
      }
      end = codePointEnd(text, i);
      kind = 'punct';
    }
    const { text: word, lower, verbClass } = lexemes.find(text, i, end, kind);
    tokens.push({ text: word, lower, start: i, end, kind, verbClass });
    i = end;
  }
  return tokens;
}
