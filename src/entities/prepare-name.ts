import { doubleMetaphone } from '../internal/nlp';
import { consonantSkeleton, foldCase, phoneticKey } from './name-key';

/** One word of a name, with the keys the matcher compares. */
export interface PreparedToken {
  /** Folded spelling: lower-case, no diacritics, no apostrophes. */
  norm: string;
  key: string;
  /** Double Metaphone codes, computed on first use. */
  dm(): readonly [string, string];
}

export interface PreparedName {
  tokens: PreparedToken[];
  /** Key of all words written together: "Abdul Rashid" = "Abdulrashid". */
  joinedKey: string;
}

// Articles and particles that romanisations add or drop: al-Assad = Assad.
const PARTICLES = new Set(['al', 'el', 'ul', 'ud', 'ad', 'ash', 'as', 'ar', 'at', 'az', 'of', 'the', 'and']);
const SON_OF = new Set(['bin', 'ibn', 'ben']);
// Ezafe and linking vowels inside hyphenated names: Qala-e-Naw, Qalat-i-Naw.
const LINKING_VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const NON_WORD = /[^\p{L}\p{N}]/gu;
const SEPARATORS = /[\s\-\u2010\u2011\u2013\u2014_./,]+/;

function prepareToken(norm: string): PreparedToken {
  let codes: readonly [string, string] | undefined;
  return {
    norm,
    key: phoneticKey(norm),
    dm: () => (codes ??= doubleMetaphone(norm)),
  };
}

/** The comparable words of a name, particles and linking vowels dropped. */
export function nameWords(name: string): string[] {
  const parts = foldCase(name)
    .split(SEPARATORS)
    .map((p) => p.replace(NON_WORD, ''))
    .filter(Boolean);
  const words = parts
    .map((p) => (SON_OF.has(p) ? 'bin' : p))
    .filter((p) => !PARTICLES.has(p) && !LINKING_VOWELS.has(p));
  // A name made only of particles ("Al") is still a name.
  return words.length > 0 ? words : parts;
}

export function prepareName(name: string): PreparedName {
  const words = typeof name === 'string' ? nameWords(name) : [];
  return { tokens: words.map(prepareToken), joinedKey: phoneticKey(words.join('')) };
}

/** Keys under which a name is filed so only names that can match are compared. */
export function blockingKeys(name: PreparedName): string[] {
  const last = name.tokens[name.tokens.length - 1];
  if (!last) return [];
  const [dm1, dm2] = last.dm();
  const keys = [`s:${consonantSkeleton(last.key)}`, `j:${consonantSkeleton(name.joinedKey)}`];
  if (dm1) keys.push(`m:${dm1}`);
  if (dm2 && dm2 !== dm1) keys.push(`m:${dm2}`);
  return keys;
}
