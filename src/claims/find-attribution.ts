import type { AttributionMatch, AttributionRule, OffsetOptions } from './types';
import { DEFAULT_ATTRIBUTION_RULES } from './attribution-rules';
import { tokenized, type TokenizedText } from './tokenize';

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
  const guarded = tt.guarded();
  for (const rule of options.rules ?? DEFAULT_ATTRIBUTION_RULES) {
    const m = rule.match(text, tokens, guarded);
    if (m) return { ...m, span: { start: m.span.start + offset, end: m.span.end + offset } };
  }
  return null;
}
