/** The GapContext handed to rules: built only for gaps the fast path cannot settle. */
import type { GapContext } from './types';
import type { ListMarker } from './list-markers';
import { skipWhitespace, tokenEnd } from './tokenize-whitespace';

/** Where the tokens around a gap sit in the text (`previousStart` is -1 at the first token). */
export interface GapTokens {
  previousStart: number;
  previousEnd: number;
  leftStart: number;
  leftEnd: number;
  rightStart: number;
  rightEnd: number;
}

export class Gap implements GapContext {
  readonly left: string;
  readonly right: string;
  readonly previous?: string;

  constructor(
    private readonly text: string,
    private readonly rightEnd: number,
    tokens: GapTokens,
    readonly dotRun: number,
    readonly lineBreaks: number,
    readonly sentenceLength: number,
    readonly sentenceIsDots: boolean,
    readonly openingMarker: ListMarker | undefined,
    readonly openedWithBullet: boolean,
  ) {
    this.left = text.slice(tokens.leftStart, tokens.leftEnd);
    this.right = text.slice(tokens.rightStart, tokens.rightEnd);
    this.previous = tokens.previousStart >= 0 ? text.slice(tokens.previousStart, tokens.previousEnd) : undefined;
  }

  /** Scans forward on demand: rules look at most a few tokens ahead, so this stays bounded. */
  ahead(k: number): string | undefined {
    let end = this.rightEnd;
    let start = end;
    for (let step = 0; step < k; step++) {
      start = skipWhitespace(this.text, end);
      if (start >= this.text.length) return undefined;
      end = tokenEnd(this.text, start);
    }
    if (k < 0) return undefined;
    return k > 0 ? this.text.slice(start, end) : this.right;
  }
}
