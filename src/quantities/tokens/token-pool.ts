import type { Token } from '../types';
import { SCRATCH_KEPT } from '../../internal/take-scratch';

/**
 * Token objects handed out again for each text, so tokenizing claim after claim allocates no
 * token objects once the pool has grown. The tokens of one text are valid until the pool restarts:
 * only for a caller that keeps none of them (the extraction keeps token indices, never tokens).
 */
export class TokenPool {
  private readonly tokens: Token[] = [];
  private used = 0;

  /** Starts a new text: every token handed out before may now be reused. */
  restart(): void {
    this.used = 0;
  }

  take(kind: Token['kind'], text: string, lower: string, start: number, end: number): Token {
    if (this.used < this.tokens.length) {
      const token = this.tokens[this.used++];
      token.kind = kind;
      token.text = text;
      token.lower = lower;
      token.start = start;
      token.end = end;
      return token;
    }
    const token: Token = { kind, text, lower, start, end };
    // Most claims hold well under SCRATCH_KEPT tokens; a longer text takes fresh ones, so one huge text does not stay pinned.
    if (this.tokens.length < SCRATCH_KEPT) {
      this.tokens.push(token);
      this.used++;
    }
    return token;
  }
}
