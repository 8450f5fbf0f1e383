import type { BoundaryRule } from '../types';
import { stripClosers } from '../characters';

/** "[...]" marks words left out of a quotation, never the end of a sentence. */
export const bracketedEllipsis: BoundaryRule = {
  name: 'bracketed-ellipsis',
  decide: (gap) => {
    const core = gap.left.endsWith(']') || gap.left.endsWith(']"') || gap.left.endsWith(']”') ? gap.left : '';
    if (!core) return undefined;
    const inner = stripClosers(core);
    return inner.endsWith('[...') || inner.endsWith('[…') ? 'keep' : undefined;
  },
};
