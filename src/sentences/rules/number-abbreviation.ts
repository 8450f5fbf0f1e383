import type { BoundaryRule } from '../types';
import { MONTH_ABBREVIATIONS, NUMBER_ABBREVIATIONS } from '../abbreviations';
import { startsWithDigit, stripOpeners } from '../characters';
import { wordBeforePeriod } from '../token-shape';

/** "No. 5", "p. 55", "Feb. 20": an abbreviation that leads into a number. */
export const numberAbbreviation: BoundaryRule = {
  name: 'number-abbreviation',
  decide: (gap) => {
    if (!startsWithDigit(stripOpeners(gap.right))) return undefined;
    const word = wordBeforePeriod(gap.left).toLowerCase();
    return NUMBER_ABBREVIATIONS.has(word) || MONTH_ABBREVIATIONS.has(word) ? 'keep' : undefined;
  },
};
