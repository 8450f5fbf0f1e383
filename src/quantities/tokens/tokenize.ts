import type { Token } from '../types';

/*
 * One pass, one alternation at the top level (no nested quantifiers), so the
 * scan is linear. Numbers keep their thousands separators and decimals
 * ("1,250", "3.5"); everything that is not a number, a letter run or space is
 * a one-code-point punctuation token (emoji and lone surrogates included).
 * Space matches no alternative, so the search steps over it without a match.
 */
const TOKEN = /(\d+(?:,\d{3})*(?:\.\d+)?)|([\p{L}\p{M}]+)|(\S)/gu;

/** Split text into number, word and punctuation tokens with their spans. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    const kind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'punct';
    tokens.push({ kind, text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return tokens;
}
