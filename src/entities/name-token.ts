import { CALENDAR_NAMES, DATE_ABBREVIATIONS, NAME_PREFIXES, STOP_WORDS } from './lexicon/stop-words';
import { isCurrencyMark } from './currency-mark';
import { isAbbreviation } from './abbreviation';
import { WordScanner } from './word-tokens';
import { WordShapes } from './word-shapes';
import { isGivenNameSyllables } from './given-name-syllables';
import { TokenTable, wordFlags } from './token-table';

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const POSSESSIVE = /['\u2019][sS]$/;
const HYPHENS = /[-\u2010\u2011]/;
const SPACE = /\s/;
/** Lets most capitalised words skip the stop-word look-up, and so the lower case it needs. */
const STOP_SHAPES = WordShapes.of(STOP_WORDS);

function isAcronymText(s: string): boolean {
  return s.length >= 2 && !HAS_LOWER.test(s);
}

/** Whether the word at `start` starts with a capital; ASCII answered without cutting it out (this runs for every word). */
function startsUpperAt(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(text.slice(start, end));
}

/** Whether a lower-cased word ends in a possessive "'s" (what POSSESSIVE tests, without a regular expression). */
function endsPossessive(lower: string): boolean {
  const n = lower.length;
  if (n < 2 || lower.charCodeAt(n - 1) !== 115) return false;
  const c = lower.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/**
 * The capitalised part of a token, or null: handles "al-Assad", "pro-Taliban",
 * "Kabul-based", "Yat-sen". `opensSentence`: a given name's second syllable is
 * kept only inside a sentence, where its family name comes first ("Tsai
 * Ing-wen"); a sentence's first word is more likely a compound ("First-time").
 */
function namePart(text: string, opensSentence: boolean): { from: number; to: number; closes: boolean } | null {
  let to = text.length;
  let closes = false;
  if (POSSESSIVE.test(text) && to > 2) {
    to -= 2;
    closes = true;
  }
  const parts = text.slice(0, to).split(HYPHENS);
  const last = parts[parts.length - 1] ?? '';
  const cutsTail = parts.length > 1 && last.length >= 3 && !UPPER_START.test(last) && !isAcronymText(last);
  const givenName = !opensSentence && parts.length === 2 && UPPER_START.test(parts[0]!) && isGivenNameSyllables(parts[0]!, last.toLowerCase());
  if (cutsTail && !givenName) {
    // "Washington-based", "Taliban-controlled": the name is before the adjective ending ("Yat-sen" is all name).
    to -= last.length + 1;
    closes = true;
  }
  const head = text.slice(0, to);
  if (UPPER_START.test(head)) return { from: 0, to, closes };
  const m = /^(\p{Ll}+)['\u2019\-\u2010\u2011](?=\p{Lu})/u.exec(head);
  if (!m || !m[1]) return null;
  // "al-Assad" keeps its prefix; "pro-Taliban" keeps only "Taliban".
  const from = NAME_PREFIXES.has(m[1]) ? 0 : m[0].length;
  return from < to ? { from, to, closes } : null;
}

/**
 * Whether text[from, to) holds punctuation after which a new sentence (or
 * headline part) begins: . ! ? : ; … — – a line break, or a hyphen with white
 * space either side. Read in place, as most gaps (", ") break nothing.
 */
function hasSentenceBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 10) return true;
    if (c === 0x2026 || c === 0x2014 || c === 0x2013) return true;
    if (c === 45 && k > from && k + 1 < to && SPACE.test(text[k - 1]!) && SPACE.test(text[k + 1]!)) return true;
  }
  return false;
}

/** Whether the gap text[gapStart, start) before word `index` of `tokens` ends a sentence (an abbreviation's full stop does not). */
function startsSentence(tokens: TokenTable, index: number, gapStart: number, start: number): boolean {
  if (index === 0) return true;
  const text = tokens.source;
  if (!hasSentenceBreak(text, gapStart, start)) return false;
  return !(isOnlyDot(text, gapStart, start) && isAbbreviation(tokens, index - 1));
}

/** Whether text[from, to) is one full stop with only white space around it (what `trim() === '.'` tells), read in place. */
function isOnlyDot(text: string, from: number, to: number): boolean {
  let dots = 0;
  for (let k = from; k < to; k += 1) {
    const c = text.charCodeAt(k);
    if (c === 46) dots += 1;
    else if (c !== 32 && !SPACE.test(text[k]!)) return false;
  }
  return dots === 1;
}

/** Whether a capitalised word is a stop word ("The", "However", "Its"), possessive or not. */
function isStopWord(lower: string): boolean {
  return STOP_WORDS.has(lower) || (endsPossessive(lower) && STOP_WORDS.has(lower.slice(0, -2)));
}

