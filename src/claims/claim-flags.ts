import type { TokenizedText } from './tokenize';
import { hedgesInWords } from './find-hedges';
import { negatedWords } from './is-negated';
import { rejectsInWords } from './is-rejection';
import { exactSize } from '../internal/exact-size';
import { BE_FORM, HEDGE_WORD, NEGATION, PARTICIPLE, QUOTE, REJECTION } from './token-traits';

/** The flags of a claim, in the order they appear on a `ClaimDraft`. */
export interface ClaimFlags {
  negated: boolean;
  hedges: string[];
  quoted: boolean;
  rejects: boolean;
}

/**
 * Flags read from a claim's own words (the gaps of a discontinuous claim are
 * blank in its text). Most claims hold no word that could set any flag, so
 * one pass over the tokens' traits decides which of the flag rules need to run at all.
 * A quote mark is always a token of its own, so it is found in the same pass.
 */
export function claimFlags(own: TokenizedText): ClaimFlags {
  const roles = own.roles();
  // A claim keeps its hedges for the whole feed: no spare room past the last.
  return {
    negated: (roles & NEGATION) !== 0 && negatedWords(own.words),
    hedges: (roles & HEDGE_WORD) !== 0 || (roles & (BE_FORM | PARTICIPLE)) === (BE_FORM | PARTICIPLE) ? exactSize(hedgesInWords(own.words)) : [],
    quoted: (roles & QUOTE) !== 0,
    rejects: (roles & REJECTION) !== 0 && rejectsInWords(own.words),
  };
}
