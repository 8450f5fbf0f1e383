import type { BoundaryRule } from '../types';

/** A blank line always ends a sentence, punctuated or not. */
export const paragraphBreak: BoundaryRule = {
  name: 'paragraph-break',
  decide: (gap) => (gap.lineBreaks >= 2 ? 'split' : undefined),
};
