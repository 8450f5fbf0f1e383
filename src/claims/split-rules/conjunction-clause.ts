import type { SplitContext, SplitRule } from '../types';
import { clauseStartAt } from '../clause-start';
import { leftHasShortPast } from './short-past';
import { reportedClauseStartAt } from './reported-clause-start';
import { clauseOffset, isEmbeddedCoordination, isInsideSubordinate, isPunct, isWord, isWordIn, leftHasClauseVerb, leftHasVerb } from './clause-checks';

/** Conjunctions after which a shared-subject verb may follow ("..., but warned ..."). */
const VERB_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'yet']);
/** Conjunctions that need a clause with its own subject (", while the army ..."). */
const SUBJECT_CONJUNCTIONS: ReadonlySet<string> = new Set(['while', 'whereas']);

/**
 * "A, and B" / "A and B" / "A, but B" / "A, while B" when B is an independent
 * clause: its own subject and verb, or (and/but/yet) a second verb of the same
 * subject. "and that B" after a reporting verb is always a second reported clause.
 * A comma is required before while/whereas: without it they are usually temporal.
 */
/** An unguarded comma between the clause start and token i. */
function hasCommaBefore(ctx: SplitContext, i: number): boolean {
  for (let k = ctx.clauseStart; k < i; k++) if (isPunct(ctx, k, ',')) return true;
  return false;
}

export const conjunctionClause: SplitRule = {
  name: 'conjunction-clause',
  triggers: new Set([',', ...VERB_CONJUNCTIONS]),
  match(ctx, i) {
    const comma = isPunct(ctx, i, ',');
    // With a comma before it, the conjunction was already judged at the comma.
    if (!comma && isPunct(ctx, i - 1, ',')) return null;
    const c = comma ? i + 1 : i;
    const verbConj = isWordIn(ctx, c, VERB_CONJUNCTIONS);
    const subjectConj = comma && isWordIn(ctx, c, SUBJECT_CONJUNCTIONS);
    if (!verbConj && !subjectConj) return null;
    // A plural subject and a plain reporting verb (", and unions say ...") start a claim of their own, even after
    // a clause whose plain-form verb went unseen ("The two towns share a port, and fishers say ...").
    const reported = comma && verbConj && reportedClauseStartAt(ctx.tokens, c + 1);
    // "Economists, bankers, and farmers say ...": an earlier comma may make the left a list, so the verb checks stay.
    const reportedAfterClause = reported && !hasCommaBefore(ctx, i);
    if (!reportedAfterClause && !leftHasVerb(ctx, i) && !leftHasShortPast(ctx, i)) return null;
    const start = ctx.tokens[i].start;
    if (verbConj && isWord(ctx, c + 1, 'that') && ctx.tokens[c + 2]) {
      return { rule: `${this.name}:that`, joiner: { start, end: clauseOffset(ctx, c + 2) }, sharedSubject: false };
    }
    const kind = clauseStartAt(ctx.tokens, c + 1) ?? (reported ? 'subject' : null);
    if (kind === null || (kind === 'shared' && !verbConj)) return null;
    // "Crates of grapes, cut flowers and fish were lost": a list before the subject's verb.
    if (kind === 'subject' && !reportedAfterClause && !leftHasClauseVerb(ctx, i) && !leftHasShortPast(ctx, i)) return null;
    // "He said the city and the port fell": the reporting verb's object, not a new clause.
    if (kind === 'subject' && !comma && isEmbeddedCoordination(ctx, i)) return null;
    if (!comma && isInsideSubordinate(ctx, i)) return null;
    return { rule: this.name, joiner: { start, end: clauseOffset(ctx, c + 1) }, sharedSubject: kind === 'shared' };
  },
};
