import type { BoundaryRule } from '../types';
import { terminalKind } from '../token-shape';

/**
 * An ellipsis before a capital ends the sentence ("that.... She"), except a
 * spaced three-dot ". . ." which by style-guide convention marks words left
 * out mid-sentence; four spaced dots are an ellipsis plus the final period.
 */
export const ellipsisEnd: BoundaryRule = {
  name: 'ellipsis-end',
  decide: (gap) => {
    if (gap.dotRun === 3) return 'keep';
    if (gap.dotRun >= 4) return 'split';
    return terminalKind(gap.left) === 'ellipsis' ? 'split' : undefined;
  },
};
