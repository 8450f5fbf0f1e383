import type { SplitRule } from '../types';
import { clauseOffset, isPunct, isWordIn, leftHasVerb, rangeHasVerb } from './clause-checks';

/** Linking adverbs after a semicolon belong to the joint, not to the next claim. */
const LINKERS: ReadonlySet<string> = new Set(['however', 'meanwhile', 'moreover', 'instead', 'still', 'nonetheless', 'nevertheless', 'but']);

/** "A; B" and "A; however, B" when both sides are clauses (not a semicolon-separated list). */
export const semicolonClause: SplitRule = {
  name: 'semicolon-clause',
  triggers: new Set([';']),
  match(ctx, i) {
    if (!isPunct(ctx, i, ';') || !leftHasVerb(ctx, i)) return null;
    let k = i + 1;
    if (isWordIn(ctx, k, LINKERS)) {
      k++;
      if (isPunct(ctx, k, ',')) k++;
    }
    let end = k;
    while (end < ctx.tokens.length && !isPunct(ctx, end, ';')) end++;
    if (end === k || !rangeHasVerb(ctx, k, end)) return null;
    return { rule: this.name, joiner: { start: ctx.tokens[i].start, end: clauseOffset(ctx, k) }, sharedSubject: false };
  },
};
