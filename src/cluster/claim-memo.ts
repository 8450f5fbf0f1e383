import type { Claim } from '../types';

/**
 * The content words of a claim as parallel arrays (word k is lemmas[k] at
 * [starts[k], ends[k]), claim-relative), not an object per word: a feed's
 * claims hold hundreds of thousands of words.
 */
export interface ClaimContent {
  lemmas: string[];
  starts: number[];
  ends: number[];
  /** Whether a name mention covers the word's start. */
  inMention: boolean[];
}

/** What is read from a claim once and used by several stages: clustering and comparison get the same claim objects. */
export interface ClaimMemo {
  content: ClaimContent | undefined;
  terms: string[] | undefined;
  /** Every word as [start, end), claim-relative, for figure windows. */
  words: (readonly [number, number])[] | undefined;
}

/** One entry per claim object (claims are never mutated): a weak-map entry costs more than the fields in it. */
const memos = new WeakMap<Claim, ClaimMemo>();

export function memoOf(claim: Claim): ClaimMemo {
  let memo = memos.get(claim);
  if (!memo) memos.set(claim, (memo = { content: undefined, terms: undefined, words: undefined }));
  return memo;
}
