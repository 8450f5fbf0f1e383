import type { BoundaryRule } from '../types';
import { CONNECTOR_WORDS } from '../abbreviations';
import { startsLowercase, stripOpeners } from '../characters';
import { terminalKind } from '../token-shape';

const DANGLING_END = ',;:-–—(&/+';

/**
 * A line break after a line without final punctuation: a heading or caption
 * ends there, unless the line was broken mid-sentence (next line lower-case,
 * or the line ends on a comma or a function word).
 */
export const headingLine: BoundaryRule = {
  name: 'heading-line',
  decide: (gap) => {
    if (gap.lineBreaks !== 1 || terminalKind(gap.left) !== 'none') return undefined;
    if (startsLowercase(stripOpeners(gap.right))) return 'keep';
    if (DANGLING_END.includes(gap.left[gap.left.length - 1] as string)) return 'keep';
    if (CONNECTOR_WORDS.has(gap.left)) return 'keep';
    return 'split';
  },
};
