import { doubleMetaphone } from '../internal/nlp';
import { boundedMemo } from '../internal/bounded-memo';
import { consonantSkeleton, foldCase, looseKey, phoneticKey } from './name-key';

/** One word of a name, with the keys the matcher compares. */
export interface PreparedToken {
  /** Folded spelling: lower-case, no diacritics, no apostrophes. */
  norm: string;
  key: string;
  /** `key` with non-initial h, kh and glide y dropped, vowel runs merged (Bahrain = Baharain). */
  loose: string;
  /** Double Metaphone codes, computed on first use. */
  dm(): readonly [string, string];
}

export interface PreparedName {
  tokens: PreparedToken[];
  /** Per token: true when it begins a word of its own, false inside a hyphenated compound ("Afghan" in "Tajik-Afghan"). */
  startsWord: boolean[];
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

/** Double Metaphone codes per word: names of a feed share their surnames, and the codes are slow to compute. */
const metaphoneOf = boundedMemo(doubleMetaphone);

function prepareToken(norm: string): PreparedToken {
  return {
    norm,
    key: phoneticKey(norm),
    loose: looseKey(norm),
    dm: () => metaphoneOf(norm),
  };
}

/** The comparable words of a name with whether each begins a whitespace-separated word; particles and linking vowels dropped. */
function nameParts(name: string): { word: string; startsWord: boolean }[] {
  const parts = foldCase(name)
    .split(/\s+/)
    .flatMap((chunk) => {
      const pieces = chunk.split(SEPARATORS).map((p) => p.replace(NON_WORD, '')).filter(Boolean);
      // A linking vowel links only inside a compound (Qala-e-Naw); a lone letter is an initial (Note E).
      const dropped = (p: string, i: number) => PARTICLES.has(p) || (LINKING_VOWELS.has(p) && i > 0 && i < pieces.length - 1);
      // The word begins at its first piece that is not a particle: "Assad" in "al-Assad".
      const head = pieces.findIndex((p, i) => !dropped(p, i));
      return pieces.map((word, i) => ({ word: SON_OF.has(word) ? 'bin' : word, startsWord: i === Math.max(0, head), dropped: dropped(word, i) }));
    });
  const words = parts.filter((p) => !p.dropped);
  // A name made only of particles ("Al") is still a name.
  return (words.length > 0 ? words : parts).map(({ word, startsWord }) => ({ word, startsWord }));
}

/** The comparable words of a name, particles and linking vowels dropped. */
export function nameWords(name: string): string[] {
  return nameParts(name).map((p) => p.word);
}

export function prepareName(name: string): PreparedName {
  const parts = typeof name === 'string' ? nameParts(name) : [];
  const words = parts.map((p) => p.word);
  return { tokens: words.map(prepareToken), startsWord: parts.map((p) => p.startsWord), joinedKey: phoneticKey(words.join('')) };
}

/** Keys under which a name is filed so only names that can match are compared. */
export function blockingKeys(name: PreparedName): string[] {
  const last = name.tokens[name.tokens.length - 1];
  if (!last) return [];
  const [dm1, dm2] = last.dm();
  // The loose key is filed without an initial y before e, so Yevgeny meets Evgeny.
  const loose = looseKey(last.norm.replace(/^y(?=e)/, ''));
  const keys = [`s:${consonantSkeleton(last.key)}`, `j:${consonantSkeleton(name.joinedKey)}`, `l:${consonantSkeleton(loose)}`];
  if (dm1) keys.push(`m:${dm1}`);
  if (dm2 && dm2 !== dm1) keys.push(`m:${dm2}`);
  return keys;
}
