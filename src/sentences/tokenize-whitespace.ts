/**
 * Walks text token by token (runs of non-whitespace); sentence boundaries can
 * only fall in the gaps between them. A cursor rather than token arrays, so
 * a pass allocates nothing per token.
 */
import * as characters from './characters';
// Bound once: calls through a module namespace cost a getter per character under some loaders (tsx).
const { isLineBreakAt, isWhitespaceCode } = characters;

// Printable ASCII needs no full test: most characters are letters or a plain space.
function isSpace(code: number): boolean {
  if (code > 0x20 && code < 0x7f) return false;
  return code === 0x20 || isWhitespaceCode(code);
}

/** Start of the first token at or after `from` (text.length when none is left). */
export function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** End (exclusive) of the token that starts at `from`. */
export function tokenEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Line breaks in text[from, to) (CRLF counts once). */
export function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20 && isLineBreakAt(text, i)) count++;
  return count;
}
