/** Small readings of a line's shape shared by the boilerplate rules. */

// Sentence punctuation, possibly followed by closing quotes or brackets.
const FINAL_PUNCTUATION = /[.!?…:;]["'”’»)\]]*$/u;
const LOWER_START = /^["'“‘(]?\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Short words left lower-case inside a title ("Bolsters Border as Rebel Troops"). */
const TITLE_SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as',
  'vs', 'vs.', 'into', 'over', 'per', 'via', 'than', 'after', 'amid', 'is', 'are',
]);

export function endsWithSentencePunctuation(line: string): boolean {
  return FINAL_PUNCTUATION.test(line);
}

export function startsLowercase(line: string): boolean {
  return LOWER_START.test(line);
}

export function hasLetterOrDigit(line: string): boolean {
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
