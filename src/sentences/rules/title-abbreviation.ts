import type { BoundaryRule } from '../types';
import { TITLE_ABBREVIATIONS } from '../abbreviations';
import { wordBeforePeriod } from '../token-shape';

/** "Mr.", "Gen.", "St." stand before a name, so the sentence goes on. */
export const titleAbbreviation: BoundaryRule = {
  name: 'title-abbreviation',
  decide: (gap) => (TITLE_ABBREVIATIONS.has(wordBeforePeriod(gap.left)) ? 'keep' : undefined),
};
