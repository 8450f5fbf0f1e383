import type { TokenizedText } from './tokenize';
import { BE_FORMS, HEDGE_PARTICIPLES, HEDGE_WORDS, hedgesInWords } from './find-hedges';
import { DOUBLE_QUOTE_MARKS } from './has-direct-quote';
import { DENIALS, NEGATORS, negatedWords } from './is-negated';
import { rejectsInWords } from './is-rejection';
import { REJECTION_VERBS } from './verb-lists';

/** The flags of a claim, in the order they appear on a `ClaimDraft`. */
export interface ClaimFlags {
  negated: boolean;
  hedges: string[];
  quoted: boolean;
  rejects: boolean;
}

const NEGATION = 1;
const HEDGE_WORD = 2;
const QUOTE = 4;
const REJECTION = 8;
// "is believed to" needs both a form of "be" and a hedging participle.
const BE_FORM = 16;
const PARTICIPLE = 32;

/** For each token text that can make a flag true, which flags: one lookup per token instead of one per flag. */
const ROLES: ReadonlyMap<string, number> = (() => {
  const roles = new Map<string, number>();
  const add = (words: Iterable<string>, role: number) => {
    for (const w of words) roles.set(w, (roles.get(w) ?? 0) | role);
  };
  add(NEGATORS, NEGATION);
  add(DENIALS, NEGATION);
  add(BE_FORMS, BE_FORM);
  add(HEDGE_PARTICIPLES, PARTICIPLE);
  add(HEDGE_WORDS, HEDGE_WORD);
  add(DOUBLE_QUOTE_MARKS, QUOTE);
  add(REJECTION_VERBS, REJECTION);
  return roles;
})();

/**
 * Flags read from a claim's own words (the gaps of a discontinuous claim are
 * blank in its text). Most claims hold no word that could set any flag, so
 * one pass over the tokens decides which of the flag rules need to run at all.
 * A quote mark is always a token of its own, so it is found in the same pass.
 */
export function claimFlags(own: TokenizedText): ClaimFlags {
  let roles = 0;
  for (const t of own.tokens) {
    const lower = t.lower;
    roles |= ROLES.get(lower) ?? 0;
    // "n't" needs no list: the last letter first, most words do not end in "t".
    if (lower.charCodeAt(lower.length - 1) === 0x74 && t.kind === 'word' && lower.endsWith("n't")) roles |= NEGATION;
  }
  return {
    negated: (roles & NEGATION) !== 0 && negatedWords(own.words),
    hedges: (roles & HEDGE_WORD) !== 0 || (roles & (BE_FORM | PARTICIPLE)) === (BE_FORM | PARTICIPLE) ? hedgesInWords(own.words) : [],
    quoted: (roles & QUOTE) !== 0,
    rejects: (roles & REJECTION) !== 0 && rejectsInWords(own.words),
  };
}
