import type { Claim, EntityMention } from '../types';
import { claimOwnText } from '../claims/claim-own-text';
import { readContentWords, type ContentWordLists } from './content-words';
import { memoOf, type ClaimContent, type ClaimMemo } from './claim-memo';
import { takeScratch } from '../internal/take-scratch';

export type { ClaimContent } from './claim-memo';

/** Content words of a claim's own text (a discontinuous claim's nested clause is another claim's words), in order; read once per claim. */
export function claimContent(claim: Claim): Readonly<ClaimContent> {
  return contentOf(claim, memoOf(claim));
}

/**
 * Every claim's words are read into these, then copied out at their exact
 * length: the memo keeps them while the story is compared, and arrays grown
 * by push would each hold room for 17.
 */
const scratch: ContentWordLists = { lemmas: [], starts: [], ends: [] };
const flagScratch: boolean[] = [];

/** claimContent with the claim's memo already at hand: claimTerms has looked it up. */
export function contentOf(claim: Claim, memo: ClaimMemo): Readonly<ClaimContent> {
  if (memo.content) return memo.content;
  const count = readContentWords(claimOwnText(claim), scratch);
  const starts = takeScratch(scratch.starts, count);
  const content = new Content(takeScratch(scratch.lemmas, count), starts, takeScratch(scratch.ends, count), mentionFlags(claim, starts));
  memo.content = content;
  return content;
}

/** A class, not an object literal, for the reason given at MemoEntry (claim-memo.ts): V8 never pretenures it. */
class Content implements ClaimContent {
  constructor(readonly lemmas: string[], readonly starts: number[], readonly ends: number[], readonly inMention: boolean[]) {}
}

/** Whether a name mention covers each word start (claim-relative, ascending). */
function mentionFlags(claim: Claim, starts: readonly number[]): boolean[] {
  const mentions = byStart(claim.mentions);
  const base = claim.span.start;
  // Sweep the mentions in order of start, keeping the furthest end of those begun.
  let next = 0;
  let reach = -Infinity;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    while (next < mentions.length && mentions[next].span.start - base <= start) reach = Math.max(reach, mentions[next++].span.end - base);
    flagScratch[k] = reach > start;
  }
  return takeScratch(flagScratch, starts.length);
}

/** Mentions in order of start: the list itself when it is already (it nearly always is), else a sorted copy. */
function byStart(mentions: readonly EntityMention[]): readonly EntityMention[] {
  for (let k = 1; k < mentions.length; k++) {
    if (mentions[k].span.start < mentions[k - 1].span.start) return [...mentions].sort((a, b) => a.span.start - b.span.start);
  }
  return mentions;
}