/** A full stop, a comma, or a day or year after a month's or weekday's short form: "Jan. 3", "Sat, Jan 3". */
const DATE_MARK_AFTER = /^(?:[.,]|[ \t\u00a0]+\d)/;
/** The word after it, for "Sat Jan 3", "Mon March 4". */
const NEXT_WORD = /^[ \t\u00a0]+(\p{L}+)/u;

/** A day or year right before a month's short form: "12 Oct". */
const DAY_BEFORE = /\d[ \t\u00a0]+$/;

/**
 * isStopWord for the word at [start, end) of `text`: a short form of a month
 * or weekday is a stop word only inside a date (a day before it, or a date
 * going on after it), as it is also a name ("Jan Egeland", "Sun Yat-sen").
 */
function isStopWordAt(lower: string, text: string, start: number, end: number): boolean {
  if (!DATE_ABBREVIATIONS.has(lower)) return isStopWord(lower);
  return DAY_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || dateGoesOn(text.slice(end, end + 12));
}

/** Whether text after a month's or weekday's short form goes on as a date: a mark, a day, or another month or weekday. */
function dateGoesOn(after: string): boolean {
  if (DATE_MARK_AFTER.test(after)) return true;
  const next = NEXT_WORD.exec(after)?.[1]?.toLowerCase();
  return next !== undefined && (DATE_ABBREVIATIONS.has(next) || CALENDAR_NAMES.has(next));
}

/** A stop word with a verb glued on ("I've", "We're", "They'll", "I'd", "I'm"), or any "n't" form ("Don't", "Can't"). */
const STOP_CONTRACTION = /^(\p{L}+)['\u2019](?:ve|re|ll|d|m)$/u;
const NOT_CONTRACTION = /n['\u2019]t$/u;

/**
 * Whether a would-be name with an apostrophe or hyphen is no name: a stop
 * word in a contraction, or a token whose capitalised part is a stop word
 * ("mid-August" is a month, "pre-Monday" a weekday).
 */
function isStopJoined(text: string, start: number, end: number, part: { from: number; to: number }, lower: string): boolean {
  if (NOT_CONTRACTION.test(lower)) return true;
  const contraction = STOP_CONTRACTION.exec(lower);
  if (contraction && STOP_WORDS.has(contraction[1]!)) return true;
  const whole = part.from === 0 && part.to === end - start;
  return !whole && isStopWord(text.slice(start + part.from, start + part.to).toLowerCase());
}

/**
 * Whether the ASCII word text[start, end) is a drop cap glued to the
 * capitalised stop word it begins: "FThe main ...", "AIn the ...", where a
 * page set the first letter apart and a scraper joined it back twice. Two
 * capitals and a lower-case letter, so most words are answered by their
 * second letter; three letters or more after the first ("MPs" stays).
 */
function isDropCapStopWord(text: string, start: number, end: number): boolean {
  if (end - start < 4) return false;
  const second = text.charCodeAt(start + 1);
  const third = text.charCodeAt(start + 2);
  if (second < 65 || second > 90 || third < 97 || third > 122) return false;
  return STOP_WORDS.has(text.slice(start + 1, end).toLowerCase());
}

/**
 * Finds and describes every word of the text for the run builder, into
 * `into` when given (emptied first: a caller reusing one table allocates
 * nothing per word), else into a new table.
 */
export function describeTokens(text: string, into: TokenTable = new TokenTable()): TokenTable {
  const tokens = into;
  tokens.reset(text);
  const words = new WordScanner(text);
  while (words.next()) {
    const { start, end, joined } = words;
    const index = tokens.count;
    const gapStart = tokens.gapStart(index);
    const opens = startsSentence(tokens, index, gapStart, start);
    // A word without an apostrophe or hyphen is a name part, whole, exactly when it starts with a capital.
    const part = joined ? namePart(text.slice(start, end), opens) : null;
    const isName = joined ? part !== null : startsUpperAt(text, start, end);
    // Only a would-be name that may be a stop word needs its lower case now; an ASCII word without an
    // apostrophe can be no possessive, so its shape alone rules most names out.
    const needsLower = isName && (joined || !words.ascii || STOP_SHAPES.mayHoldAsciiAt(text, start, end));
    const lower = needsLower ? text.slice(start, end).toLowerCase() : undefined;
    const capitalised =
      isName &&
      (lower === undefined || (!isStopWordAt(lower, text, start, end) && !(part && isStopJoined(text, start, end, part, lower)))) &&
      !(opens && words.ascii && isDropCapStopWord(text, start, end)) &&
      !isCurrencyMark(text, start, end);
    const flags = wordFlags(capitalised, part !== null && part.closes, opens, words.ascii);
    tokens.push(start, end, part ? start + part.from : start, part ? start + part.to : end, flags, lower);
  }
  return tokens;
}

export { isAcronymText };
