import { STOP_WORDS } from './lexicon/stop-words';

/**
 * Lower-case word endings after a hyphen that make an adjective of a name
 * ("Kabul-based", "Taliban-run", "Soviet-era"), beside any ending in -ed,
 * -ing or -ly that is long enough to be one.
 */
const ADJECTIVE_TAILS: ReadonlySet<string> = new Set([
  'run', 'led', 'held', 'born', 'made', 'built', 'bound', 'won', 'hit', 'style', 'era', 'wide', 'type', 'like',
  'area', 'side', 'zone', 'only', 'free', 'proof', 'centric', 'specific', 'heavy', 'rich', 'member', 'majority', 'minority',
]);

/** Longest syllable either side of the hyphen of a romanised given name ("Hsien-loong", "Suk-yeol"). */
const MAX_SYLLABLE = 5;

function isAdjectiveTail(tail: string): boolean {
  // A stop word is no syllable of a name: the number words among them make "Forty-two" a number.
  if (ADJECTIVE_TAILS.has(tail) || STOP_WORDS.has(tail)) return true;
  return (tail.length >= 4 && tail.endsWith('ed')) || (tail.length >= 6 && tail.endsWith('ing')) || (tail.length >= 5 && tail.endsWith('ly'));
}

/**
 * Whether `head-tail` is a romanised two-syllable given name, whose
 * lower-case second syllable belongs to the name: "Sun Yat-sen", "Tsai
 * Ing-wen", "Yoon Suk-yeol", "Lee Hsien-loong". Both syllables are short and
 * the tail is no adjective ending nor stop word (numbers among them).
 */
export function isGivenNameSyllables(head: string, tail: string): boolean {
  return head.length <= MAX_SYLLABLE && tail.length <= MAX_SYLLABLE && !isAdjectiveTail(tail);
}
