import type { Claim } from '../types';
import { stem } from '../internal/nlp';
import { CLUSTER_STOPWORDS } from './stopwords';
import { IRREGULAR_LEMMAS } from './irregular-lemmas';

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

/** Lemma of one lower-case word: irregular table first, then Porter. */
function lemma(word: string): string {
  return IRREGULAR_LEMMAS[word] ?? stem(word);
}

/** Content-word lemmas of a text, numbers and function words left out. */
export function contentLemmas(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0].replace(/['’]s$/, '').replace(/['’-]+$/, '');
    if (word.length < 2 || CLUSTER_STOPWORDS.has(word)) continue;
    out.push(lemma(word));
  }
  return out;
}

/**
 * The terms two claims are compared on: content lemmas, canonical entity ids
 * (so spelling variants meet), and the unit + subject of each figure, never
 * its value (so that differing figures about one thing still cluster).
 */
export function claimTerms(claim: Claim): string[] {
  const terms = new Set<string>(contentLemmas(claim.text));
  for (const id of claim.entities) terms.add(`e:${id}`);
  for (const q of claim.quantities) {
    if (q.unit === 'date') continue;
    terms.add(`q:${q.unit}:${q.subject ?? ''}`);
  }
  return [...terms].sort();
}
