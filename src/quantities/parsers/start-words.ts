import { FRACTION_NUMERATORS, SMALL_NUMBERS, TENS } from '../tables/number-words';
import { CURRENCY_PREFIXES } from '../tables/units';
import { DOLLAR_SIGN_PREFIXES } from '../tables/currencies';
import { VAGUE_COMPOUNDS, VAGUE_MULTIPLIERS, VAGUE_PLURALS } from '../tables/vague-amounts';
import { MONTH_NAMES, PERIOD_PARTS, WEEKDAY_NAMES } from '../tables/calendar';

/*
 * The lower-case words each parser's readings can start with. Keep in step with the readers:
 * a word left out here is never read as the start of a reading (see start-flags.ts).
 */

const firstWords = (table: Readonly<Record<string, unknown>>): string[] => Object.keys(table).map((phrase) => phrase.split(' ')[0]!);

/** `readMonthAt`: the month names and abbreviations, and the period parts ("mid-August"). */
export const MONTH_STARTS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...PERIOD_PARTS]);

/** `readWeekdayAt`: the day names, the period parts and "last". */
export const WEEKDAY_STARTS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...PERIOD_PARTS, 'last']);

/** The number parser, by the reader that starts there; written currency codes ("usd") too. */
export const AMOUNT_WORD_STARTS: ReadonlySet<string> = new Set([
  'between', // readQuantityAt: "between 300 and 400"
  ...Object.keys(DOLLAR_SIGN_PREFIXES), // readCurrencyPrefix: "US$", "A$", "HK$"
  'a', 'an', 'half', // readNumberWords ("a dozen", "half a million"), readArticleUnit, readHalf
  ...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS), // readNumberWords, readOneIn
  ...Object.keys(FRACTION_NUMERATORS), // readWordFraction
  ...Object.keys(VAGUE_PLURALS), ...firstWords(VAGUE_COMPOUNDS), ...firstWords(VAGUE_MULTIPLIERS), // readVagueAmount
  ...Object.keys(CURRENCY_PREFIXES), // readCurrencyPrefix: "USD 300"
]);

/** Currency symbols ("$", "€"), as `readCurrencyPrefix` reads a punctuation token. */
export const AMOUNT_SYMBOL_STARTS: ReadonlySet<string> = new Set(Object.keys(CURRENCY_PREFIXES));
