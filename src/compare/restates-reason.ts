import type { Claim } from '../types';
import { claimContent } from '../cluster/claim-content';
import { claimOwnText } from '../claims/claim-own-text';
import { lemmasSplitAt } from './lemmas-split-at';

/** Where a rejection goes on to give its reason: "denied that the release was late, saying the rules forbade it". */
const REASON_OPENER = /,\s+(?:saying|adding|arguing|insisting|explaining|noting)\b/i;

/** Where a rejection's text turns to its reason (the comma before "saying"), or -1. */
export function reasonStart(text: string): number {
  return REASON_OPENER.exec(text)?.index ?? -1;
}

/** Shared words a claim needs with the reason, and how many times its shared words with the denied part. */
const MIN_REASON_WORDS = 3;
const REASON_OVER_DENIED = 2;

/**
 * The content words of what a rejection denies, and of its reason ("saying
 * the operating rules did not allow large releases") without the denied
 * part's words, or undefined when it gives no reason.
 */
export function rejectionReason(rejection: Claim): { reason: ReadonlySet<string>; denied: ReadonlySet<string> } | undefined {
  const at = reasonStart(claimOwnText(rejection));
  if (at < 0) return undefined;
  const { before: denied, after: reason } = lemmasSplitAt(rejection, at);
  for (const word of denied) reason.delete(word);
  return { reason, denied };
}

/**
 * Whether a claim retells the reason a rejection gives rather than what it
 * rejects: "the operating rules forbid large releases while the river is
 * rising" is the rejecter's own case, which its "denied that the release
 * was delayed, saying the operating rules did not allow ..." makes, not the
 * claim it disputes.
 */
export function restatesReason(claim: Claim, parts: { reason: ReadonlySet<string>; denied: ReadonlySet<string> }): boolean {
  let inReason = 0;
  let inDenied = 0;
  for (const lemma of new Set(claimContent(claim).lemmas)) {
    if (parts.reason.has(lemma)) inReason += 1;
    else if (parts.denied.has(lemma)) inDenied += 1;
  }
  return inReason >= MIN_REASON_WORDS && inReason >= REASON_OVER_DENIED * inDenied;
}
