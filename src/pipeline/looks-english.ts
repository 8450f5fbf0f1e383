/** Words so common in English prose that a page of English without them is not English. */
const ENGLISH_MARKERS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'that', 'for', 'on', 'with', 'said', 'as', 'by', 'at', 'from', 'it', 'are', 'were',
]);

/** Below this many words a text is too short to judge. */
const MIN_WORDS = 12;
/** English news prose runs at 25–40% marker words; other languages written in Latin letters stay under 5%. */
const MIN_MARKER_SHARE = 0.08;

const LETTER = /\p{L}/u;

/** Words as numbers, five bits a lower-case ASCII letter: long enough for the longest marker (all are a–z). */
const MAX_KEYED = Math.max(...[...ENGLISH_MARKERS].map((w) => w.length));
const wordKey = (key: number, lowerCode: number): number => key * 32 + (lowerCode - 96);
const MARKER_KEYS: ReadonlySet<number> = new Set(
  [...ENGLISH_MARKERS].map((w) => [...w].reduce((key, ch) => wordKey(key, ch.charCodeAt(0)), 0)),
);

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
 *
 * One pass over the characters with no string per word (this runs on every
 * article); text with letters beyond ASCII takes the plain reading.
 */
export function looksEnglish(text: string): boolean | undefined {
  let words = 0;
  let markers = 0;
  let length = 0;
  let key = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if (lower >= 97 && lower <= 122) {
      length += 1;
      if (length <= MAX_KEYED) key = wordKey(key, lower);
      continue;
    }
    if (c >= 128 && !isNeutral(text, i, c)) return countWordsSlowly(text);
    if (length > 0) {
      words += 1;
      if (length <= MAX_KEYED && MARKER_KEYS.has(key)) markers += 1;
      length = 0;
      key = 0;
    }
  }
  return verdict(words, markers);
}
