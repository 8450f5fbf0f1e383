import type { BoundaryRule } from '../types';
import { terminalKind } from '../token-shape';

/** Without . ! ? or … before the gap there is no sentence end. */
export const noTerminal: BoundaryRule = {
  name: 'no-terminal',
  decide: (gap) => (terminalKind(gap.left) === 'none' ? 'keep' : undefined),
};
