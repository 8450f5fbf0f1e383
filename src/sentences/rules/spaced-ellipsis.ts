import type { BoundaryRule } from '../types';
import { startsLowercase, stripClosers, stripOpeners } from '../characters';
import { isDots, terminalKind } from '../token-shape';

/**
 * A word with its own period followed by ". . .": the period ends the
 * sentence and the spaced ellipsis opens the next one when a capital follows
 * it ("words. . . . Next"); otherwise the dots belong to this sentence.
 */
export const spacedEllipsis: BoundaryRule = {
  name: 'spaced-ellipsis',
  decide: (gap) => {
    if (!isDots(stripClosers(gap.right))) return undefined;
    if (isDots(gap.left) || terminalKind(gap.left) !== 'period') return 'keep';
    const [second, third, after] = [gap.ahead(1), gap.ahead(2), gap.ahead(3)];
    const opensNext = second === '.' && third === '.' && after !== undefined && !isDots(after);
    return opensNext && !startsLowercase(stripOpeners(after)) ? 'split' : 'keep';
  },
};
