import type { BoundaryRule } from '../types';
import { startsLowercase } from '../characters';
import { wordBeforePeriod } from '../token-shape';

const SINGLE_CAPITAL = /^\p{Lu}$/u;

/**
 * A lone capital with a period is an initial ("J. R. Smith"), except the
 * pronoun "I" after a lower-case word ("you and I. Then").
 */
export const nameInitial: BoundaryRule = {
  name: 'name-initial',
  decide: (gap) => {
    const word = wordBeforePeriod(gap.left);
    if (!SINGLE_CAPITAL.test(word)) return undefined;
    if (word === 'I' && gap.previous !== undefined && startsLowercase(gap.previous)) return undefined;
    return 'keep';
  },
};
