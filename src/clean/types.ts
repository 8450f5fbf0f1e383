/** Stage-local types of the cleaning stage. */
import type { Span } from '../types';

/** One non-blank line of the article, trimmed; `text === original.slice(span.start, span.end)`. */
export interface Line {
  text: string;
  span: Span;
  /** True when a blank line (or the start of the text) separates it from the previous line. */
  blankBefore: boolean;
}

export interface LineContext {
  /** Every non-blank line of the article, in order. */
  lines: readonly Line[];
  /** Position of the line being tested in `lines`. */
  index: number;
}

/** A boilerplate test for one line; `reason` is what the skipped span records. */
export interface LineRule {
  name: string;
  reason: string;
  test(line: Line, context: LineContext): boolean;
}

/** Per line: the reason it was skipped, or undefined when kept. */
export type LineVerdicts = (string | undefined)[];

/** A pass over all verdicts that needs the whole page (trailing tags, headlines after captions). */
export interface LineRefiner {
  name: string;
  refine(lines: readonly Line[], verdicts: LineVerdicts): LineVerdicts;
}
