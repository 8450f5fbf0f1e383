import type { BoundaryRule } from '../types';
import { terminalKind } from '../token-shape';

/** "!", "?", "!!", "?!" end a sentence (a lower-case continuation was ruled out before). */
export const exclamationQuestion: BoundaryRule = {
  name: 'exclamation-question',
  decide: (gap) => (terminalKind(gap.left) === 'bang' ? 'split' : undefined),
};
