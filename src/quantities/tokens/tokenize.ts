import type { Token } from '../types';
import { isAsciiDigit, isAsciiLetter, isAsciiSpace } from '../../internal/ascii';
import type { TokenPool } from './token-pool';

/*
 * The tokens are what this regex finds, one alternation at the top level (no nested
 * quantifiers), so the scan is linear. Numbers keep their thousands separators and decimals
 * ("1,250", "3.5"); everything that is not a number, a letter run or space is a one-code-point
 * punctuation token (emoji and lone surrogates included). Space matches no alternative.
 *
 * `tokenize` reads ASCII by char codes (the regex with `u` cost a fifth of the quantity stage)
 * and hands a non-ASCII character, or an ASCII word running into one, to this sticky copy.
 */
const TOKEN_AT = /(\d+(?:,\d{3})*(?:\.\d+)?)|([\p{L}\p{M}]+)|(\S)/uy;


/**
 * The char code at i, or -1 past the end. Optimised code that reads past a string's end
 * deoptimises, once for each place that first does so (a number ending a claim): unguarded, the
 * tokenizer went back to slow code several times over the first thousands of claims.
 */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

function digitsEnd(text: string, i: number): number {
  while (i < text.length && isAsciiDigit(text.charCodeAt(i))) i++;
  return i;
}

/** End of `\d+(?:,\d{3})*(?:\.\d+)?` from the digit at `start`. */
function numberEnd(text: string, start: number): number {
  let end = digitsEnd(text, start + 1);
  while (codeAt(text, end) === 44 && digitsEnd(text, end + 1) >= end + 4) end += 4; // ",ddd"
  if (codeAt(text, end) === 46 && isAsciiDigit(codeAt(text, end + 1))) end = digitsEnd(text, end + 2); // ".d+"
  return end;
}

/** End of the ASCII letters from `start`, or -1 when they run into a non-ASCII character (maybe a letter). */
function asciiWordEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  return end < text.length && text.charCodeAt(end) > 0x7f ? -1 : end;
}

/** Whether text[start, end) holds an ASCII capital letter. */
function hasAsciiCapital(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

function pushToken(tokens: Token[], pool: TokenPool | undefined, kind: Token['kind'], tokenText: string, lower: string, start: number, end: number): void {
  tokens.push(pool === undefined ? { kind, text: tokenText, lower, start, end } : pool.take(kind, tokenText, lower, start, end));
}

/**
 * An ASCII token, whose lower case is its own text unless it holds a capital: most tokens
 * are, and `toLowerCase` on each was a tenth of the tokenizer.
 */
function pushAsciiToken(tokens: Token[], pool: TokenPool | undefined, text: string, kind: Token['kind'], start: number, end: number): void {
  const tokenText = text.slice(start, end);
  const lower = kind === 'word' && hasAsciiCapital(text, start, end) ? tokenText.toLowerCase() : tokenText;
  pushToken(tokens, pool, kind, tokenText, lower, start, end);
}

/**
 * Split text into number, word and punctuation tokens with their spans. With `pool`, the token
 * objects are the pool's (valid until it restarts); without, fresh ones the caller may keep.
 */
export function tokenize(text: string, pool?: TokenPool): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const wordEnd = isAsciiLetter(code) ? asciiWordEnd(text, i) : -1;
    if (isAsciiSpace(code)) {
      i++;
    } else if (isAsciiDigit(code)) {
      const end = numberEnd(text, i);
      pushAsciiToken(tokens, pool, text, 'num', i, end);
      i = end;
    } else if (wordEnd !== -1) {
      pushAsciiToken(tokens, pool, text, 'word', i, wordEnd);
      i = wordEnd;
    } else if (code <= 0x7f && !isAsciiLetter(code)) {
      pushAsciiToken(tokens, pool, text, 'punct', i, i + 1);
      i++;
    } else {
      TOKEN_AT.lastIndex = i;
      const m = TOKEN_AT.exec(text);
      if (m === null) {
        i++; // white space outside ASCII (no-break space, ideographic space...): one code unit each
        continue;
      }
      const kind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'punct';
      pushToken(tokens, pool, kind, m[0], m[0].toLowerCase(), i, i + m[0].length);
      i += m[0].length;
    }
  }
  return tokens;
}
