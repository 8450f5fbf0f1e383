/**
 * A quick "certainly not an opener" test, asked for every word of an article
 * before the opener set itself: it files words by length and first letter
 * (32 x 32 bits), so most words are ruled out without hashing a string.
 * A set bit only means "may be"; the caller then asks the set.
 */
export class OpenerFilter {
  // A plain array: a typed array costs more to make than this saves, once per article.
  private readonly bits: number[] = new Array<number>(32).fill(0);

  add(word: string): void {
    const at = slot(word);
    this.bits[at] = this.bits[at]! | bit(word);
  }

  mayHold(word: string): boolean {
    return (this.bits[slot(word)]! & bit(word)) !== 0;
  }
}

/** Word length, with lengths of 31 and more sharing one slot. */
function slot(word: string): number {
  return Math.min(word.length, 31);
}

/** One bit from the first code unit: a-z each get their own (their codes mod 32 differ). */
function bit(word: string): number {
  return 1 << (word.charCodeAt(0) & 31);
}
