// Edges of a stretch of text without its surrounding white space, as plain
// numbers: these run several times per clause, and a returned pair would be
// one more array per call.

import { isAsciiSpace } from '../internal/ascii';

const SPACE = /\s/;

/** `/\s/` at `k`, with ASCII decided by hand (nearly every character tested). */
function isSpaceAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 0x80) return isAsciiSpace(c);
  return SPACE.test(text[k]);
}

/** White space, or (when `dropSeparators`) one of , ; : that a split leaves at a clause's end. */
function isTrailingAt(text: string, k: number, dropSeparators: boolean): boolean {
  if (dropSeparators) {
    const c = text.charCodeAt(k);
    if (c === 0x2c || c === 0x3b || c === 0x3a) return true;
  }
  return isSpaceAt(text, k);
}

/** First offset in [start, end) that is not white space (`end` when there is none). */
export function trimmedStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && isSpaceAt(text, s)) s++;
  return s;
}

/** Offset after the last character in [start, end) that is neither white space nor a dropped separator. */
export function trimmedEnd(text: string, start: number, end: number, dropSeparators: boolean): number {
  let e = end;
  while (e > start && isTrailingAt(text, e - 1, dropSeparators)) e--;
  return e;
}
