import type { Token } from '../types';

const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013']);
const APOSTROPHES = new Set(["'", '\u2019']);

/** True when token i starts exactly where token i-1 ends (no space between). */
export function touchesPrevious(tokens: Token[], i: number): boolean {
  return i > 0 && i < tokens.length && tokens[i].start === tokens[i - 1].end;
}

export function isHyphen(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && HYPHENS.has(token.text);
}

export function isApostrophe(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punct' && APOSTROPHES.has(token.text);
}

/** True when the token is a word equal (case-insensitively) to one of `words`. */
export function isWord(token: Token | undefined, ...words: string[]): boolean {
  return token !== undefined && token.kind === 'word' && words.includes(token.lower);
}

export function isPunct(token: Token | undefined, ...marks: string[]): boolean {
  return token !== undefined && token.kind === 'punct' && marks.includes(token.text);
}

/** True when the word starts with a capital letter (proper nouns, month and day names). */
export function isCapitalized(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  // ASCII answered from the code: this runs for every token in several parsers.
  const code = token.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = token.text.charAt(0);
  return first !== first.toLowerCase();
}

/** True when tokens from `i` spell `words` in order (lower-case compare; '-' matches any hyphen). */
export function matchesSequence(tokens: Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (t === undefined) return false;
    if (words[k] === '-' ? !isHyphen(t) : t.lower !== words[k]) return false;
  }
  return true;
}

/** Plain integer token without separators or decimals ("2021", "07"). */
export function isPlainInteger(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'num' && /^\d+$/.test(token.text);
}

/** Numeric value of a number token ("1,250" -> 1250). */
export function numberValue(token: Token): number {
  return Number(token.text.replace(/,/g, ''));
}

/** Whether any token is a number in digits: a parser that reads only such figures skips a text without one. */
export function hasNumberToken(tokens: Token[]): boolean {
  return tokens.some((t) => t.kind === 'num');
}
