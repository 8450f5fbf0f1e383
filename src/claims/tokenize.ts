import type { Token } from './types';
import { guardsNothing, noneGuarded, readGuardedTokens } from './guarded-regions';
import { rolesIn } from './roles-in';
import { scanTokens } from './scan-tokens';

/**
 * One text, tokenised, with what the claim rules derive from its tokens,
 * each worked out on first use. Shared between callers, so read-only; by
 * type only, not frozen: V8 reads a frozen array several times slower, and
 * every rule loops over these.
 */
export class TokenizedText {
  private tokenList?: readonly Token[];
  /** Makes the tokens on first use: most clauses are settled by their `roles` alone. */
  private makeTokens?: () => readonly Token[];
  private wordList?: readonly Token[];
  private guardedAll?: readonly boolean[];
  private guardedNoDashes?: readonly boolean[];
  private roleBits?: number;
  private guardsNone = false;

  /** `tokens` may be a function that makes them when first read; `roles`, when known, saves reading them. */
  constructor(
    readonly text: string,
    tokens: readonly Token[] | (() => readonly Token[]),
    roles?: number,
  ) {
    if (typeof tokens === 'function') this.makeTokens = tokens;
    else this.tokenList = tokens;
    this.roleBits = roles;
  }

  get tokens(): readonly Token[] {
    return (this.tokenList ??= (this.makeTokens as () => readonly Token[])());
  }

  /** The word tokens, punctuation left out. */
  get words(): readonly Token[] {
    this.wordList ??= this.tokens.filter((t) => t.kind === 'word');
    return this.wordList;
  }

  /** The traits of its tokens or-ed: the word lists it touches, asked by both the flag and speaker rules. */
  roles(): number {
    return (this.roleBits ??= rolesIn(this.tokens));
  }

  /** `guardTokens` of the text: with dash asides guarded (the default), or only quotes and brackets. */
  guarded(dashes = true): readonly boolean[] {
    if (this.guardsNone) return (this.guardedAll ??= noneGuarded(this.tokens.length));
    if (dashes) return (this.guardedAll ??= readGuardedTokens(this.text, this.tokens));
    // Leaving dash asides out can only guard less: nothing guarded with them is nothing without.
    if (this.guardedAll !== undefined && guardsNothing(this.guardedAll)) return this.guardedAll;
    return (this.guardedNoDashes ??= readGuardedTokens(this.text, this.tokens, { dashes: false }));
  }

  /**
   * Records that nothing in this text is guarded, known without looking: it is
   * made of parts of a text that guards nothing (no quote, bracket or dash pair).
   */
  markGuardsNothing(): void {
    this.guardsNone = true; // the answer itself waits for the tokens, which may never be needed
  }
}

/**
 * The last texts tokenised: the claim rules read one sentence and its clauses
 * many times over (splits, attribution, skips, negation).
 */
const recent = new Map<string, TokenizedText>();
const RECENT_SIZE = 16;

/**
 * `text` tokenised, from the recent texts when it is one of them. `derive`
 * may supply its tokens read off a text they were already scanned in (it
 * answers null when it cannot).
 */
export function tokenized(text: string, derive?: () => Token[] | null): TokenizedText {
  let known = recent.get(text);
  if (!known) {
    known = new TokenizedText(text, derive?.() ?? scanTokens(text));
    if (recent.size >= RECENT_SIZE) recent.clear();
    recent.set(text, known);
  }
  return known;
}

/** Words and punctuation marks of `text`, with local offsets. */
export function tokenize(text: string): Token[] {
  return tokenized(text).tokens as Token[];
}
