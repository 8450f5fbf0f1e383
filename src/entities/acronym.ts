const ACRONYM = /^\p{Lu}{2,6}$/u;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'for', '&']);

/** Whether a name is written as an acronym ("CSTO", "ANA"). */
export function isAcronym(name: string): boolean {
  return ACRONYM.test(name.trim());
}

/** Upper-case initials of a multi-word name, small words skipped: "Collective Security Treaty Organization" -> "CSTO". */
export function initialsOf(name: string): string {
  const words = name.split(/[\s\-\u2010\u2011]+/).filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return '';
  return words.map((w) => w[0]!.toUpperCase()).join('');
}
