import type { Claim, Quantity } from '../types';
import { contentWords } from '../cluster/claim-terms';
import { lowerBound } from '../internal/lower-bound';
import { claimOwnText } from '../claims/claim-own-text';

/** Words on each side of a figure that say what it is about ("fled into", "border with"). */
export const FIGURE_WINDOW_WORDS = 15;

const ANY_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.,-]*/gu;

interface ClaimWords {
  /** Every word of the claim as [start, end), claim-relative, in order. */
  words: (readonly [number, number])[];
  /** Content words in order, with whether a name mention covers their start. */
  content: { lemma: string; start: number; end: number; inMention: boolean }[];
}

/**
 * Words of a claim, read once per claim rather than once per figure: a long
 * claim with many figures otherwise costs figures x words (x mentions).
 */
const wordsCache = new WeakMap<Claim, ClaimWords>();

function claimWords(claim: Claim): ClaimWords {
  const cached = wordsCache.get(claim);
  if (cached) return cached;
  // Own text: a discontinuous claim's nested clause is another claim's words.
  const own = claimOwnText(claim);
  const words = [...own.matchAll(ANY_WORD)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const mentions = claim.mentions.map((m) => [m.span.start - claim.span.start, m.span.end - claim.span.start] as const).sort((a, b) => a[0] - b[0]);
  // Content words come in order of start: sweep the mentions, keeping the furthest end of those begun.
  let next = 0;
  let reach = -Infinity;
  const content = contentWords(own).map((w) => {
    while (next < mentions.length && mentions[next][0] <= w.start) reach = Math.max(reach, mentions[next++][1]);
    return { lemma: w.lemma, start: w.start, end: w.end, inMention: reach > w.start };
  });
  const result = { words, content };
  wordsCache.set(claim, result);
  return result;
}

/** Content words of a claim's own text, claim-relative offsets, in order (read once per claim). */
export function claimContentWords(claim: Claim): readonly { lemma: string; start: number; end: number }[] {
  return claimWords(claim).content;
}

/** Character range (claim-relative) covering the figure and up to `window` words each side. */
function windowAround(words: ClaimWords['words'], length: number, start: number, end: number, window: number): [number, number] {
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
  const { words, content } = claimWords(claim);
  const [from, to] = windowAround(words, claim.text.length, qStart, qEnd, FIGURE_WINDOW_WORDS);
  const terms = new Set<string>();
  for (let i = lowerBound(content, from, (w) => w.start); i < content.length && content[i].start < to; i++) {
    const w = content[i];
    if (w.end > to || (w.start >= qStart && w.end <= qEnd)) continue;
    if (!w.inMention) terms.add(w.lemma);
  }
  // Names anywhere in the claim: who and where a figure is about is often said far from it.
  for (const m of claim.mentions) {
    const id = idByMention(m.name);
    if (id) terms.add(`e:${id}`);
  }
  if (q.subject) for (const part of q.subject.split('+')) terms.add(`s:${part}`);
  return [...terms].sort();
}
