import type { TextSegment } from '../types';
import { isHeadingLike } from '../clean/text-shape';
import { extractQuantities } from '../quantities/extract-quantities';
import { isCheckableFigure } from '../compare/checkable-figure';

/**
 * A headline that only announces the story ("Rivals meet for talks in the
 * capital"): one short line with no sentence punctuation and no checkable
 * figure. The body states the same facts with their attribution, so the
 * headline is skipped rather than counted as a claim. A headline that carries
 * a figure ("Rebels: we hold 85% of the north") stays a claim.
 */
export function isTeaserHeadline(block: TextSegment): boolean {
  if (/[\r\n]/.test(block.text) || !isHeadingLike(block.text)) return false;
  return !extractQuantities(block.text).some(isCheckableFigure);
}
