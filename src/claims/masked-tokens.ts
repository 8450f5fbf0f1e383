import type { Span } from '../types';
import type { ScannedToken, Token } from './types';
import { traitsOf } from './token-traits';
import { maskOutside } from './claim-own-text';
import { guardsNothing } from './guarded-regions';
import { scanTokens } from './scan-tokens';
import { TokenizedText } from './tokenize';

/**
 * A clause's text, `maskOutside(text.slice(first, last), first, keep)`,
 * tokenised. Its tokens are the sentence's own tokens that lie inside `keep`,
 * shifted to the clause: blanking whole tokens out changes no other token.
 * They are copied only when first read; what lists the clause's words are on
 * (its `roles`, which settle most clauses) is read off the sentence's tokens.
 * Spans are local to the sentence.
 */
export function maskedTokenized(sentence: TokenizedText, first: number, last: number, keep: readonly Span[]): TokenizedText {
  const text = maskOutside(sentence.text.slice(first, last), first, keep);
  // The whole sentence (a sentence of one clause) is already tokenised.
  if (text.length === sentence.text.length && text === sentence.text) return sentence;
  const tokens = sentence.tokens;
  const ranges = tokenRangesInside(tokens, first, last, keep);
  // Not put in the recent-text cache: the caller keeps what it needs, and a clause is seldom looked up by its text.
  const clause =
    ranges === null
      ? new TokenizedText(text, scanTokens(text))
      : new TokenizedText(text, () => tokensIn(tokens, ranges, first), rolesIn(tokens, ranges));
  // Its marks are some of the sentence's: a sentence that guards nothing has clauses that guard nothing.
  if (guardsNothing(sentence.guarded())) clause.markGuardsNothing();
  return clause;
}

/**
 * The index ranges [from, to) of the tokens inside the kept spans (clipped to
 * [first, last) the way `maskOutside` clips them), as flat pairs; null when a
 * span's edge cuts a token in two (a custom split rule may cut anywhere),
 * since the clause must then be scanned afresh.
 */
function tokenRangesInside(tokens: readonly Token[], first: number, last: number, keep: readonly Span[]): number[] | null {
  const ranges: number[] = [];
  let k = 0;
  let at = first;
  for (const part of keep) {
    const from = Math.max(at, part.start);
    const to = Math.min(last, part.end);
    if (to <= from) continue;
    while (k < tokens.length && tokens[k].end <= from) k++;
    const begin = k;
    for (; k < tokens.length && tokens[k].start < to; k++) if (tokens[k].start < from || tokens[k].end > to) return null;
    ranges.push(begin, k);
    at = to;
  }
  return ranges;
}

/** The traits of the tokens in `ranges`, or-ed (see `TokenizedText.roles`). */
function rolesIn(tokens: readonly Token[], ranges: readonly number[]): number {
  let roles = 0;
  for (let r = 0; r < ranges.length; r += 2) for (let k = ranges[r]; k < ranges[r + 1]; k++) roles |= traitsOf(tokens[k]);
  return roles;
}

/** The tokens in `ranges`, shifted by -first. */
function tokensIn(tokens: readonly Token[], ranges: readonly number[], first: number): Token[] {
  const out: Token[] = [];
  for (let r = 0; r < ranges.length; r += 2) for (let k = ranges[r]; k < ranges[r + 1]; k++) out.push(first === 0 ? tokens[k] : shifted(tokens[k], first));
  return out;
}

/** `t` moved `by` characters left; the same shape as a scanned token. */
function shifted(t: Token, by: number): ScannedToken {
  return { text: t.text, lower: t.lower, start: t.start - by, end: t.end - by, kind: t.kind, traits: traitsOf(t) };
}
