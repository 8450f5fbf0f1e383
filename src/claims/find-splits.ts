import type { SplitPoint, SplitRule } from './types';
import { DEFAULT_SPLIT_RULES } from './split-rules';
import { tokenize } from './tokenize';
import { guardTokens } from './guarded-regions';
import { indexVerbs } from './verb-index';

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
  const offset = options.offset ?? 0;
  const rules = options.rules ?? DEFAULT_SPLIT_RULES;
  const tokens = tokenize(text);
  const guarded = guardTokens(text, tokens);
  const verbs = indexVerbs(tokens);
  const points: SplitPoint[] = [];
  let clauseStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (guarded[i] || i === clauseStart) continue;
    const ctx = { text, tokens, guarded, clauseStart, ...verbs };
    const point = firstMatch(rules, ctx, i);
    if (!point || point.joiner.end >= text.length) continue;
    const joinerText = text.slice(point.joiner.start, point.joiner.end);
    points.push({ ...point, joinerText, joiner: { start: point.joiner.start + offset, end: point.joiner.end + offset } });
    while (i + 1 < tokens.length && tokens[i + 1].start < point.joiner.end) i++;
    clauseStart = i + 1;
  }
  return points;
}

function firstMatch(rules: readonly SplitRule[], ctx: Parameters<SplitRule['match']>[0], i: number): SplitPoint | null {
  for (const rule of rules) {
    const point = rule.match(ctx, i);
    if (point) return point;
  }
  return null;
}
