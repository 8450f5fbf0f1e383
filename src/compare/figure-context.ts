import type { Claim, Quantity } from '../types';
import { claimContent, type ClaimContent } from '../cluster/claim-content';
import { sortedDistinct } from '../cluster/sorted-distinct';
import { entityTerm } from '../cluster/entity-term';
import { lowerBound } from '../internal/lower-bound';
import { claimOwnText } from '../claims/claim-own-text';
import { wordBounds, type WordBounds } from './word-ranges';
import { contextTerm } from './context-synonyms';

/** Words on each side of a figure that say what it is about ("fled into", "border with"). */
export const FIGURE_WINDOW_WORDS = 15;

/**
 * What the figures of one claim read from it, once for all of them: a long
 * claim with many figures otherwise costs figures x words.
 */
export interface ClaimReading {
  claim: Claim;
  /** Every word of the claim's own text (a discontinuous claim's nested clause is another claim's words), claim-relative. */
  words: WordBounds;
  /** Its names as `e:` terms, distinct: who and where a figure is about is often said far from it. */
  entityTerms: string[];
  /** Its content words, looked up once here rather than in the memo table for every figure. */
  content: Readonly<ClaimContent>;
}

/**
 * A claim read for its figures' contexts (see figureContext). `entityTermOf`
 * gives a name's `e:` term (or nothing): a caller reading many claims can
 * make each name's term once, not once per mention.
 */
export function readClaim(claim: Claim, entityTermOf: (name: string) => string | undefined): ClaimReading {
  const entityTerms: string[] = [];
  for (const m of claim.mentions) {
    const term = entityTermOf(m.name);
    if (term) entityTerms.push(term);
  }
  return { claim, words: wordBounds(claimOwnText(claim)), entityTerms: sortedDistinct(entityTerms), content: claimContent(claim) };
}

/** `e:` terms of names by entity id (a name without one stands for itself, lower-cased), each made once per table. */
export function entityTermTable(idByName?: Readonly<Record<string, string>>): (name: string) => string | undefined {
  // '' stands for "no term" (an empty id), so a hit is told from a miss by the map alone.
  const terms = new Map<string, string>();
  return (name) => {
    let term = terms.get(name);
    if (term === undefined) {
      const id = idByName?.[name] ?? name.toLowerCase();
      terms.set(name, (term = id ? entityTerm(id) : ''));
    }
    return term || undefined;
  };
}

/** Content words of a claim's own text, claim-relative offsets, in order (read once per claim). */
export function claimContentWords(claim: Claim): Readonly<ClaimContent> {
  return claimContent(claim);
}

/** Character range (claim-relative) covering the figure and up to `window` words each side. */
function windowAround(words: WordBounds, length: number, start: number, end: number, window: number): [number, number] {
  const { starts, ends } = words;
  // Words do not overlap, so their ends are in order too.
  const beforeCount = lowerBound(ends, start + 1, (x) => x);
  const firstAfter = lowerBound(starts, end, (x) => x);
  const afterCount = starts.length - firstAfter;
  const from = beforeCount > window ? starts[beforeCount - window]! : 0;
  const to = afterCount > window ? ends[firstAfter + window - 1]! : length;
  return [from, to];
}

/**
 * What a figure is about, as terms: content lemmas near it, the claim's
 * entity ids, and its subject. Two outlets' figures for one fact share these even when the
 * claims around them carry other facts too.
 */
export function figureContext(reading: ClaimReading, q: Quantity): string[] {
  const { claim } = reading;
  const qStart = q.span.start - claim.span.start;
  const qEnd = q.span.end - claim.span.start;
  const { content } = reading;
  const [from, to] = windowAround(reading.words, claim.text.length, qStart, qEnd, FIGURE_WINDOW_WORDS);
  const terms: string[] = [];
  const { lemmas, starts, ends, inMention } = content;
  for (let i = lowerBound(starts, from, (start) => start); i < lemmas.length && starts[i] < to; i++) {
    if (ends[i] > to || (starts[i] >= qStart && ends[i] <= qEnd) || inMention[i]) continue;
    terms.push(contextTerm(lemmas[i]));
  }
  for (const term of reading.entityTerms) terms.push(term);
  if (q.subject) for (const part of q.subject.split('+')) terms.push(`s:${part}`);
  return sortedDistinct(terms);
}
