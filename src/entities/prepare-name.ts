import { doubleMetaphone } from '../internal/nlp';
import { boundedMemo } from '../internal/bounded-memo';
import { chiFold, consonantSkeleton, foldCase, looseKey, nasalFold, phoneticKey } from './name-key';

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
/** Legal forms written after a company's name (Veltrom AG, Ashcombe Engineering plc, Meghna Structural Works Ltd). */
const LEGAL_FORMS = new Set(['ag', 'plc', 'ltd', 'limited', 'inc', 'incorporated', 'corp', 'gmbh', 'llc', 'llp', 'nv', 'bv', 'spa', 'sa', 'sarl', 'pty', 'pte', 'bhd', 'oyj', 'asa']);
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

interface NamePart {
  word: string;
  startsWord: boolean;
}

/** Pieces of one whitespace-separated chunk: split at hyphens, dots and the like, other non-letters removed. */
function chunkPieces(chunk: string): string[] {
  const pieces: string[] = [];
  for (const p of chunk.split(SEPARATORS)) {
    const piece = p.replace(NON_WORD, '');
    if (piece) pieces.push(piece);
  }
  return pieces;
}

/** A particle anywhere, or a linking vowel inside a compound (Qala-e-Naw); a lone letter is an initial (Note E). */
function isDropped(pieces: readonly string[], i: number): boolean {
  const p = pieces[i]!;
  return PARTICLES.has(p) || (LINKING_VOWELS.has(p) && i > 0 && i < pieces.length - 1);
}

/** The comparable words of a name with whether each begins a whitespace-separated word; particles and linking vowels dropped. */
function nameParts(name: string): NamePart[] {
  const kept: NamePart[] = [];
  const all: NamePart[] = [];
  for (const chunk of foldCase(name).split(/\s+/)) {
    const pieces = chunkPieces(chunk);
    // The word begins at its first piece that is not a particle: "Assad" in "al-Assad".
    // (When every piece is one, the first piece begins it.)
    let head = 0;
    while (head < pieces.length && isDropped(pieces, head)) head += 1;
    if (head === pieces.length) head = 0;
    for (let i = 0; i < pieces.length; i += 1) {
      const word = SON_OF.has(pieces[i]!) ? 'bin' : pieces[i]!;
      const part = { word, startsWord: i === head };
      all.push(part);
      if (!isDropped(pieces, i)) kept.push(part);
    }
  }
  // A company's legal form is no part of its name: "Veltrom AG" is "Veltrom".
  if (kept.length >= 2 && LEGAL_FORMS.has(kept[kept.length - 1]!.word)) kept.pop();
  // A name made only of particles ("Al") is still a name.
  return kept.length > 0 ? kept : all;
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

/** Runs of three or more consonants cut to their ends: "stensrud" and "stenrud" both file as "stenrud". */
function clustersCut(norm: string): string {
  return norm.replace(/([b-df-hj-np-tv-xz])[b-df-hj-np-tv-xz]+([b-df-hj-np-tv-xz])/g, '$1$2');
}

/** Keys under which a name is filed so only names that can match are compared. */
export function blockingKeys(name: PreparedName): string[] {
  const last = name.tokens[name.tokens.length - 1];
  if (!last) return [];
  const [dm1, dm2] = last.dm();
  // The loose key is filed without an initial y before e, so Yevgeny meets Evgeny.
  const loose = looseKey(last.norm.replace(/^y(?=e)/, ''));
  const keys = [
    `s:${consonantSkeleton(last.key)}`, `j:${consonantSkeleton(name.joinedKey)}`, `l:${consonantSkeleton(loose)}`,
    `r:${clustersCut(last.norm)}`, `n:${nasalFold(last.norm)}`,
  ];
  // Only a word with an h can be a chi spelling: others need no such key.
  if (last.norm.includes('h')) keys.push(`h:${chiFold(last.norm)}`);
  if (dm1) keys.push(`m:${dm1}`);
  if (dm2 && dm2 !== dm1) keys.push(`m:${dm2}`);
  return keys;
}
