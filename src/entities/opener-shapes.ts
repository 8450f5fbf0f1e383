import { COMMON_OPENERS } from './lexicon/opener-words';

/*
 * Shapes of common words that open a sentence and would otherwise be taken
 * for one-word names when a lower-case word follows them. Asked once per
 * distinct sentence opener of a text, not per word.
 */

/**
 * Adjective endings on stems long enough to leave place and personal names
 * alone: "Annual", "Central", "Financial", "National", "Political",
 * "Numerous", "Monetary", "Massive", but not "Nepal", "Senegal", "Montreal",
 * "Hungary", "Calgary" or "Clive".
 */
const ADJECTIVE_SHAPE = /^\p{L}{3,}(?:ual|tral|ial|onal|ical|ous)$|^\p{L}{5,}ary$|^\p{L}{4,}ive$/u;

/**
 * Plurals of nouns for people and things: "Rescuers", "Relatives",
 * "Residents", "Migrants", "Tremors", "Activists". Surnames and places have
 * these endings too ("Sanders", "Algiers"), so the caller asks only about
 * words the text never capitalises mid-sentence. Demonyms ("Americans",
 * "Afghans") end otherwise.
 */
const PLURAL_NOUN_SHAPE = /^\p{L}{3,}(?:ers|ors|ists|ysts|ents|ants|tives)$/u;

/** Whether a lower-cased sentence opener is a common word when a lower-case word follows it, whatever else the text holds. */
export function isCommonOpener(lower: string): boolean {
  return COMMON_OPENERS.has(lower) || ADJECTIVE_SHAPE.test(lower);
}

/** Whether a lower-cased sentence opener has a plural noun's shape (a common word unless the text capitalises it mid-sentence). */
export function isPluralNounShape(lower: string): boolean {
  return PLURAL_NOUN_SHAPE.test(lower);
}
