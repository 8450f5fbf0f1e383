/** Words so common in English prose that a page of English without them is not English. */
const ENGLISH_MARKERS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'that', 'for', 'on', 'with', 'said', 'as', 'by', 'at', 'from', 'it', 'are', 'were',
]);

/** Below this many words a text is too short to judge. */
const MIN_WORDS = 12;
/** English news prose runs at 25–40% marker words; other languages written in Latin letters stay under 5%. */
const MIN_MARKER_SHARE = 0.08;

/**
 * Whether a text reads as English: enough of its words are the commonest
 * English function words. Scripts other than Latin have none of them.
 * Undefined when the text is too short to say.
 */
export function looksEnglish(text: string): boolean | undefined {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  const markers = words.filter((w) => ENGLISH_MARKERS.has(w)).length;
  return markers / words.length >= MIN_MARKER_SHARE;
}
