const ACRONYM = /^\p{Lu}{2,6}$/u;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'for', '&']);

/** Whether a name is written as an acronym ("CSTO", "ANA"). */
export function isAcronym(name: string): boolean {
  return ACRONYM.test(name.trim());
}

/** Splits a name into the words its initials are taken from. */
const WORD_GAP = /[\s\-\u2010\u2011]+/;
const HAS_WORD_GAP = /[\s\-\u2010\u2011]/;

/**
 * False for a name with no gap between words: initialsOf gives it none
 * (one word), and the test is cheaper than splitting every name of a feed.
 */
export function mayHaveInitials(name: string): boolean {
  return HAS_WORD_GAP.test(name);
}

/** Upper-case initials of a multi-word name, small words skipped: "Collective Security Treaty Organization" -> "CSTO". */
export function initialsOf(name: string): string {
  const words = name.split(WORD_GAP).filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return '';
  return words.map((w) => w[0]!.toUpperCase()).join('');
}
