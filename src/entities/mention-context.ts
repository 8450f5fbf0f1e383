import type { EntityKind } from '../types';
import type { KindContext } from './classify-kind';
import type { TokenTable } from './token-table';

/**
 * The kind rules' view of one mention, with the words around it read from
 * the token table when a rule first asks: a mention decided by its own words
 * (a role, an organisation word) never has their lower case cut out, and
 * "beforeTwo" is read only after "of". One context can serve mention after
 * mention (`at`, then the caller sets every field), as the rules keep nothing.
 */
export class MentionContext implements KindContext {
  words: readonly string[] = [];
  name = '';
  role: string | undefined = undefined;
  followedByRole = false;
  acronymOf: EntityKind | undefined = undefined;
  private tokens: TokenTable | undefined;
  /** First word of the mention (its role's, if any), and last word of the name. */
  private first = 0;
  private last = 0;

  /** The words around the mention once read (null: not yet); rules read most of them more than once. */
  private beforeWord: string | undefined | null = null;
  private beforeTwoWord: string | undefined | null = null;
  private afterWord: string | undefined | null = null;

  /** Points the context at the mention from word `first` (its role's, if any) to word `last` (its name's) of `tokens`. */
  at(tokens: TokenTable, first: number, last: number): this {
    this.tokens = tokens;
    this.first = first;
    this.last = last;
    this.beforeWord = null;
    this.beforeTwoWord = null;
    this.afterWord = null;
    return this;
  }

  get before(): string | undefined {
    if (this.beforeWord === null) {
      const tokens = this.tokens!;
      const first = this.first;
      this.beforeWord = tokens.has(first - 1) && tokens.spaceGapBefore(first) ? tokens.lower(first - 1) : undefined;
    }
    return this.beforeWord;
  }

  get beforeTwo(): string | undefined {
    if (this.beforeTwoWord === null) {
      const tokens = this.tokens!;
      this.beforeTwoWord = tokens.has(this.first - 2) ? tokens.lower(this.first - 2) : undefined;
    }
    return this.beforeTwoWord;
  }

  get after(): string | undefined {
    if (this.afterWord === null) {
      const tokens = this.tokens!;
      const after = this.last + 1;
      this.afterWord =
        tokens.has(after) && !tokens.closesRun(this.last) && tokens.spaceGapBefore(after) ? tokens.lower(after) : undefined;
    }
    return this.afterWord;
  }
}
