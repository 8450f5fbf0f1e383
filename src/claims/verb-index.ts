import type { Token } from './types';
import { hasVerb, isFiniteVerb } from './verb-forms';

/** Prefix tables so clause checks stay linear on long sentences. */
export interface VerbIndex {
  /** `verbsBefore[k]`: how many tokens before k could be verbs. Length tokens + 1. */
  verbsBefore: number[];
  /** `lastVerbBefore[k]`: index of the last finite-verb token before k, or -1. Length tokens + 1. */
  lastVerbBefore: number[];
}

export function indexVerbs(tokens: readonly Token[]): VerbIndex {
  const verbsBefore = [0];
  const lastVerbBefore = [-1];
  tokens.forEach((_, k) => {
    verbsBefore.push(verbsBefore[k] + (hasVerb(tokens, k, k + 1) ? 1 : 0));
    lastVerbBefore.push(isFiniteVerb(tokens, k, 'loose') ? k : lastVerbBefore[k]);
  });
  return { verbsBefore, lastVerbBefore };
}
