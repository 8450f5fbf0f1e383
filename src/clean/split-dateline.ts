import type { SkippedSpan, TextSegment } from '../types';

/**
 * A dateline opening a paragraph: a place in capitals, maybe a wire credit in
 * brackets, then a dash ("CAIRO --", "WASHINGTON (AP) —"). It says where the
 * story was filed, not what happened, so it is kept out of the first claim.
 * Bounded repetitions keep the match linear.
 */
const DATELINE = /^[A-Z][A-Z.'’]{2,}(?:[ ,]{1,2}[A-Z][A-Z.'’]+){0,4}(?: ?\([^()\n]{1,40}\))? {0,3}(?:--|—|–|-) {1,3}(?=\S)/;

/** Splits a leading dateline off a block: the dateline as a skipped span, the rest as the block. */
export function splitDateline(block: TextSegment): { block: TextSegment; skipped?: SkippedSpan } {
  const match = DATELINE.exec(block.text);
  if (!match) return { block };
  const cut = match[0].length;
  const dateline = match[0].trimEnd();
  return {
    block: { text: block.text.slice(cut), span: { start: block.span.start + cut, end: block.span.end } },
    skipped: { span: { start: block.span.start, end: block.span.start + dateline.length }, reason: 'dateline' },
  };
}
