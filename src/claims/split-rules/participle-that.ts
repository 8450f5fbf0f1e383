import type { SplitRule } from '../types';
import { clauseOffset, isPunct, isWord, isWordIn, leftHasVerb } from './clause-checks';

/** Reporting participle -> lemma the clause after it is attributed with. */
const PARTICIPLES: Readonly<Record<string, string>> = {
  adding: 'add', saying: 'say', noting: 'note', insisting: 'insist', stressing: 'stress', warning: 'warn', claiming: 'claim',
  arguing: 'argue', explaining: 'explain',
};

const PARTICIPLE_WORDS: ReadonlySet<string> = new Set(Object.keys(PARTICIPLES));

/** "X said A, adding that B": B is a second claim by the same speaker. */
export const participleThat: SplitRule = {
  name: 'participle-that',
  triggers: new Set([',']),
  match(ctx, i) {
    if (!isPunct(ctx, i, ',') || !isWordIn(ctx, i + 1, PARTICIPLE_WORDS) || !isWord(ctx, i + 2, 'that')) return null;
    if (!leftHasVerb(ctx, i) || !ctx.tokens[i + 3]) return null;
    return {
      rule: this.name,
      joiner: { start: ctx.tokens[i].start, end: clauseOffset(ctx, i + 3) },
      sharedSubject: false,
      verb: PARTICIPLES[ctx.tokens[i + 1].lower],
    };
  },
};
