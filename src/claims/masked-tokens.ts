import type { Span } from '../types';
import type { ScannedToken, Token } from './types';
import { verbClassOf } from './verb-forms';
import { maskOutside } from './claim-own-text';
import { guardsNothing } from './guarded-regions';
import { scanTokens } from './scan-tokens';
import { TokenizedText } from './tokenize';

/**
 * A clause's text, `maskOutside(text.slice(first, last), first, keep)`,
 * tokenised. Its tokens are the sentence's own tokens that lie inside `keep`,
 * shifted to the clause: blanking whole tokens out changes no other token.
 * Spans are local to the sentence.
 */
export function maskedTokenized(sentence: TokenizedText, first: number, last: number, keep: readonly Span[]): TokenizedText {
  const text = maskOutside(sentence.text.slice(first, last), first, keep);
  // The whole sentence (a sentence of one clause) is already tokenised.
  if (text.length === sentence.text.length && text === sentence.text) return sentence;
  // Not put in the recent-text cache: the caller keeps what it needs, and a clause is seldom looked up by its text.
  const clause = new TokenizedText(text, tokensInside(sentence.tokens, first, last, keep) ?? scanTokens(text));
  // Its marks are some of the sentence's: a sentence that guards nothing has clauses that guard nothing.
  if (guardsNothing(sentence.guarded())) clause.markGuardsNothing();
  return clause;
}

/**
 * The tokens inside the kept spans (clipped to [first, last) the way
 * `maskOutside` clips them), shifted by -first; null when a span's edge
 * cuts a token in two (a custom split rule may cut anywhere), since the
 * clause must then be scanned afresh.
 */
function tokensInside(tokens: readonly Token[], first: number, last: number, keep: readonly Span[]): Token[] | null {
  const out: Token[] = [];
  let k = 0;
  let at = first;
  for (const part of keep) {
    const from = Math.max(at, part.start);
    const to = Math.min(last, part.end);
    if (to <= from) continue;
    while (k < tokens.length && tokens[k].end <= from) k++;
    for (; k < tokens.length && tokens[k].start < to; k++) {
      const t = tokens[k];
      if (t.start < from || t.end > to) return null;
      out.push(first === 0 ? t : shifted(t, first));
    }
    at = to;
  }
  return out;
}

/** `t` moved `by` characters left; the same shape as a scanned token. */
function shifted(t: Token, by: number): ScannedToken {
  return { text: t.text, lower: t.lower, start: t.start - by, end: t.end - by, kind: t.kind, verbClass: verbClassOf(t) };
}
