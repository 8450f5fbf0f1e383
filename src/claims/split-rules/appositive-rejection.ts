import type { SplitRule } from '../types';
import { isPunct, isWordIn, leftHasVerb } from './clause-checks';
import { APPOSITIVE_STATEMENT_NOUNS } from '../word-lists';

const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);

/** Verbs of rejection that make such an appositive a verdict on the claim before it. */
const REJECTING: ReadonlySet<string> = new Set([
  'rejected', 'rejects', 'denied', 'denies', 'disputed', 'disputes', 'dismissed', 'dismisses', 'contested', 'contests', 'refuted', 'refutes',
]);

/** Tokens looked through after the noun for the rejecting verb ("a claim [the transport ministry has] rejected"). */
const MAX_VERDICT_TOKENS = 8;

/**
 * "Residents say they reported cracks in the spring, a claim the ministry
 * has rejected": the appositive is another source's verdict on the claim
 * before it, so it is cut off as a claim of its own (a rejection that points
 * back), and the claim keeps only what the residents say.
 */
export const appositiveRejection: SplitRule = {
  name: 'appositive-rejection',
  triggers: new Set([',']),
  match(ctx, i) {
    if (!isPunct(ctx, i, ',') || !isWordIn(ctx, i + 1, INDEFINITE) || !isWordIn(ctx, i + 2, APPOSITIVE_STATEMENT_NOUNS)) return null;
    if (!leftHasVerb(ctx, i)) return null;
    for (let k = i + 3; k < ctx.tokens.length && k <= i + 2 + MAX_VERDICT_TOKENS; k++) {
      if (ctx.tokens[k]!.kind === 'punct' && ctx.tokens[k]!.text !== "'" && ctx.tokens[k]!.text !== '’') return null;
      if (isWordIn(ctx, k, REJECTING)) return { rule: this.name, joiner: { start: ctx.tokens[i]!.start, end: ctx.tokens[i + 1]!.start }, sharedSubject: false };
    }
    return null;
  },
};
