import { stem } from '../internal/nlp';
import { boundedMemo } from '../internal/bounded-memo';
import { CATEGORY_WORDS } from '../quantities/tables/subject-categories';
import { CLUSTER_STOPWORDS } from './stopwords';
import { IRREGULAR_LEMMAS } from './irregular-lemmas';
import { SpellingTable } from '../internal/spelling-table';

/** A content word of a text: its lemma and where it stands. */
export interface ContentWord {
  lemma: string;
  start: number;
  end: number;
}

/** Words whose lemma is remembered: a feed repeats a small vocabulary, and Porter is the slow part. */
const LEMMA_CACHE_SIZE = 50_000;

/**
 * Lemma of one lower-case word: a counted-subject category first (troops,
 * servicemen and soldiers are one thing to an editor), then irregular forms,
 * then Porter.
 */
export const lemma = boundedMemo(readLemma, LEMMA_CACHE_SIZE);

function readLemma(word: string): string {
  const direct = CATEGORY_WORDS[word] ?? IRREGULAR_LEMMAS[word] ?? compoundTail(word);
  return direct ?? CATEGORY_WORDS[stem(word)] ?? stem(word);
}

/** Compounds of a people noun: "dockworkers" and "steelworker" are workers, "townspeople" people. */
const COMPOUND_TAILS: readonly (readonly [string, string])[] = [['workers', 'worker'], ['worker', 'worker'], ['people', 'people'], ['person', 'person']];

/** The category word a compound ends in, as the table names it, for words longer than the tail alone. */
function compoundTail(word: string): string | undefined {
  for (const [tail, category] of COMPOUND_TAILS) {
    if (word.length > tail.length + 2 && word.endsWith(tail)) return CATEGORY_WORDS[category] ?? lemma(category);
  }
  return undefined;
}

const TRAILING_MARKS = new Set(["'", '’', '-']);

/**
 * A word as it is compared: lower case, possessive and trailing marks dropped.
 * The trailing marks are trimmed by a loop, not /['’-]+$/, which is quadratic
 * on a long run of hyphens inside a word.
 */
export function normalWord(raw: string): string {
  const word = raw.toLowerCase().replace(/['’]s$/, '');
  let end = word.length;
  while (end > 0 && TRAILING_MARKS.has(word[end - 1])) end--;
  return word.slice(0, end);
}

/**
 * Lemma of a word exactly as the text spells it, or null for one left out
 * (too short, a function word). Kept by spelling: most words of a feed
 * recur, and this skips lower-casing and the look-ups for them. Bounded like
 * the lemma cache.
 */
const spelledLemmas = new SpellingTable<string | null>(readSpelledLemma, LEMMA_CACHE_SIZE, null);

/** Month names that are common words when written lower-case: a protest "march". */
const LOWER_CASE_WORDS: ReadonlySet<string> = new Set(['march']);

function readSpelledLemma(raw: string): string | null {
  const word = normalWord(raw);
  if (word.length < 2) return null;
  if (CLUSTER_STOPWORDS.has(word) && !(LOWER_CASE_WORDS.has(word) && raw[0] === word[0])) return null;
  return lemma(word);
}

/*
 * What a character is to the word pattern /[\p{L}][\p{L}\p{M}'’-]* /u: a
 * word starts with a letter and goes on through letters, marks and the
 * joiners ' ’ -. Read by code unit from a table, not by a regex, so that
 * scanning a text makes no match object nor substring per word. Kept in this
 * file with the scan: a call to another module costs a getter under tsx.
 */
const OTHER = 1;
const LETTER = 2;
/** A mark or a joiner: goes on a word, never starts one. */
const CONTINUES = 3;

const LETTER_PATTERN = /^\p{L}$/u;
const CONTINUES_PATTERN = /^[\p{M}'’-]$/u;

function classify(char: string): number {
  if (LETTER_PATTERN.test(char)) return LETTER;
  return CONTINUES_PATTERN.test(char) ? CONTINUES : OTHER;
}

/** Class of each code unit outside the surrogates, filled as first met (0: not yet known). */
const unitClass = new Uint8Array(0x10000);

/** Class of the character at `at`, whose first code unit is `unit`; a surrogate pair is read whole. */
function classAt(text: string, at: number, unit: number): number {
  if (unit < 0xd800 || unit > 0xdfff) {
    const known = unitClass[unit];
    return known !== 0 ? known : (unitClass[unit] = classify(String.fromCharCode(unit)));
  }
  const low = at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
  if (unit <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) return classify(String.fromCodePoint(text.codePointAt(at) as number));
  // A lone surrogate is no letter, mark nor joiner.
  return OTHER;
}

/** FNV-1a over a word's code units, the hash its spelling is kept under. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Content words as parallel arrays: word k is lemmas[k] at [starts[k], ends[k]). */
export interface ContentWordLists {
  lemmas: string[];
  starts: number[];
  ends: number[];
}

/**
 * Writes each content word of a text into `into` from index 0, in order,
 * and returns how many there are. A word is what /[\p{L}][\p{L}\p{M}'’-]* /u
 * matches. Arrays, not a callback per word: a feed's claims hold hundreds of
 * thousands of words. The arrays are written over, never cut short, so one
 * set of scratch arrays serves every text: the caller copies out each text's
 * words at their exact length (arrays grown by push hold room for 17).
 */
export function readContentWords(text: string, into: ContentWordLists): number {
  const { lemmas, starts, ends } = into;
  const length = text.length;
  let count = 0;
  let at = 0;
  while (at < length) {
    const unit = text.charCodeAt(at);
    const kind = classAt(text, at, unit);
    // A surrogate classed as anything but OTHER is the first half of a pair.
    const width = unit >= 0xd800 && kind !== OTHER && unit <= 0xdbff ? 2 : 1;
    if (kind !== LETTER) {
      at += width;
      continue;
    }
    const start = at;
    let hash = Math.imul(FNV_OFFSET ^ unit, FNV_PRIME);
    if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(at + 1), FNV_PRIME);
    at += width;
    while (at < length) {
      const next = text.charCodeAt(at);
      if (classAt(text, at, next) === OTHER) break;
      hash = Math.imul(hash ^ next, FNV_PRIME);
      if (next >= 0xd800 && next <= 0xdbff) hash = Math.imul(hash ^ text.charCodeAt(++at), FNV_PRIME);
      at++;
    }
    const found = spelledLemmas.get(text, start, at, hash);
    if (found === null) continue;
    lemmas[count] = found;
    starts[count] = start;
    ends[count++] = at;
  }
  return count;
}

/** Content-word lemmas of a text with their offsets, numbers and function words left out. */
export function contentWords(text: string): ContentWord[] {
  const words: ContentWordLists = { lemmas: [], starts: [], ends: [] };
  // Fresh arrays: they hold exactly the text's words.
  readContentWords(text, words);
  return words.lemmas.map((lemma, k) => ({ lemma, start: words.starts[k], end: words.ends[k] }));
}

/** Content-word lemmas of a text. */
export function contentLemmas(text: string): string[] {
  return contentWords(text).map((w) => w.lemma);
}
