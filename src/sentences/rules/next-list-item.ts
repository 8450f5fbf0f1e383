import type { BoundaryRule } from '../types';
import { nextListMarker, parseListMarker } from '../list-markers';

/**
 * A list item starts at the next marker of the running list ("1. x 2. y"),
 * or at any marker that begins a line.
 */
export const nextListItem: BoundaryRule = {
  name: 'list-item',
  decide: (gap) => {
    if (gap.openingMarker && gap.right === nextListMarker(gap.openingMarker)) return 'split';
    if (gap.lineBreaks > 0 && parseListMarker(gap.right)?.ordinal) return 'split';
    return undefined;
  },
};
