import type { SplitContext, Token } from '../types';
import { NEWS_VERBS } from '../verb-lists';

/** Known news verbs whose past form has fewer than five letters ("die" -> "died"). */
const SHORT_PASTS: ReadonlySet<string> = new Set(
  NEWS_VERBS.filter((v) => v.length === 3 && v.endsWith('e')).map((v) => `${v}d`),
);

/**
 * "died", "used": past forms of news verbs too short for the regular -ed
 * test in verb-forms (which keeps "red" and "bed" out), so the verb index
 * misses them. Lower case only, as that test is.
 */
export function isShortNewsPast(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text.length === 4 && SHORT_PASTS.has(t.text);
}

/** The clause left of token i holds such a past form: "nine people died and ...". */
export function leftHasShortPast(ctx: SplitContext, i: number): boolean {
  for (let k = ctx.clauseStart; k < i; k++) if (!ctx.guarded[k] && isShortNewsPast(ctx.tokens[k])) return true;
  return false;
}
