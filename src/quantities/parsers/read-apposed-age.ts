import type { Token } from '../types';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../tables/calendar';
import { isCapitalized, isPlainInteger, isPunct, numberValue } from '../tokens/token-helpers';

const MAX_AGE = 120;

/** Nouns for one person that an age may follow in apposition ("the driver, 41, was"). */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'boy', 'girl', 'citizen', 'national', 'resident', 'driver', 'suspect', 'mother', 'father',
  'son', 'daughter', 'wife', 'husband', 'worker', 'teacher', 'student', 'officer', 'operator', 'victim', 'pensioner',
]);

/**
 * "Maria Lind, 52, said": a figure set off by commas right after a name, or
 * a noun for one person ("a crane operator, 43,"), is the person's age, no
 * amount ("In March, 52, ..." is a date's, not a name's).
 */
export function readApposedAge(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  // Closed by a comma, or by the end of a claim cut before its relative clause ("a citizen, 38[, who ...]").
  const closed = isPunct(tokens[i + 1], ',') || tokens[i + 1] === undefined;
  if (!isPlainInteger(t) || !isPunct(tokens[i - 1], ',') || !closed) return undefined;
  const name = tokens[i - 2];
  // "an Ecuadorian citizen, 38, was held": a person's noun instead of a name.
  if (name?.kind === 'word' && PERSON_NOUNS.has(name.lower)) return ageEnd(t!, i);
  if (!isCapitalized(name) || name!.text === name!.text.toUpperCase()) return undefined;
  if (MONTH_NAMES.has(name!.lower) || WEEKDAY_NAMES.has(name!.lower)) return undefined;
  return ageEnd(t!, i);
}

/** The end of an age at token i: a whole number a person can be. */
function ageEnd(t: Token, i: number): number | undefined {
  const age = numberValue(t);
  return age >= 1 && age <= MAX_AGE ? i + 1 : undefined;
}
