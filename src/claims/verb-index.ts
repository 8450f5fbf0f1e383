import type { Token } from './types';
import { isFiniteVerb } from './verb-forms';

/** Prefix tables so clause checks stay linear on long sentences. */
export interface VerbIndex {
  /** `verbsBefore[k]`: how many tokens before k could be verbs. Length tokens + 1. */
  verbsBefore: number[];
  /** `lastVerbBefore[k]`: index of the last finite-verb token before k, or -1. Length tokens + 1. */
  lastVerbBefore: number[];
}

export function indexVerbs(tokens: readonly Token[]): VerbIndex {
  const n = tokens.length;
  return fillVerbIndex(tokens, { verbsBefore: new Array<number>(n + 1), lastVerbBefore: new Array<number>(n + 1) });
}

/** The one index `sharedVerbIndex` hands out, refilled for each sentence. */
const shared: VerbIndex = { verbsBefore: [], lastVerbBefore: [] };

/**
 * `indexVerbs` written over the arrays of the last call, which may run past
 * entry `tokens.length`: two fresh arrays per sentence were a large share of
 * the claim stage's garbage. Only for a caller that reads entries 0..length
 * and lets go of the index before the next call (`splitsOf` with the default rules).
 */
export function sharedVerbIndex(tokens: readonly Token[]): VerbIndex {
  return fillVerbIndex(tokens, shared);
}

function fillVerbIndex(tokens: readonly Token[], index: VerbIndex): VerbIndex {
  const n = tokens.length;
  const { verbsBefore, lastVerbBefore } = index;
  verbsBefore[0] = 0;
  lastVerbBefore[0] = -1;
  for (let k = 0; k < n; k++) {
    // A one-token `hasVerb` range is just this test: no word before it to make a base form count.
    const verb = isFiniteVerb(tokens, k, 'loose');
    verbsBefore[k + 1] = verbsBefore[k] + (verb ? 1 : 0);
    lastVerbBefore[k + 1] = verb ? k : lastVerbBefore[k];
  }
  return index;
}
