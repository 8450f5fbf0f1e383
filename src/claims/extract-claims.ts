import type { ClaimDraft, ClaimExtraction, Sentence, Span } from '../types';
import type { AttributionRule, SplitPoint, SplitRule } from './types';
import { findAttribution } from './find-attribution';
import { findHedges } from './find-hedges';
import { findSplits } from './find-splits';
import { guardTokens } from './guarded-regions';
import { hasDirectQuote } from './has-direct-quote';
import { isNegated } from './is-negated';
import { isRejection } from './is-rejection';
import { resolveAttributions, type ClauseDraft } from './resolve-attributions';
import { DEFAULT_SKIP_RULES, type SkipRule } from './skip-rules';
import { tokenize } from './tokenize';

export interface ExtractClaimsOptions {
  /** Clause split rules, in order (default `DEFAULT_SPLIT_RULES`). */
  splitRules?: readonly SplitRule[];
  /** Attribution rules, in order (default `DEFAULT_ATTRIBUTION_RULES`). */
  attributionRules?: readonly AttributionRule[];
  /** Rules that skip a whole sentence (default `DEFAULT_SKIP_RULES`). */
  skipRules?: readonly SkipRule[];
}

const EMPTY: ClaimExtraction = { claims: [], skipped: [] };
const SEPARATORS = /[\s,;:]/;

/** Local [start, end) of `text` without surrounding whitespace. */
function trimBounds(text: string, start: number, end: number, dropSeparators: boolean): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && (dropSeparators ? SEPARATORS : /\s/).test(text[e - 1])) e--;
  return [s, e];
}

/** Clause bounds between the split joiners; every non-last clause loses its trailing comma. */
function clauseBounds(text: string, splits: readonly SplitPoint[]): { start: number; end: number; split?: SplitPoint }[] {
  const out: { start: number; end: number; split?: SplitPoint }[] = [];
  let start = 0;
  let opened: SplitPoint | undefined;
  for (const split of [...splits, undefined]) {
    const end = split ? split.joiner.start : text.length;
    const [s, e] = trimBounds(text, start, end, split !== undefined);
    if (e > s) out.push({ start: s, end: e, split: opened });
    if (split) {
      start = split.joiner.end;
      opened = split;
    }
  }
  return out;
}

/**
 * Splits one sentence into atomic claims: coordinated independent clauses
 * become separate claims, each with its speaker (if reported), negation,
 * hedges, quotation and rejection flags. Questions, slogans and verbless
 * fragments are skipped with a reason. Spans are in the sentence's own
 * (article) coordinates and always slice back to the claim text.
 */
export function extractClaims(sentence: Sentence, options: ExtractClaimsOptions = {}): ClaimExtraction {
  if (!sentence || typeof sentence.text !== 'string') return EMPTY;
  const text = sentence.text;
  const base = Number.isFinite(sentence.span?.start) ? sentence.span.start : 0;
  const [s, e] = trimBounds(text, 0, text.length, false);
  if (e <= s) return EMPTY;
  const whole: Span = { start: base + s, end: base + e };

  const tokens = tokenize(text);
  const guarded = guardTokens(text, tokens);
  for (const rule of options.skipRules ?? DEFAULT_SKIP_RULES) {
    const reason = rule.test(text.slice(s, e), tokens, guarded);
    if (reason) return { claims: [], skipped: [{ span: whole, reason }] };
  }

  const splits = findSplits(text, { rules: options.splitRules });
  const clauses: ClauseDraft[] = clauseBounds(text, splits).map((b) => {
    const clauseText = text.slice(b.start, b.end);
    const own = findAttribution(clauseText, { offset: base + b.start, rules: options.attributionRules });
    return { text: clauseText, span: { start: base + b.start, end: base + b.end }, split: b.split, own };
  });
  const speakers = resolveAttributions(clauses);
  const claims: ClaimDraft[] = clauses.map((c, i) => {
    const a = speakers[i];
    return {
      text: c.text,
      span: c.span,
      ...(a && { attribution: { speaker: a.speaker, verb: a.verb, span: { ...a.span } } }),
      negated: isNegated(c.text),
      hedges: findHedges(c.text),
      quoted: hasDirectQuote(c.text),
      rejects: isRejection(c.text),
    };
  });
  return { claims, skipped: [] };
}
