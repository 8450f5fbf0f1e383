import type { Claim, Quantity } from '../types';
import { contentWords } from '../cluster/claim-terms';

/** Words on each side of a figure that say what it is about ("fled into", "border with"). */
export const FIGURE_WINDOW_WORDS = 15;

const ANY_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.,-]*/gu;

/** Character range (claim-relative) covering the figure and up to `window` words each side. */
function windowAround(text: string, start: number, end: number, window: number): [number, number] {
  const words = [...text.matchAll(ANY_WORD)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const before = words.filter(([, e]) => e <= start);
  const after = words.filter(([s]) => s >= end);
  const from = before.length > window ? before[before.length - window][0] : 0;
  const to = after.length > window ? after[window - 1][1] : text.length;
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
  const [from, to] = windowAround(claim.text, qStart, qEnd, FIGURE_WINDOW_WORDS);
  const terms = new Set<string>();
  const inMention = (at: number) => claim.mentions.some((m) => m.span.start <= at && at < m.span.end);
  for (const w of contentWords(claim.text)) {
    if (w.start < from || w.end > to || (w.start >= qStart && w.end <= qEnd)) continue;
    if (!inMention(claim.span.start + w.start)) terms.add(w.lemma);
  }
  // Names anywhere in the claim: who and where a figure is about is often said far from it.
  for (const m of claim.mentions) {
    const id = idByMention(m.name);
    if (id) terms.add(`e:${id}`);
  }
  if (q.subject) for (const part of q.subject.split('+')) terms.add(`s:${part}`);
  return [...terms].sort();
}
