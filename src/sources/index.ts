export { findNearDuplicates, DEFAULT_DUPLICATE_THRESHOLD } from './find-near-duplicates';
export type { NearDuplicateOptions, NearDuplicatePair } from './find-near-duplicates';
export { originsFromDuplicates } from './origins-from-duplicates';
export { shingles, SHINGLE_WIDTH } from './shingles';
