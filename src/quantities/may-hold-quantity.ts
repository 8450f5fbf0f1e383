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
import { buildAsciiWordTrie } from './tables/ascii-word-trie';
import { buildQuickCheckAutomaton } from './quick-check-automaton';
import { isAsciiDigit } from '../internal/ascii';
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

// Characters the quick pass cannot judge: any but ASCII, the no-break space and the General
// Punctuation block (curly quotes, dashes, thin spaces: none is a letter, digit, mark or symbol, and
// none changes case). Currency symbols other than "$" are among them, so `fullCheck` sees those.
const isUnjudged = (code: number): boolean => code > 0x7f && code !== 0xa0 && (code < 0x2000 || code > 0x206f);

/** 1 at the code of each currency symbol of one ASCII character ("$"); the others hold an unjudged character. */
const ASCII_SYMBOLS = new Uint8Array(128);
for (const s of SYMBOLS) if (s.length === 1 && s.charCodeAt(0) <= 0x7f) ASCII_SYMBOLS[s.charCodeAt(0)] = 1;
if (SYMBOLS.some((s) => s.length > 1 && ![...s].some((ch) => isUnjudged(ch.charCodeAt(0))))) {
  throw new Error('mayHoldQuantity: a currency symbol of several ASCII characters needs its own check');
}

const TRIGGER_TRIE = buildAsciiWordTrie([...TRIGGER_WORDS].filter((w) => /^[a-z]+$/.test(w)));
const { step: STEP, accept: ACCEPT, ends: ENDS } = buildQuickCheckAutomaton(
  TRIGGER_TRIE,
  (code) => isAsciiDigit(code) || ASCII_SYMBOLS[code] === 1,
);

/**
 * False when the text cannot hold a quantity: no digit, no currency symbol and none of the trigger
 * words. Most sentences of an article hold none, and the quantity parsers try every token, so this
 * check spares them.
 *
 * One pass of the automaton (quick-check-automaton.ts) over the char codes for what `fullCheck`
 * answers, with no regex and no strings built: an ASCII digit or currency symbol, or a trigger
 * word in ASCII letters followed by a judged character, says yes; the first unjudged character
 * hands the text to `fullCheck`. In text of ASCII and neutral punctuation, an ASCII letter run is
 * a whole letter run, so the answers agree.
 */
export function mayHoldQuantity(text: string): boolean {
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code > 0x7f) {
      // Before an unjudged character a run may go on as a longer letter run: the fall-back decides.
      if (isUnjudged(code)) return fullCheck(text);
      code = 0x20; // the other characters end a run as a space does
    }
    state = STEP[(state << 7) | code];
    if (state === ACCEPT) return true;
  }
  return ENDS[state] === 1;
}
