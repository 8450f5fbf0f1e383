/** Stage-local types of the sentence splitter. */
import type { Sentence } from '../types';
import type { ListMarker } from './list-markers';

/** What a rule sees at one whitespace gap between two tokens. */
export interface GapContext {
  /** Token before the gap (non-whitespace run). */
  left: string;
  /** Token after the gap. */
  right: string;
  /** Token before `left`, if any. */
  previous?: string;
  /** Lone-dot tokens in a row ending at `left` (3 for ". . ."), 0 when `left` is a word. */
  dotRun: number;
  /** The token `k` places after `right` (`ahead(1)` is the one right after it), for rules that look ahead. */
  ahead(k: number): string | undefined;
  /** Line breaks inside the gap (CRLF counts once). */
  lineBreaks: number;
  /**
   * How many tokens the current sentence already holds, `left` included. Exact for a caller's own rule
   * list; the default rules, which ask only whether it is 1 or 2, may be given a lower bound past that.
   */
  sentenceLength: number;
  /** True when every token of the current sentence so far is a dot (an opening ellipsis). */
  sentenceIsDots: boolean;
  /** The list marker that opened the current sentence, if it opened with one. */
  openingMarker?: ListMarker;
  /** Bare bullet that opened the current sentence (then the marker may be the second token). */
  openedWithBullet: boolean;
}

export type GapDecision = 'split' | 'keep';

/** One named rule; the first rule that decides wins (chrono-style ordered list). */
export interface BoundaryRule {
  name: string;
  decide(gap: GapContext): GapDecision | undefined;
}

/** A sentence with the name of the rule that ended it ("end-of-text" for the last one). */
export interface SegmentedSentence extends Sentence {
  rule: string;
}

/** Options of `splitSentences`. */
export interface SplitSentencesOptions {
  /** Added to every span: the position of `text` inside the original article. */
  offset?: number;
}
