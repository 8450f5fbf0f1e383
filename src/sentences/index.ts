export { splitSentences } from './split-sentences';
export { segmentSentences } from './segment-sentences';
export { DEFAULT_BOUNDARY_RULES } from './rules';
export type { BoundaryRule, GapContext, GapDecision, SegmentedSentence, SplitSentencesOptions } from './types';
