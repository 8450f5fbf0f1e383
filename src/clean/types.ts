/** Stage-local types of the cleaning stage. */
import type { Span } from '../types';

/** One non-blank line of the article, trimmed; `text === original.slice(span.start, span.end)`. */
export interface Line {
  text: string;
  span: Span;
  /** True when a blank line (or the start of the text) separates it from the previous line. */
  blankBefore: boolean;
}

/** Where a line stands in its article, for rules that depend on position (first lines, last lines). */
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
  /** True when the line is this kind of boilerplate and is to be skipped with this rule's reason. */
  test(line: Line, context: LineContext): boolean;
}

/** Per line: the reason it was skipped, or undefined when kept. */
export type LineVerdicts = (string | undefined)[];

/** A pass over all verdicts that needs the whole page (trailing tags, headlines after captions). */
export interface LineRefiner {
  name: string;
  /** The verdicts after looking at the lines together (a run of captions, a trailing tag list); must not mutate its input. */
  refine(lines: readonly Line[], verdicts: LineVerdicts): LineVerdicts;
}
