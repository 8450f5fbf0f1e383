import type { Claim, EntityMention } from '../types';
import { stem } from '../internal/nlp';
import { CATEGORY_WORDS } from '../quantities/tables/subject-categories';
import { CLUSTER_STOPWORDS } from './stopwords';
import { claimOwnText } from '../claims/claim-own-text';
import { IRREGULAR_LEMMAS } from './irregular-lemmas';

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

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

/** Content-word lemmas of a text with their offsets, numbers and function words left out. */
export function contentWords(text: string): { lemma: string; start: number; end: number }[] {
  const out: { lemma: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = normalWord(match[0]);
    if (word.length < 2 || CLUSTER_STOPWORDS.has(word)) continue;
    out.push({ lemma: lemma(word), start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  }
  return out;
}

/** Content-word lemmas of a text. */
export function contentLemmas(text: string): string[] {
  return contentWords(text).map((w) => w.lemma);
}

/** True when a word (offsets relative to the claim) lies inside one of the claim's name mentions. */
function insideMention(start: number, claimStart: number, mentions: readonly EntityMention[]): boolean {
  const at = claimStart + start;
  return mentions.some((m) => m.span.start <= at && at < m.span.end);
}

/** Terms of each claim object, read once: clustering and comparison both need them, and claims are never mutated. */
const termsCache = new WeakMap<Claim, string[]>();

/**
 * The terms two claims are compared on: content lemmas outside names, canonical
 * entity ids (so spelling variants meet), and the unit + subject of each
 * figure, never its value (so that differing figures about one thing still
 * cluster).
 */
export function claimTerms(claim: Claim): string[] {
  const cached = termsCache.get(claim);
  if (cached) return cached;
  const terms = new Set<string>();
  // Own text: a discontinuous claim's nested clause is another claim's words.
  for (const w of contentWords(claimOwnText(claim))) if (!insideMention(w.start, claim.span.start, claim.mentions)) terms.add(w.lemma);
  for (const id of claim.entities) terms.add(`e:${id}`);
  for (const q of claim.quantities) {
    if (q.unit === 'date') continue;
    terms.add(`q:${q.unit}:${q.subject ?? ''}`);
  }
  const sorted = [...terms].sort();
  termsCache.set(claim, sorted);
  return sorted;
}
