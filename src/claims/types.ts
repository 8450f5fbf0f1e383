import type { Attribution, Span } from '../types';

/** A word or a single punctuation mark, with local offsets into the text it came from. */
export interface Token {
  text: string;
  /** Lower case, curly apostrophe folded to a straight one. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'punct';
}

/** A token as `tokenize` makes it: what its text decides is worked out once per word, not on every test (see `token-traits`). */
export interface ScannedToken extends Token {
  readonly traits: number;
}

/** Where a sentence is cut in two: `joiner` is the conjunction/punctuation left out of both claims. */
export interface SplitPoint {
  /** Name of the rule that cut here. */
  rule: string;
  joiner: Span;
  /** The joiner's text (", and", "; however,"), filled in by `findSplits`. */
  joinerText?: string;
  /** True when the second clause has no subject of its own ("... and agreed to ..."). */
  sharedSubject: boolean;
  /** Reporting verb lemma that a split like ", adding that" hands to the clause after it. */
  verb?: string;
}

/** What a split rule sees: the tokens, which of them may not be cut, and where the current clause began. */
export interface SplitContext {
  text: string;
  tokens: readonly Token[];
  /** `guarded[i]` is true when token i sits inside quotes, parentheses or a dash aside. */
  guarded: readonly boolean[];
  /** Token index where the clause left of a candidate cut begins. */
  clauseStart: number;
  /** `verbsBefore[k]`: how many tokens before k could be verbs (prefix counts, length tokens + 1). */
  verbsBefore: readonly number[];
  /** `lastVerbBefore[k]`: index of the last finite verb before token k, or -1. */
  lastVerbBefore: readonly number[];
}

/** One named splitting rule: looks at token `i` and either cuts there or passes. */
export interface SplitRule {
  name: string;
  /**
   * The lower-case token texts (`,`, `and`) at which the rule can match, when
   * it can match only there: `findSplits` then skips the tokens that no rule
   * of the set would look at. Leave it out to be tried at every token.
   */
  triggers?: ReadonlySet<string>;
  /** The split this rule makes at token `i` of the sentence, or null. */
  match(ctx: SplitContext, i: number): SplitPoint | null;
}

/** Which shape of attribution matched: "X said" before or after the claim, "said X", "according to X", "quoted as saying". */
export type AttributionKind = 'front' | 'trailing' | 'inverted' | 'according-to' | 'quoted-as-saying';

/** A speaker found in a clause. `span` covers the speaker text only. */
export interface AttributionMatch extends Attribution {
  span: Span;
  kind: AttributionKind;
  /** Name of the rule that found it. */
  rule: string;
}

/** One named attribution rule over the tokens of one clause. */
export interface AttributionRule {
  name: string;
  /** The speaker and verb this rule finds in the clause (guarded tokens are inside quotes or brackets), or null. */
  match(text: string, tokens: readonly Token[], guarded: readonly boolean[]): AttributionMatch | null;
}

/** Options for helpers that take a fragment: `offset` is added to every returned span. */
export interface OffsetOptions {
  offset?: number;
}
