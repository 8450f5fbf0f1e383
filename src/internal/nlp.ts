/**
 * The only file that touches `natural`. We deep-import single modules because
 * `require('natural')` loads database clients, costs ~0.5 s and ~150 MB, and
 * its dotenv prints to stdout (which would corrupt JSON output).
 */
/* eslint-disable @typescript-eslint/no-require-imports */

type DoubleMetaphoneCtor = new () => { process(word: string): [string, string] };
type JaroWinkler = (a: string, b: string, options?: { ignoreCase?: boolean }) => number;
type Stemmer = { stem(word: string): string };

// eslint-disable-next-line @typescript-eslint/no-var-requires
const DoubleMetaphone: DoubleMetaphoneCtor = require('natural/lib/natural/phonetics/double_metaphone.js');
const jaroWinkler: JaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js');
const porter: Stemmer = require('natural/lib/natural/stemmers/porter_stemmer.js');

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

/** Porter stem of one lower-case word. */
export function stem(word: string): string {
  return porter.stem(word.toLowerCase());
}

type SentenceTokenizerCtor = new (abbreviations?: string[]) => { tokenize(text: string): string[] };
let naturalSentenceTokenizer: { tokenize(text: string): string[] } | undefined;

/** natural's own sentence tokenizer, loaded on first use: kept for side-by-side benchmarks. */
export function naturalSentences(text: string): string[] {
  if (!naturalSentenceTokenizer) {
    const SentenceTokenizer: SentenceTokenizerCtor = require('natural/lib/natural/tokenizers/sentence_tokenizer.js');
    naturalSentenceTokenizer = new SentenceTokenizer();
  }
  return naturalSentenceTokenizer.tokenize(text);
}
