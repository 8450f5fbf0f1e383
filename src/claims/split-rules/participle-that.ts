import type { SplitRule } from '../types';
import { clauseOffset, isPunct, isWord, leftHasVerb } from './clause-checks';

/** Reporting participle -> lemma the clause after it is attributed with. */
const PARTICIPLES: Readonly<Record<string, string>> = {
  adding: 'add', saying: 'say', noting: 'note', insisting: 'insist', stressing: 'stress', warning: 'warn', claiming: 'claim',
  arguing: 'argue', explaining: 'explain',
};

/** "X said A, adding that B": B is a second claim by the same speaker. */
export const participleThat: SplitRule = {
  name: 'participle-that',
  match(ctx, i) {
    if (!isPunct(ctx, i, ',') || !isWord(ctx, i + 1, ...Object.keys(PARTICIPLES)) || !isWord(ctx, i + 2, 'that')) return null;
    if (!leftHasVerb(ctx, i) || !ctx.tokens[i + 3]) return null;
    return {
      rule: this.name,
      joiner: { start: ctx.tokens[i].start, end: clauseOffset(ctx, i + 3) },
      sharedSubject: false,
      verb: PARTICIPLES[ctx.tokens[i + 1].lower],
    };
  },
};
