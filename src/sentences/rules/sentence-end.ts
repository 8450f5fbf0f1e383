import type { BoundaryRule } from '../types';

/** Fallback: a stop no earlier rule explained ends the sentence. */
export const sentenceEnd: BoundaryRule = {
  name: 'sentence-end',
  decide: () => 'split',
};
