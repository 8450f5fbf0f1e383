/** Words of a text for shingling: letters and digits, lower-cased, so "4,000" keeps its numbers. */
const WORD = /[\p{L}\p{N}]+/gu;

/** Width of a shingle in words: long enough that shared 5-grams mean copied prose, not shared phrases. */
export const SHINGLE_WIDTH = 5;

/** The words shingles are made of, in order; none for a text that is not a string. */
export function shingleWords(text: string): string[] {
  return typeof text === 'string' ? (text.toLowerCase().match(WORD) ?? []) : [];
}

/**
 * The set of word n-gram shingles of a text. A text shorter than one
 * shingle yields its few words as a single shingle, so short items can
 * still match exactly; an empty text yields none.
 */
export function shingles(text: string, width: number = SHINGLE_WIDTH): Set<string> {
  const words = shingleWords(text);
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length < width) {
    out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + width <= words.length; i += 1) out.add(words.slice(i, i + width).join(' '));
  return out;
}
