import type { Sentence } from '../types';
import type { SplitSentencesOptions } from './types';
import { plainSentences } from './segment-sentences';

export type { SplitSentencesOptions } from './types';

/**
 * Splits text into trimmed sentences whose spans point into the original
 * article (`options.offset` is where `text` starts in it). Never throws.
 */
export function splitSentences(text: string, options: SplitSentencesOptions = {}): Sentence[] {
  return plainSentences(text, options.offset ?? 0);
}
