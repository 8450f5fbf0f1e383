import type { Quantity } from '../types';
import type { ExtractQuantitiesOptions } from './types';
import { plainQuantities } from './parse-quantities';

/**
 * Every quantity in a text (counts, percentages, money, distances,
 * durations, dates) read as an interval after its qualifiers, with unit,
 * counted subject and qualifier. Spans are offsets into `text` plus
 * `options.offset`; `text.slice(span.start - offset, span.end - offset)` is
 * always the quantity's `text`. Never throws on content.
 */
export function extractQuantities(text: string, options: ExtractQuantitiesOptions = {}): Quantity[] {
  return plainQuantities(text, options);
}
