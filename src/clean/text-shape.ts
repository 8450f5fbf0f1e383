/** Small readings of a line's shape shared by the boilerplate rules. */

// Sentence punctuation, possibly followed by closing quotes or brackets.
const FINAL_MARKS = '.!?…:;';
const CLOSERS = '"\'”’»)]';
const LOWER_START = /^["'“‘(]?\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Short words left lower-case inside a title ("Bolsters Border as Rebel Troops"). */
const TITLE_SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as',
  'vs', 'vs.', 'into', 'over', 'per', 'via', 'than', 'after', 'amid', 'is', 'are',
]);

/** True when the line ends in sentence punctuation, closing quotes or brackets aside. */
export function endsWithSentencePunctuation(line: string): boolean {
  // Read back from the end: a regex anchored only at `$` would be tried from every position of the line.
  let end = line.length;
  while (end > 0 && CLOSERS.includes(line[end - 1] as string)) end--;
  return end > 0 && FINAL_MARKS.includes(line[end - 1] as string);
}

export function startsLowercase(line: string): boolean {
  return LOWER_START.test(line);
}

export function hasLetterOrDigit(line: string): boolean {
  // Most lines open with an ASCII letter or digit: answered without the pattern.
  const code = line.charCodeAt(0);
  const lower = code | 0x20;
  if ((lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39)) return true;
  return LETTER_OR_DIGIT.test(line);
}

export function words(line: string): string[] {
  return line.split(/\s+/u).filter((w) => w.length > 0);
}

/** True when every word but short function words starts with a capital or digit. */
export function isTitleCase(line: string): boolean {
  const all = words(line);
  let capitalised = 0;
  for (const word of all) {
    const bare = word.replace(/^["'“‘(]+/u, '');
    if (/^[\p{Lu}\p{N}]/u.test(bare)) capitalised++;
    else if (!TITLE_SMALL_WORDS.has(bare.toLowerCase())) return false;
  }
  return capitalised >= 1 && capitalised * 2 >= all.length;
}

/** A short line with no sentence punctuation: heading, tag or teaser headline. */
export function isHeadingLike(line: string, maxWords = 16): boolean {
  return !endsWithSentencePunctuation(line) && words(line).length <= maxWords;
}
