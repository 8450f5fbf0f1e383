import { stem } from '../internal/nlp';
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

/**
 * Lemma of one lower-case word: a counted-subject category first (troops,
 * servicemen and soldiers are one thing to an editor), then irregular forms,
 * then Porter.
 */
export function lemma(word: string): string {
  const known = lemmaCache.get(word);
  if (known !== undefined) return known;
  const direct = CATEGORY_WORDS[word] ?? IRREGULAR_LEMMAS[word];
  const result = direct ?? CATEGORY_WORDS[stem(word)] ?? stem(word);
  // A feed repeats a small vocabulary; Porter is the slow part. Bounded, so a
  // hostile text of unique words cannot grow it without end.
  if (lemmaCache.size >= LEMMA_CACHE_SIZE) lemmaCache.clear();
  lemmaCache.set(word, result);
  return result;
}

const LEMMA_CACHE_SIZE = 50_000;
const lemmaCache = new Map<string, string>();

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
function spelledLemma(raw: string): string | null {
  const known = spelledCache.get(raw);
  if (known !== undefined) return known;
  const word = normalWord(raw);
  const result = word.length < 2 || CLUSTER_STOPWORDS.has(word) ? null : lemma(word);
  if (spelledCache.size >= LEMMA_CACHE_SIZE) spelledCache.clear();
  spelledCache.set(raw, result);
  return result;
}

const spelledCache = new Map<string, string | null>();

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
