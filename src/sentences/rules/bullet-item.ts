import type { BoundaryRule } from '../types';
import { BULLETS } from '../characters';

/** A bullet after whitespace starts a new item ("• one • two"). */
export const bulletItem: BoundaryRule = {
  name: 'bullet-item',
  decide: (gap) => (gap.right.length > 0 && BULLETS.includes(gap.right[0] as string) ? 'split' : undefined),
};
