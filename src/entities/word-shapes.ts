import type { TokenTable } from './token-table';

/**
 * A quick "certainly not in the set" test for lower-case words, asked before
 * the set itself: it files words by length and first letter, by length and
 * last letter, and by first and last letter (32 x 32 bits each), so most words
 * of a text are ruled out without cutting out their lower case or hashing a
 * string ("said" has the length and first letter of "supt", and the length and
 * last letter of "lord", but no role starts with s and ends with d). A set bit
 * only means "may be"; the caller then asks the set.
 */
export class WordShapes {
  // Plain arrays: a typed array costs more to make than this saves.
  private readonly bits: number[] = new Array<number>(32).fill(0);
  private readonly lastBits: number[] = new Array<number>(32).fill(0);
  private readonly endBits: number[] = new Array<number>(32).fill(0);

  /** The shapes of a fixed word list (a lexicon), made once. */
  static of(words: Iterable<string>): WordShapes {
    const shapes = new WordShapes();
    for (const word of words) shapes.add(word);
    return shapes;
  }

  add(word: string): void {
    const at = slot(word.length);
    this.bits[at] = this.bits[at]! | bit(word.charCodeAt(0));
    this.lastBits[at] = this.lastBits[at]! | bit(word.charCodeAt(word.length - 1));
    const first = word.charCodeAt(0) & 31;
    this.endBits[first] = this.endBits[first]! | bit(word.charCodeAt(word.length - 1));
  }

  /** Forgets every word added, so one filter serves text after text. */
  clear(): void {
    this.bits.fill(0);
    this.lastBits.fill(0);
    this.endBits.fill(0);
  }

  /** Whether the lower case of word i may be held; an ASCII word is answered without making its lower case. */
  mayHoldToken(tokens: TokenTable, i: number): boolean {
    // ASCII lower-casing keeps the length, and A and a share their code mod 32.
    if (tokens.ascii(i)) return this.mayHoldAsciiAt(tokens.source, tokens.start(i), tokens.end(i));
    const lower = tokens.lower(i);
    return this.mayHoldShape(lower.length, lower.charCodeAt(0), lower.charCodeAt(lower.length - 1));
  }

  /** Whether the lower case of the ASCII word text[start, end) may be held, read in place. */
  mayHoldAsciiAt(text: string, start: number, end: number): boolean {
    return this.mayHoldShape(end - start, text.charCodeAt(start), text.charCodeAt(end - 1));
  }

  private mayHoldShape(length: number, firstCode: number, lastCode: number): boolean {
    const at = slot(length);
    return (
      (this.bits[at]! & bit(firstCode)) !== 0 &&
      (this.lastBits[at]! & bit(lastCode)) !== 0 &&
      (this.endBits[firstCode & 31]! & bit(lastCode)) !== 0
    );
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
