import { ADJECTIVAL_CATEGORY_WORDS, CATEGORY_PHRASES, CATEGORY_WORDS, PEOPLE_CATEGORIES, STATE_CATEGORY_WORDS } from '../tables/subject-categories';
import { singularize } from './singularize';
import { peopleNounCategory } from './people-noun';

const KNOWN = new Set([...Object.values(CATEGORY_WORDS), ...PEOPLE_CATEGORIES]);

/** Canonical category of one lower-case noun, when the table knows it. */
export function knownCategory(word: string): string | undefined {
  const direct = CATEGORY_WORDS[word] ?? STATE_CATEGORY_WORDS[word];
  if (direct !== undefined) return direct;
  // Singularised once: this runs for every word of a noun phrase.
  const singular = singularize(word);
  return CATEGORY_WORDS[singular] ?? (PEOPLE_CATEGORIES.has(singular) ? singular : peopleNounCategory(singular));
}

/** Canonical category of two lower-case words read together ("security personnel"). */
export function knownPhraseCategory(first: string, second: string): string | undefined {
  return CATEGORY_PHRASES[`${first} ${second}`];
}

export function isAdjectivalCategoryWord(word: string): boolean {
  return ADJECTIVAL_CATEGORY_WORDS.has(word);
}

/** Canonical subject of a noun the table may not know: its category, else its singular. */
export function canonicalSubject(word: string): string {
  return knownCategory(word) ?? singularize(word);
}

// A people noun the table does not list ("fisherman") is known, and counts people, by its suffix.
function isKnownPart(part: string): boolean {
  return KNOWN.has(part) || peopleNounCategory(part) !== undefined;
}

function isPeoplePart(part: string): boolean {
  return PEOPLE_CATEGORIES.has(part) || peopleNounCategory(part) !== undefined;
}

/** True when every part of a ("+"-joined) subject is a known category. */
export function isKnownSubject(subject: string | undefined): boolean {
  if (subject === undefined) return false;
  // One subject, the common case, without splitting ("person+child" is a coordinated one).
  return subject.includes('+') ? subject.split('+').every(isKnownPart) : isKnownPart(subject);
}

/** True when every part of a ("+"-joined) subject counts people. */
export function isPeopleSubject(subject: string | undefined): boolean {
  if (subject === undefined) return false;
  return subject.includes('+') ? subject.split('+').every(isPeoplePart) : isPeoplePart(subject);
}
