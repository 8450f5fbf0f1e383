import type { Token } from '../types';

/*
 * One pass, one alternation at the top level (no nested quantifiers), so the
 * scan is linear. Numbers keep their thousands separators and decimals
 * ("1,250", "3.5"); everything that is not a number, a letter run or space is
 * a one-code-point punctuation token (emoji and lone surrogates included).
 */
const TOKEN = /(\d+(?:,\d{3})*(?:\.\d+)?)|([\p{L}\p{M}]+)|\s+|(\S)/gu;

/** Split text into number, word and punctuation tokens with their spans. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const kind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : m[3] !== undefined ? 'punct' : undefined;
    if (kind === undefined) continue;
    tokens.push({ kind, text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return tokens;
}
