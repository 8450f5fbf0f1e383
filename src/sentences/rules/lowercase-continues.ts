import type { BoundaryRule } from '../types';
import { startsLowercase, stripOpeners } from '../characters';

/** A lower-case word after the stop continues the sentence (`"Is it?" she asked`, "Yahoo! in"). */
export const lowercaseContinues: BoundaryRule = {
  name: 'lowercase-continues',
  decide: (gap) => (startsLowercase(stripOpeners(gap.right)) ? 'keep' : undefined),
};
