import levenshtein from 'fast-levenshtein';
import { jaroWinklerSimilarity } from '../internal/nlp';
import { areConfusable, chiFold, isVowelClass, looseKey, nasalFold, phoneticKey } from './name-key';
import type { PreparedToken } from './prepare-name';

/**
 * How well two name words match: `exact` (same letters), `strong` (same
 * name in another romanisation), `weak` (one confusable consonant or a
 * dropped ending: trusted only beside a strongly matching word), `none`.
 */
export type TokenMatch = 'exact' | 'strong' | 'weak' | 'none';

/** Index of the only position where two equal-length strings differ, or -1. */
function singleDifference(a: string, b: string): number {
  if (a.length !== b.length) return -1;
  let at = -1;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

/** The last vowel group of a folded word ("mohammed" -> "e"). */
function lastVowels(norm: string): string {
  const isVowel = (ch: string | undefined): boolean => ch !== undefined && 'aeiouy'.includes(ch);
  let end = norm.length;
  while (end > 0 && !isVowel(norm[end - 1])) end -= 1;
  let start = end;
  while (start > 0 && isVowel(norm[start - 1])) start -= 1;
  return norm.slice(start, end);
}

/**
 * Mohammad/Mohammed, Ahmad/Ahmed: only the last vowel differs, written a
 * against e, before a final consonant. a against i is a different name (Hamad/Hamid).
 */
function finalVowelSwap(a: PreparedToken, b: PreparedToken): boolean {
  const at = singleDifference(a.key, b.key);
  if (at < 0 || Math.min(a.norm.length, b.norm.length) < 5) return false;
  const rest = a.key.slice(at + 1);
  if (rest.length === 0 || [...rest].some(isVowelClass)) return false;
  const pair = [lastVowels(a.norm), lastVowels(b.norm)].sort().join('');
  return pair === 'ae';
}

/** Long words one typo apart that also sound alike (Levenshtein, Jaro-Winkler, Double Metaphone agree). */
function typoVariant(a: PreparedToken, b: PreparedToken): boolean {
  if (Math.min(a.norm.length, b.norm.length) < 8) return false;
  if (a.norm[0] !== b.norm[0] || a.norm.at(-1) !== b.norm.at(-1)) return false;
  if (levenshtein.get(a.norm, b.norm) > 1 || jaroWinklerSimilarity(a.norm, b.norm) < 0.92) return false;
  const [a1, a2] = a.dm();
  const [b1, b2] = b.dm();
  return a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2;
}

/** One confusable consonant swapped (Zamir/Samir, Gaddafi/Kadhafi). */
function confusableSwap(a: PreparedToken, b: PreparedToken): boolean {
  const at = singleDifference(a.key, b.key);
  if (at < 0) return false;
  const x = a.key[at]!;
  const y = b.key[at]!;
  return !isVowelClass(x) && !isVowelClass(y) && areConfusable(x, y) && Math.min(a.norm.length, b.norm.length) >= 5;
}

/** Qala/Qalat, Fatima/Fatimat: a final t after a vowel (the Arabic feminine ending). */
function feminineEnding(a: PreparedToken, b: PreparedToken): boolean {
  const [s, l] = a.key.length < b.key.length ? [a.key, b.key] : [b.key, a.key];
  return l === `${s}t` && isVowelClass(s.at(-1)) && s.length >= 3;
}

/** Shahabuddin/Shahabddin: one inner vowel dropped from a long word. */
function innerVowelDropped(a: PreparedToken, b: PreparedToken): boolean {
  if (Math.min(a.norm.length, b.norm.length) < 7) return false;
  const [s, l] = a.key.length < b.key.length ? [a.key, b.key] : [b.key, a.key];
  if (l.length !== s.length + 1) return false;
  for (let i = 1; i < l.length - 1; i += 1) {
    if (isVowelClass(l[i]) && l.slice(0, i) + l.slice(i + 1) === s) return true;
  }
  return false;
}

/**
 * Stensrud/Stenrud, Bernstein/Berstein: the middle consonant of three
 * dropped in a long word, a common slip in a surname.
 * Weak: a given name must match beside it.
 */
function clusterConsonantDropped(a: PreparedToken, b: PreparedToken): boolean {
  const [s, l] = a.norm.length < b.norm.length ? [a.norm, b.norm] : [b.norm, a.norm];
  if (l.length !== s.length + 1 || s.length < 6) return false;
  let at = 0;
  while (at < s.length && s[at] === l[at]) at += 1;
  // Not the first or last letter, and the rest must be equal.
  if (at === 0 || at >= s.length || l.slice(at + 1) !== s.slice(at)) return false;
  // The middle of three consonants: "Andrews"/"Andres" are two names, not a slip.
  return isConsonant(l[at - 1]) && isConsonant(l[at]) && isConsonant(l[at + 1]);
}

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z' && !'aeiouy'.includes(ch);
}

/** Bahrain/Baharain, Basayev/Basaev: equal once an inner h, kh or glide y is dropped. */
function looseVariant(a: PreparedToken, b: PreparedToken): boolean {
  return a.loose === b.loose && Math.min(a.norm.length, b.norm.length) >= 5;
}

/** Yevgeny/Evgeny, Yelena/Elena: Cyrillic initial e written ye or e. Igor/Yegor stay apart: the other must start with e. */
function iotatedInitialE(a: PreparedToken, b: PreparedToken): boolean {
  const [y, e] = a.norm.startsWith('ye') ? [a, b] : [b, a];
  if (!y.norm.startsWith('ye') || !e.norm.startsWith('e')) return false;
  const rest = y.norm.slice(1);
  return rest === e.norm || phoneticKey(rest) === e.key || looseKey(rest) === e.loose;
}

/**
 * Abdullah/Abdallah: one vowel class differs in an inner syllable of a long
 * word. The first and last vowels carry the name (Hamid/Hamad, Jamal/Jamil).
 */
function innerVowelSwap(a: PreparedToken, b: PreparedToken): boolean {
  if (Math.min(a.norm.length, b.norm.length) < 7) return false;
  const at = singleDifference(a.key, b.key);
  if (at < 0 || !isVowelClass(a.key[at]) || !isVowelClass(b.key[at])) return false;
  const before = [...a.key.slice(0, at)].some(isVowelClass);
  const after = [...a.key.slice(at + 1)].some(isVowelClass);
  return before && after;
}

/** Dabrowski/Dombrowski: a Polish nasal vowel written plain in one, with m or n in the other (see nasalFold). */
function nasalVowelWritten(a: PreparedToken, b: PreparedToken): boolean {
  return Math.min(a.norm.length, b.norm.length) >= 6 && nasalFold(a.norm) === nasalFold(b.norm);
}

/** Hatzidakis/Chatzidakis: a Greek chi written h in one, ch or kh in the other (see chiFold). */
function chiWritten(a: PreparedToken, b: PreparedToken): boolean {
  return Math.min(a.norm.length, b.norm.length) >= 6 && chiFold(a.norm) === chiFold(b.norm);
}

export function matchTokens(a: PreparedToken, b: PreparedToken): TokenMatch {
  if (a.norm === b.norm) return 'exact';
  if (a.key === b.key || finalVowelSwap(a, b) || typoVariant(a, b)) return 'strong';
  if (looseVariant(a, b) || iotatedInitialE(a, b)) return 'strong';
  if (confusableSwap(a, b) || feminineEnding(a, b) || innerVowelDropped(a, b) || innerVowelSwap(a, b) || clusterConsonantDropped(a, b)
    || nasalVowelWritten(a, b) || chiWritten(a, b)) return 'weak';
  return 'none';
}
