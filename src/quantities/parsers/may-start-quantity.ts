import type { Token } from '../types';
import { FRACTION_NUMERATORS, SMALL_NUMBERS, TENS } from '../tables/number-words';
import { CURRENCY_PREFIXES } from '../tables/units';
import { VAGUE_COMPOUNDS, VAGUE_MULTIPLIERS, VAGUE_PLURALS } from '../tables/vague-amounts';

const firstWords = (table: Readonly<Record<string, unknown>>): string[] => Object.keys(table).map((phrase) => phrase.split(' ')[0]!);

/**
 * Every word a reading of the number parser can start with, by the reader that starts there.
 * Keep in step with the readers: a word left out here is never read as the start of an amount.
 */
const START_WORDS: ReadonlySet<string> = new Set([
  'between', // readQuantityAt: "between 300 and 400"
  'us', // readCurrencyPrefix: "US$"
  'a', 'an', 'half', // readNumberWords ("a dozen", "half a million"), readArticleUnit, readHalf
  ...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS), // readNumberWords, readOneIn
  ...Object.keys(FRACTION_NUMERATORS), // readWordFraction
  ...Object.keys(VAGUE_PLURALS), ...firstWords(VAGUE_COMPOUNDS), ...firstWords(VAGUE_MULTIPLIERS), // readVagueAmount
]);

/** Start words and written currency codes ("usd"): one look-up per word token. */
const WORD_STARTS: ReadonlySet<string> = new Set([...START_WORDS, ...Object.keys(CURRENCY_PREFIXES)]);
/** Currency symbols ("$", "€"), as `readCurrencyPrefix` reads a punctuation token. */
const SYMBOL_STARTS: ReadonlySet<string> = new Set(Object.keys(CURRENCY_PREFIXES));

/**
 * False when no quantity can start at this token: it is no number, no currency prefix and none
 * of the start words. Most tokens are ordinary words, and the parser tries every reader at each.
 */
export function mayStartQuantity(t: Token): boolean {
  if (t.kind === 'num') return true;
  return t.kind === 'word' ? WORD_STARTS.has(t.lower) : SYMBOL_STARTS.has(t.text);
}
