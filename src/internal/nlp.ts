/**
 * The only file that touches `natural`. We deep-import single modules because
 * loading the package root pulls in database clients, costs ~0.5 s and ~150 MB, and
 * its dotenv prints to stdout (which would corrupt JSON output). Default
 * imports, because the ESM build cannot take named imports from CommonJS.
 */
import DoubleMetaphone from 'natural/lib/natural/phonetics/double_metaphone.js';
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import SentenceTokenizer from 'natural/lib/natural/tokenizers/sentence_tokenizer.js';

const metaphone = new DoubleMetaphone();

/** Double Metaphone codes [primary, alternate] of one word. */
export function doubleMetaphone(word: string): [string, string] {
  if (!/[a-z]/i.test(word)) return ['', ''];
  return metaphone.process(word);
}

/** Jaro-Winkler similarity in [0, 1] (1 = identical). */
export function jaroWinklerSimilarity(a: string, b: string): number {
  return jaroWinkler(a, b, { ignoreCase: true });
}

/**
 * Longest word handed to the Porter stemmer. natural's stemmer tests the word
 * with regexes that backtrack polynomially on long runs (a 20,000-character
 * "a---...---b" took 14 s); no English word is this long, so longer ones are
 * kept as they are.
 */
export const MAX_STEM_LENGTH = 60;

/** Porter stem of one lower-case word (a word longer than MAX_STEM_LENGTH is only lower-cased). */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  return lower.length > MAX_STEM_LENGTH ? lower : porter.stem(lower);
}

let naturalSentenceTokenizer: { tokenize(text: string): string[] } | undefined;

/** natural's own sentence tokenizer, built on first use: kept for side-by-side benchmarks. */
export function naturalSentences(text: string): string[] {
  naturalSentenceTokenizer ??= new SentenceTokenizer();
  return naturalSentenceTokenizer.tokenize(text);
}
