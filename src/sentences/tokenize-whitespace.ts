/**
 * Walks text token by token (runs of non-whitespace); sentence boundaries can
 * only fall in the gaps between them. A cursor rather than token arrays, so
 * a pass allocates nothing per token.
 */
import * as characters from './characters';
// Bound once: calls through a module namespace cost a getter per character under some loaders (tsx).
const { isLineBreakAt, isWhitespaceCode } = characters;

/** 1 for each whitespace code: one load per character instead of a chain of range tests. */
const SPACE = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < table.length; code++) if (isWhitespaceCode(code)) table[code] = 1;
  return table;
})();

/** Whether text[i] is white space (false out of range). */
export function isSpaceAt(text: string, i: number): boolean {
  return SPACE[text.charCodeAt(i)] === 1;
}

/** Start of the first token at or after `from` (text.length when none is left). */
export function skipWhitespace(text: string, from: number): number {
  const length = text.length;
  let i = from;
  while (i < length && SPACE[text.charCodeAt(i)] === 1) i++;
  return i;
}

/** End (exclusive) of the token that starts at `from`. */
export function tokenEnd(text: string, from: number): number {
  const length = text.length;
  let i = from;
  while (i < length && SPACE[text.charCodeAt(i)] !== 1) i++;
  return i;
}

/** Line breaks in text[from, to) (CRLF counts once). */
export function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20 && isLineBreakAt(text, i)) count++;
  return count;
}
