import type { AttributionMatch, AttributionRule, OffsetOptions } from './types';
import { DEFAULT_ATTRIBUTION_RULES } from './attribution-rules';
import { QUOTING_VERBS } from './attribution-rules/quoted-as-saying';
import { SPEAKER_CUE } from './token-traits';
import { tokenized, type TokenizedText } from './tokenize';
import { REPORTING_FORMS } from './verb-lists';

/**
 * The words one of the default rules needs before it can match: a reporting
 * verb form (front, trailing and inverted speakers), a quoting verb, or
 * "according". Most clauses hold none, and one look per token settles them
 * (through the token's traits: see `word-roles`, which reads this list).
 */
export const CUES: ReadonlySet<string> = new Set([...REPORTING_FORMS.keys(), ...QUOTING_VERBS, 'according']);

/** Whether a clause holds a cue word, without which no default rule can match (exported for the test that holds the rules to it). */
export function hasSpeakerCue(tt: TokenizedText): boolean {
  return (tt.roles() & SPEAKER_CUE) !== 0;
}

export interface FindAttributionOptions extends OffsetOptions {
  /** Rules to try, in order (default `DEFAULT_ATTRIBUTION_RULES`). */
  rules?: readonly AttributionRule[];
}

/**
 * Who a clause reports as saying it: speaker text exactly as written, the
 * reporting verb's lemma ("say", "tell", "according to"), the speaker's span
 * (plus `offset`), and the rule that found it. Null when the clause is the
 * source's own assertion.
 */
export function findAttribution(text: string, options: FindAttributionOptions = {}): AttributionMatch | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  return attributionOf(tokenized(text), options);
}

/** `findAttribution` over a non-blank text already tokenised. */
export function attributionOf(tt: TokenizedText, options: FindAttributionOptions = {}): AttributionMatch | null {
  const offset = options.offset ?? 0;
  const { text, tokens } = tt;
  const rules = options.rules ?? DEFAULT_ATTRIBUTION_RULES;
  if (rules === DEFAULT_ATTRIBUTION_RULES && !hasSpeakerCue(tt)) return null;
  const guarded = tt.guarded();
  for (const rule of rules) {
    const m = rule.match(text, tokens, guarded);
    if (m) return { ...m, span: { start: m.span.start + offset, end: m.span.end + offset } };
  }
  return null;
}
