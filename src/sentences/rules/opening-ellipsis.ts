import type { BoundaryRule } from '../types';

/** A sentence cannot consist of an ellipsis alone: ". . . The" stays together. */
export const openingEllipsis: BoundaryRule = {
  name: 'opening-ellipsis',
  decide: (gap) => (gap.sentenceIsDots ? 'keep' : undefined),
};
