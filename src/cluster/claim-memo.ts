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
}

/**
 * A class, not an object literal: V8 may decide that a literal's objects
 * live long (pretenuring) and allocate them straight in the old generation,
 * where a dead memo keeps its young word arrays alive until a full collection.
 */
class MemoEntry implements ClaimMemo {
  content: ClaimContent | undefined = undefined;
  terms: string[] | undefined = undefined;
}

/** One entry per claim object (claims are never mutated), for claims read outside any scope. */
const memos = new WeakMap<Claim, ClaimMemo>();

/** The memos of the scope being run (see withMemoScope), if any. */
let scoped: Map<Claim, ClaimMemo> | undefined;

export function memoOf(claim: Claim): ClaimMemo {
  const table = scoped ?? memos;
  let memo = table.get(claim);
  if (!memo) table.set(claim, (memo = new MemoEntry()));
  return memo;
}

/**
 * Runs `work` with memos that are dropped when it returns. A feed's claims
 * live until the report is built, so memos kept by claim would hold every
 * claim's words to the end; a story's memos are needed only while it is compared.
 */
export function withMemoScope<T>(work: () => T): T {
  const outer = scoped;
  scoped = new Map();
  try {
    return work();
  } finally {
    scoped = outer;
  }
}
