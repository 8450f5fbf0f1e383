import type { SplitRule } from '../types';
import { skipAdverbs } from '../clause-start';
import { isFiniteVerb } from '../verb-forms';
import { isPunct, isWordIn, leftHasVerb } from './clause-checks';

/** Relative pronouns of a non-restrictive clause ("that" never is one). */
const PRONOUNS: ReadonlySet<string> = new Set(['who', 'which']);
/** Marks that may close a relative clause early; after one, the clause may be mid-sentence. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', '[']);

/**
 * "The envoy met Jane Roe, who leads the front.": a non-restrictive relative
 * clause (comma + who/which, never "that") that ENDS the sentence and has its
 * own finite verb is a separate fact. A clause followed by more punctuation may
 * be an aside ("X, who arrived Monday, said Y") and a claim keeps one span, so
 * any later break mark means no cut. The comma stays out of both claims.
 */
export const relativeClause: SplitRule = {
  name: 'relative-clause',
  triggers: new Set([',']),
  match(ctx, i) {
    if (!isPunct(ctx, i, ',') || !isWordIn(ctx, i + 1, PRONOUNS) || !leftHasVerb(ctx, i)) return null;
    // Right after the pronoun is the verb slot, so a past form there counts even before a bare noun ("which surprised analysts").
    let finite = isFiniteVerb(ctx.tokens, skipAdverbs(ctx.tokens, i + 2), 'loose');
    // Stops at the first break mark, so each token is scanned for at most one candidate: linear overall.
    for (let k = i + 2; k < ctx.tokens.length; k++) {
      if (ctx.guarded[k]) continue;
      const t = ctx.tokens[k];
      if (t.kind === 'punct' && CLAUSE_BREAKS.has(t.text)) return null;
      if (!finite && isFiniteVerb(ctx.tokens, k, 'strict')) finite = true;
    }
    if (!finite) return null;
    return { rule: this.name, joiner: { start: ctx.tokens[i].start, end: ctx.tokens[i + 1].start }, sharedSubject: false };
  },
};
