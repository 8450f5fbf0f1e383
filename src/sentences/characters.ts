/** Character classes shared by the sentence rules (code-point tests, no regex backtracking). */

/** Same set as JavaScript's `\s`, so our spans agree with `String.prototype.trim`. */
export function isWhitespaceCode(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Code points that start a new line. CR counts only when no LF follows (CRLF is one break). */
export function isLineBreakAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x0a || code === 0x2028 || code === 0x2029 || code === 0x0b || code === 0x0c) return true;
  return code === 0x0d && text.charCodeAt(index + 1) !== 0x0a;
}

export const OPENING_PUNCTUATION = '"\'“‘«‹([{¿¡';
export const CLOSING_PUNCTUATION = '"\'”’»›)]}';
export const BULLETS = '•◦▪▫‣⁃●○■□➢➤►';

/** Removes trailing closing quotes and brackets: `great."` -> `great.`. */
export function stripClosers(token: string): string {
  let end = token.length;
  while (end > 0 && CLOSING_PUNCTUATION.includes(token[end - 1] as string)) end--;
  return token.slice(0, end);
}

/** Removes leading opening quotes and brackets: `"(The` -> `The`. */
export function stripOpeners(token: string): string {
  let start = 0;
  while (start < token.length && OPENING_PUNCTUATION.includes(token[start] as string)) start++;
  return token.slice(start);
}

const LOWER = /^\p{Ll}/u;
const UPPER = /^\p{Lu}/u;
const DIGIT = /^\p{Nd}/u;

export const startsLowercase = (word: string): boolean => LOWER.test(word);
export const startsUppercase = (word: string): boolean => UPPER.test(word);
export const startsWithDigit = (word: string): boolean => DIGIT.test(word);
