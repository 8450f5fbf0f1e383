/** Cuts text into non-whitespace tokens; sentence boundaries can only fall in the gaps between them. */
import { isLineBreakAt, isWhitespaceCode } from './characters';

export interface WhitespaceTokens {
  starts: number[];
  ends: number[];
}

/** One linear pass: start and end (exclusive) of every run of non-whitespace characters. */
export function tokenizeWhitespace(text: string): WhitespaceTokens {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const space = isWhitespaceCode(text.charCodeAt(i));
    if (space && start >= 0) {
      starts.push(start);
      ends.push(i);
      start = -1;
    } else if (!space && start < 0) {
      start = i;
    }
  }
  if (start >= 0) {
    starts.push(start);
    ends.push(text.length);
  }
  return { starts, ends };
}

/** Line breaks in text[from, to) (CRLF counts once). */
export function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (isLineBreakAt(text, i)) count++;
  return count;
}
