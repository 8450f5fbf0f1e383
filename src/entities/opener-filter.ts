import type { TokenTable } from './token-table';

/**
 * A quick "certainly not an opener" test, asked for every word of an article
 * before the opener set itself: it files words by length and first letter,
 * and by length and last letter (32 x 32 bits each), so most words are ruled
 * out without hashing a string. The last letter halves the words let through
 * by the first alone, each of which costs a lower case and a set look-up.
 * A set bit only means "may be"; the caller then asks the set.
 */
export class OpenerFilter {
  // A plain array: a typed array costs more to make than this saves, once per article.
  private readonly bits: number[] = new Array<number>(32).fill(0);
  private readonly lastBits: number[] = new Array<number>(32).fill(0);

  add(word: string): void {
    const at = slot(word.length);
    this.bits[at] = this.bits[at]! | bit(word.charCodeAt(0));
    this.lastBits[at] = this.lastBits[at]! | bit(word.charCodeAt(word.length - 1));
  }

  /** Whether the lower case of word i may be held; an ASCII word is answered without making its lower case. */
  mayHoldToken(tokens: TokenTable, i: number): boolean {
    // ASCII lower-casing keeps the length, and A and a share their code mod 32.
    if (tokens.ascii(i)) return this.mayHoldShape(tokens.length(i), tokens.firstCode(i), tokens.lastCode(i));
    const lower = tokens.lower(i);
    return this.mayHoldShape(lower.length, lower.charCodeAt(0), lower.charCodeAt(lower.length - 1));
  }

  private mayHoldShape(length: number, firstCode: number, lastCode: number): boolean {
    const at = slot(length);
    return (this.bits[at]! & bit(firstCode)) !== 0 && (this.lastBits[at]! & bit(lastCode)) !== 0;
  }
}

/** Word length, with lengths of 31 and more sharing one slot. */
function slot(length: number): number {
  return Math.min(length, 31);
}

/** One bit from a code unit: a-z each get their own (their codes mod 32 differ). */
function bit(code: number): number {
  return 1 << (code & 31);
}
