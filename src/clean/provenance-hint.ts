/**
 * One scan of a line for the words any reprint notice (find-origin) or
 * material credit (find-wire-credits) holds. Nearly every line has none, and
 * one scan for both is cheaper than a scan for each; the few lines that pass
 * are read again by the exact patterns.
 */

// The union of ORIGIN_OPENING's words and CREDIT_HINT's words. Under /iu like ORIGIN_OPENING
// ("ſ" matches "s" there), so this passes every line either of them passes.
const PROVENANCE_WORDS = /originally |first |republished|reprinted|reproduced|re-published|contributed|reporting|information|material|content|details/iu;

// The last line read and its answer: the origin and the credit readers ask about the same line.
let lastLine = '';
let lastAnswer = false;

/** False when the line cannot name an origin or credit material. */
export function mayNameProvenance(line: string): boolean {
  if (line !== lastLine) {
    lastAnswer = PROVENANCE_WORDS.test(line);
    lastLine = line;
  }
  return lastAnswer;
}
