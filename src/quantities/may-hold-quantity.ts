import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from './tables/calendar';
import {
  ARTICLE_AMOUNT_UNITS,
  FRACTION_DENOMINATORS,
  FRACTION_NUMERATORS,
  SCALE_WORDS,
  SMALL_NUMBERS,
  TENS,
} from './tables/number-words';
import { CURRENCY_PREFIXES } from './tables/units';
import { VAGUE_COMPOUNDS, VAGUE_MULTIPLIERS, VAGUE_PLURALS, VAGUE_SCALES } from './tables/vague-amounts';

// Words inside amount phrases that never make one alone ("a few", "tens of thousands").
// Scale abbreviations (bn, k) and currency codes (USD) are left out too: they only ever follow
// or lead a number, written in digits or in words that are triggers themselves.
const LINKING_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'of', 'the']);

/**
 * Every word a quantity can be read from without a digit: number words,
 * fractions, vague amounts, months, weekdays, currency codes, "half". A
 * phrase ("a few hundred") is listed by each of its words; a reading that
 * starts with a common word ("a decade") always holds one of these too.
 */
const TRIGGER_WORDS: ReadonlySet<string> = new Set(
  [
    ...[SMALL_NUMBERS, TENS, SCALE_WORDS, FRACTION_DENOMINATORS, FRACTION_NUMERATORS].flatMap(Object.keys),
    ...[VAGUE_MULTIPLIERS, VAGUE_PLURALS, VAGUE_COMPOUNDS, VAGUE_SCALES].flatMap(Object.keys),
    ...[MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS].flatMap(Object.keys),
    ...ARTICLE_AMOUNT_UNITS,
    'half',
    'dozen',
  ]
    .flatMap((key) => key.toLowerCase().split(/[^\p{L}]+/u))
    .filter((word) => word !== '' && !LINKING_WORDS.has(word)),
);

/** Currency symbols and other non-letter prefixes that lead an amount ("$", "€"). */
const SYMBOLS = Object.keys(CURRENCY_PREFIXES).filter((key) => !/\p{L}/u.test(key));

const WORD = /\p{L}+/gu;

/** The check on any text: a digit, a currency symbol, a trigger word among the letter runs of the lower-cased text. */
function fullCheck(text: string): boolean {
  if (/\p{Nd}/u.test(text)) return true;
  if (SYMBOLS.some((s) => text.includes(s))) return true;
  for (const m of text.toLowerCase().matchAll(WORD)) if (TRIGGER_WORDS.has(m[0])) return true;
  return false;
}

// Characters the quick check cannot judge: any but ASCII, the no-break space and the General
// Punctuation block (curly quotes, dashes, thin spaces: none is a letter, digit, mark or symbol, and
// none changes case).
const UNJUDGED = '[^\\x00-\\x7f\\u00a0\\u2000-\\u206f]';
const escapeRegExp = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
const ASCII_TRIGGERS = [...TRIGGER_WORDS].filter((w) => /^[a-z]+$/.test(w)).sort((a, b) => b.length - a.length);

/**
 * One native pass for what `fullCheck` answers: the first ASCII digit (group 1), trigger word
 * written in ASCII letters between characters that are neither letters nor unjudged (group 2), or
 * else an unjudged character or currency symbol, after which `fullCheck` decides. In text of ASCII
 * and neutral punctuation, a word so bounded is a whole letter run, so the answers agree.
 */
const QUICK = new RegExp(
  [
    '([0-9])',
    `(?<![A-Za-z]|${UNJUDGED})(${ASCII_TRIGGERS.join('|')})(?![A-Za-z]|${UNJUDGED})`,
    UNJUDGED,
    ...SYMBOLS.map(escapeRegExp),
  ].join('|'),
  'i',
);

/**
 * False when the text cannot hold a quantity: no digit, no currency symbol
 * and none of the trigger words. Most sentences of an article hold none, and
 * the quantity parsers try every token, so this check spares them.
 */
export function mayHoldQuantity(text: string): boolean {
  const m = QUICK.exec(text);
  if (m === null) return false;
  return m[1] !== undefined || m[2] !== undefined || fullCheck(text);
}
