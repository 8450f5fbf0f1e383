import { stem } from '../internal/nlp';
import { boundedMemo } from '../internal/bounded-memo';
import { CATEGORY_WORDS } from '../quantities/tables/subject-categories';
import { CLUSTER_STOPWORDS } from './stopwords';
import { IRREGULAR_LEMMAS } from './irregular-lemmas';

/** One pattern object, run with exec from lastIndex 0: matchAll would clone it for every text. */
const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

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
  const direct = CATEGORY_WORDS[word] ?? IRREGULAR_LEMMAS[word];
  return direct ?? CATEGORY_WORDS[stem(word)] ?? stem(word);
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
 * (too short, a function word). Cached on the spelling: most words of a feed
 * recur, and this skips lower-casing and the look-ups for them. Bounded like
 * the lemma cache.
 */
const spelledLemma = boundedMemo(readSpelledLemma, LEMMA_CACHE_SIZE);

function readSpelledLemma(raw: string): string | null {
  const word = normalWord(raw);
  return word.length < 2 || CLUSTER_STOPWORDS.has(word) ? null : lemma(word);
}

/** Calls `visit` with each content word of a text, in order: its lemma and offsets. */
export function forEachContentWord(text: string, visit: (lemma: string, start: number, end: number) => void): void {
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const found = spelledLemma(match[0]);
    if (found !== null) visit(found, match.index, match.index + match[0].length);
  }
}

/** Content-word lemmas of a text with their offsets, numbers and function words left out. */
export function contentWords(text: string): ContentWord[] {
  const out: ContentWord[] = [];
  forEachContentWord(text, (lemma, start, end) => out.push({ lemma, start, end }));
  return out;
}

/** Content-word lemmas of a text. */
export function contentLemmas(text: string): string[] {
  return contentWords(text).map((w) => w.lemma);
}
