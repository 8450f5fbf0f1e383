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

// Fixed optional parameters, not `...rest`: these run for nearly every token, and a rest
// parameter allocates an array on each call.

/** True when the token is a word equal (case-insensitively) to `word` or `orWord`. */
export function isWord(token: Token | undefined, word: string, orWord?: string): boolean {
  return token !== undefined && token.kind === 'word' && (token.lower === word || token.lower === orWord);
}

/** True when the token is the punctuation mark `mark`, `orMark` or `orMark2`. */
export function isPunct(token: Token | undefined, mark: string, orMark?: string, orMark2?: string): boolean {
  return token !== undefined && token.kind === 'punct'
    && (token.text === mark || token.text === orMark || token.text === orMark2);
}

/** True when the token is one of the punctuation marks in `marks`. */
export function isPunctIn(token: Token | undefined, marks: ReadonlySet<string>): boolean {
  return token !== undefined && token.kind === 'punct' && marks.has(token.text);
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

/**
 * Plain integer token without separators or decimals ("2021", "07"). A number token is
 * `\d+(?:,\d{3})*(?:\.\d+)?` (tokenize.ts), so it is one unless it holds a comma or a point.
 */
export function isPlainInteger(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'num' && token.text.indexOf(',') === -1 && token.text.indexOf('.') === -1;
}

/** Numeric value of a number token ("1,250" -> 1250); most have no comma to remove. */
export function numberValue(token: Token): number {
  const written = token.text;
  return Number(written.indexOf(',') === -1 ? written : written.replace(/,/g, ''));
}
