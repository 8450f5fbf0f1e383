import type { SplitContext, SplitPoint, SplitRule, Token } from './types';
import { SPLIT_TRIGGER, traitsOf } from './token-traits';
import { DEFAULT_SPLIT_RULES } from './split-rules';
import { tokenized, type TokenizedText } from './tokenize';
import { indexVerbs, sharedVerbIndex, type VerbIndex } from './verb-index';

export interface FindSplitsOptions {
  /** Added to every returned span (default 0). */
  offset?: number;
  /** Rules to try, in order (default `DEFAULT_SPLIT_RULES`). */
  rules?: readonly SplitRule[];
}

/**
 * Where `text` (one sentence) divides into independent clauses. Each split
 * point names its rule; cuts never fall inside quotes, parentheses or dash asides.
 */
export function findSplits(text: string, options: FindSplitsOptions = {}): SplitPoint[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return splitsOf(tokenized(text), options);
}

/** `findSplits` over a text already tokenised. */
export function splitsOf(tt: TokenizedText, options: FindSplitsOptions = {}): SplitPoint[] {
  const { text, tokens } = tt;
  if (text.length === 0) return [];
  const offset = options.offset ?? 0;
  const rules = options.rules ?? DEFAULT_SPLIT_RULES;
  const guarded = tt.guarded();
  const triggers = triggersOf(rules);
  // The default rules' triggers are a bit of each token's traits: no set lookup per token.
  const byTraits = rules === DEFAULT_SPLIT_RULES && triggers !== null;
  const points: SplitPoint[] = [];
  // Made when a rule is first asked: many sentences hold no trigger at all.
  let verbs: VerbIndex | undefined;
  // One context per clause: only `clauseStart` changes, when a split opens the next clause.
  let clauseStart = 0;
  let ctx: SplitContext | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (guarded[i] || i === clauseStart || !mayCut(tokens[i], byTraits, triggers)) continue;
    // The default rules only index it, and keep no context past their call: one index serves every sentence.
    verbs ??= rules === DEFAULT_SPLIT_RULES ? sharedVerbIndex(tokens) : indexVerbs(tokens);
    ctx ??= { text, tokens, guarded, clauseStart, verbsBefore: verbs.verbsBefore, lastVerbBefore: verbs.lastVerbBefore };
    const point = firstMatch(rules, ctx, i);
    if (!point || point.joiner.end >= text.length) continue;
    points.push(placed(point, text.slice(point.joiner.start, point.joiner.end), offset));
    while (i + 1 < tokens.length && tokens[i + 1].start < point.joiner.end) i++;
    clauseStart = i + 1;
    ctx = undefined;
  }
  return points;
}

/**
 * A rule's split point with its joiner text, moved by `offset`. Built field
 * by field, in the order a spread gave: the rules' points differ in shape,
 * and spreading many shapes is a slow generic copy.
 */
function placed(point: SplitPoint, joinerText: string, offset: number): SplitPoint {
  const joiner = { start: point.joiner.start + offset, end: point.joiner.end + offset };
  if (point.verb === undefined) return { rule: point.rule, joiner, sharedSubject: point.sharedSubject, joinerText };
  return { rule: point.rule, joiner, sharedSubject: point.sharedSubject, verb: point.verb, joinerText };
}

/** Whether a rule with these triggers (null: any token) may cut at token `t`. */
function mayCut(t: Token, byTraits: boolean, triggers: ReadonlySet<string> | null): boolean {
  if (byTraits) return (traitsOf(t) & SPLIT_TRIGGER) !== 0;
  return triggers === null || triggers.has(t.lower);
}

/** The tokens any of `rules` can match at, or null when one of them may match anywhere. */
function triggersOf(rules: readonly SplitRule[]): ReadonlySet<string> | null {
  if (lastTriggers && sameRules(lastTriggers.rules, rules)) return lastTriggers.set;
  const set = rules.every((r) => r.triggers) ? new Set(rules.flatMap((r) => [...(r.triggers ?? [])])) : null;
  lastTriggers = { rules: [...rules], set };
  return set;
}

/** The union for the last rule list seen (nearly always the default one), checked rule by rule: a caller may change its list. */
let lastTriggers: { rules: readonly SplitRule[]; set: ReadonlySet<string> | null } | undefined;

function sameRules(a: readonly SplitRule[], b: readonly SplitRule[]): boolean {
  return a.length === b.length && a.every((r, k) => r === b[k]);
}

function firstMatch(rules: readonly SplitRule[], ctx: SplitContext, i: number): SplitPoint | null {
  for (const rule of rules) {
    const point = rule.match(ctx, i);
    if (point) return point;
  }
  return null;
}
