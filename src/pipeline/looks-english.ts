import { isAsciiLetter } from '../internal/ascii';

/** Words so common in English prose that a page of English without them is not English. */
const ENGLISH_MARKERS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'that', 'for', 'on', 'with', 'said', 'as', 'by', 'at', 'from', 'it', 'are', 'were',
]);

/** Below this many words a text is too short to judge. */
const MIN_WORDS = 12;
/** English news prose runs at 25–40% marker words; other languages written in Latin letters stay under 5%. */
const MIN_MARKER_SHARE = 0.08;
/** MIN_MARKER_SHARE as a fraction, for the early stop's exact integer test. */
const MIN_MARKER_SHARE_NUMERATOR = 2;
const MIN_MARKER_SHARE_DENOMINATOR = 25;

const LETTER = /\p{L}/u;

/** Each ASCII letter's lower-case code, 0 for every other ASCII code. */
const ASCII_LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (isAsciiLetter(c)) ASCII_LOWER[c] = c | 32;

/** The one character whose lower case is longer than it ('İ' -> 'i̇'), so more words may follow than characters / 2. */
const DOTTED_CAPITAL_I = '\u0130';

/** Words as numbers, five bits a lower-case ASCII letter: long enough for the longest marker (all are a–z). */
const MAX_KEYED = Math.max(...[...ENGLISH_MARKERS].map((w) => w.length));
const wordKey = (key: number, lowerCode: number): number => key * 32 + (lowerCode - 96);
const MARKER_KEYS: ReadonlySet<number> = new Set(
  [...ENGLISH_MARKERS].map((w) => [...w].reduce((key, ch) => wordKey(key, ch.charCodeAt(0)), 0)),
);

/**
 * The marker keys placed at key % length, the length the smallest that gives
 * each its own place: one array read per word instead of a Set look-up.
 */
const MARKER_TABLE: Int32Array = (() => {
  for (let size = MARKER_KEYS.size; ; size++) {
    const table = new Int32Array(size);
    let placed = 0;
    for (const key of MARKER_KEYS) {
      if (table[key % size] !== 0) break;
      table[key % size] = key;
      placed += 1;
    }
    if (placed === MARKER_KEYS.size) return table;
  }
})();

/** Whether a word's key (never 0: a word has a letter) is a marker's. */
const isMarkerKey = (key: number): boolean => MARKER_TABLE[key % MARKER_TABLE.length] === key;

/**
 * Whether `markers` out of at most `words` already reach the share: in
 * integers, 25 * markers >= 2 * words is markers / words >= 0.08 exactly, and
 * a quotient at or above 2/25 rounds to at or above the double 0.08.
 */
const surelyEnough = (markers: number, words: number): boolean => markers * MIN_MARKER_SHARE_DENOMINATOR >= words * MIN_MARKER_SHARE_NUMERATOR;

/** The verdict from counts, as `looksEnglish` gives it. */
function verdict(words: number, markers: number): boolean | undefined {
  if (words < MIN_WORDS) return undefined;
  return markers / words >= MIN_MARKER_SHARE;
}

/**
 * The plain reading, for text with letters outside ASCII (lower-casing such
 * text may change its letter runs). Exported for the test that holds the fast
 * pass to it.
 */
export function countWordsSlowly(text: string): boolean | undefined {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return verdict(words.length, words.filter((w) => ENGLISH_MARKERS.has(w)).length);
}

/** Whether a non-ASCII code unit is neither a letter nor changed by lower-casing, so it only separates words. */
function isNeutral(text: string, i: number, c: number): boolean {
  // No-break space and the General Punctuation block (curly quotes, dashes): the common cases.
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x206f)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  const ch = text[i]!;
  return !LETTER.test(ch) && ch.toLowerCase() === ch;
}

/**
 * Whether a text reads as English: enough of its words are the commonest
 * English function words. Scripts other than Latin have none of them.
 * Undefined when the text is too short to say.
 */
export function looksEnglish(text: string): boolean | undefined {
  return looksEnglishJoined([text]);
}

/**
 * `looksEnglish` of the texts joined by spaces, without joining them.
 *
 * One pass over the characters with no string per word (this runs on every
 * article); text with letters beyond ASCII takes the plain reading. The pass
 * stops as soon as the answer is sure to be yes: when the markers seen would
 * pass even if the rest held as many words as it could, so the verdict is the
 * same. Words are a character apart, so n characters hold at most (n + 1) / 2
 * of them; lower-casing keeps a text's length, except that a dotted capital I
 * becomes two characters, "i" and a combining dot, so with one of those in
 * the text any character left may be a word.
 */
export function looksEnglishJoined(texts: readonly string[]): boolean | undefined {
  // Characters not yet read, counting a space after each text (one more than
  // the join has: an over-count only delays the stop).
  let left = texts.length;
  let dottedI = false;
  for (const text of texts) {
    left += text.length;
    // Free on text held one byte a character, which cannot hold it.
    if (!dottedI && text.includes(DOTTED_CAPITAL_I)) dottedI = true;
  }
  let words = 0;
  let markers = 0;
  let length = 0;
  let key = 0;
  for (const text of texts) {
    const n = text.length;
    // The text's end is read as the space the join puts after it.
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      const lower = c < 128 ? ASCII_LOWER[c]! : 0;
      if (lower !== 0) {
        length += 1;
        if (length <= MAX_KEYED) key = wordKey(key, lower);
        continue;
      }
      if (c >= 128 && !isNeutral(text, i, c)) return countWordsSlowly(texts.join(' '));
      if (length > 0) {
        words += 1;
        if (length <= MAX_KEYED && isMarkerKey(key)) {
          markers += 1;
          // `left` still counts from this text's start: left - i - 1 characters follow this one.
          if (words >= MIN_WORDS && surelyEnough(markers, words + (dottedI ? left - i - 1 : (left - i) >> 1))) return true;
        }
        length = 0;
        key = 0;
      }
    }
    // Once per text, not per character: the per-character count was most of the loop's cost.
    left -= n + 1;
  }
  return verdict(words, markers);
}
