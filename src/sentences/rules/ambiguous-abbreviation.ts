import type { BoundaryRule } from '../types';
import { ENDING_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS, SENTENCE_OPENERS } from '../abbreviations';
import { bareWord, isDottedAcronym, wordBeforePeriod } from '../token-shape';

/**
 * "U.S.", "Co.", "etc.", "a.m." may or may not end the sentence: they do only
 * when a clear sentence opener follows ("the U.S. How ..." but "the U.S. Army").
 * "e.g.", "vs." never do.
 */
export const ambiguousAbbreviation: BoundaryRule = {
  name: 'ambiguous-abbreviation',
  decide: (gap) => {
    const word = wordBeforePeriod(gap.left);
    const lower = word.toLowerCase();
    if (NON_FINAL_ABBREVIATIONS.has(lower)) return 'keep';
    if (!ENDING_ABBREVIATIONS.has(lower) && !isDottedAcronym(word)) return undefined;
    return SENTENCE_OPENERS.has(bareWord(gap.right).toLowerCase()) ? 'split' : 'keep';
  },
};
