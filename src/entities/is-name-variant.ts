import { alignedMatch, matchWithExtraMiddle } from './align-names';
import { prepareName, type PreparedName } from './prepare-name';

export { isPartialName } from './is-partial-name';

/** Shortest joined key trusted on its own ("Abdulrashid" = "Abdul Rashid"). */
const JOINED_MIN_LENGTH = 6;

/** `isNameVariant` on names already prepared (grouping prepares each name once). */
export function preparedVariant(a: PreparedName, b: PreparedName): boolean {
  const x = a.tokens;
  const y = b.tokens;
  if (x.length === 0 || y.length === 0) return false;
  if (x.length === y.length) return alignedMatch(x, y);
  if (a.joinedKey === b.joinedKey && a.joinedKey.length >= JOINED_MIN_LENGTH) return true;
  return x.length > y.length ? matchWithExtraMiddle(x, y) : matchWithExtraMiddle(y, x);
}

/**
 * True when two strings spell the same name: another romanisation
 * (Mohamed/Muhamad, Gaddafi/Qaddafi), doubled letters, al-/el- particles,
 * hyphenation, or one extra middle name. Look-alikes that differ in a vowel
 * class or a non-confusable consonant (Iran/Iraq, Hassan/Hussein, John/Jane
 * Smith) stay apart. Never throws.
 */
export function isNameVariant(a: string, b: string): boolean {
  return preparedVariant(prepareName(a), prepareName(b));
}
