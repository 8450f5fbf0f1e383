import type { Claim, Quantity } from '../types';
import { claimContent, type ClaimContent } from '../cluster/claim-content';
import { memoOf } from '../cluster/claim-memo';
import { sortedDistinct } from '../cluster/sorted-distinct';
import { lowerBound } from '../internal/lower-bound';
import { claimOwnText } from '../claims/claim-own-text';
import { wordRanges } from './word-ranges';

/** Words on each side of a figure that say what it is about ("fled into", "border with"). */
export const FIGURE_WINDOW_WORDS = 15;

/**
 * Every word of a claim as [start, end), claim-relative, in order: read once
 * per claim rather than once per figure, since a long claim with many figures
 * otherwise costs figures x words.
 */
function claimWords(claim: Claim): readonly (readonly [number, number])[] {
  const memo = memoOf(claim);
  // Own text: a discontinuous claim's nested clause is another claim's words.
  if (!memo.words) memo.words = wordRanges(claimOwnText(claim));
  return memo.words;
}

/** Content words of a claim's own text, claim-relative offsets, in order (read once per claim). */
export function claimContentWords(claim: Claim): Readonly<ClaimContent> {
  return claimContent(claim);
}

/** Character range (claim-relative) covering the figure and up to `window` words each side. */
function windowAround(words: readonly (readonly [number, number])[], length: number, start: number, end: number, window: number): [number, number] {
  // Words do not overlap, so their ends are in order too.
  const beforeCount = lowerBound(words, start + 1, (w) => w[1]);
  const firstAfter = lowerBound(words, end, (w) => w[0]);
  const afterCount = words.length - firstAfter;
  const from = beforeCount > window ? words[beforeCount - window][0] : 0;
  const to = afterCount > window ? words[firstAfter + window - 1][1] : length;
  return [from, to];
}

/**
 * What a figure is about, as terms: content lemmas near it, the claim's
 * entity ids, and its subject. Two outlets' figures for one fact share these even when the
 * claims around them carry other facts too.
 */
export function figureContext(claim: Claim, q: Quantity, idByMention: (name: string) => string | undefined): string[] {
  const qStart = q.span.start - claim.span.start;
  const qEnd = q.span.end - claim.span.start;
  const words = claimWords(claim);
  const content = claimContent(claim);
  const [from, to] = windowAround(words, claim.text.length, qStart, qEnd, FIGURE_WINDOW_WORDS);
  const terms: string[] = [];
  const { lemmas, starts, ends, inMention } = content;
  for (let i = lowerBound(starts, from, (start) => start); i < lemmas.length && starts[i] < to; i++) {
    if (ends[i] > to || (starts[i] >= qStart && ends[i] <= qEnd)) continue;
    if (!inMention[i]) terms.push(lemmas[i]);
  }
  // Names anywhere in the claim: who and where a figure is about is often said far from it.
  for (const m of claim.mentions) {
    const id = idByMention(m.name);
    if (id) terms.push(`e:${id}`);
  }
  if (q.subject) for (const part of q.subject.split('+')) terms.push(`s:${part}`);
  return sortedDistinct(terms);
}
