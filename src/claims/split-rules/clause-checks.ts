import type { SplitContext } from '../types';
import { DETERMINER, hasTrait } from '../token-traits';
import { isFiniteVerb } from '../verb-forms';
import { REPORTING_FORMS } from '../verb-lists';
import { SUBORDINATORS } from '../word-lists';

/** The clause left of token i has a verb of its own, so what follows is not a noun list. */
export function leftHasVerb(ctx: SplitContext, i: number): boolean {
  return ctx.verbsBefore[i] - ctx.verbsBefore[ctx.clauseStart] > 0;
}

/**
 * `leftHasVerb`, not counting past forms used as adjectives: one that is no
 * verb in the strict sense and stands right after a comma, a number or a
 * determiner ("1,340 refrigerated containers", "avocados, cut flowers and
 * fish were ...") modifies the noun after it. Without a real verb on the
 * left, an "and" before a new subject ends a noun list, not a clause.
 * Visits only the verb candidates, through `lastVerbBefore`.
 */
export function leftHasClauseVerb(ctx: SplitContext, i: number): boolean {
  for (let v = ctx.lastVerbBefore[i]; v >= ctx.clauseStart; v = ctx.lastVerbBefore[v]) {
    if (!isAdjectiveUse(ctx, v)) return true;
  }
  return false;
}

function isAdjectiveUse(ctx: SplitContext, v: number): boolean {
  if (isFiniteVerb(ctx.tokens, v, 'strict')) return false;
  const prev = ctx.tokens[v - 1];
  if (!prev || v === ctx.clauseStart) return true;
  if (prev.kind === 'punct') return prev.text === ',';
  return /^\d/.test(prev.lower) || hasTrait(prev, DETERMINER);
}

/** Words after which an "and" joins the parts of an embedded clause or a pair ("since A and B are", "between A and B"). */
const EMBEDDING_WORDS: ReadonlySet<string> = new Set([...SUBORDINATORS, 'since', 'as', 'between', 'while', 'after', 'before', 'until']);

/**
 * "The talks failed since X and Y were absent", "Reports from A, B and C said":
 * a comma or a subordinating word between the last verb and the conjunction
 * means the conjunction joins noun phrases inside one clause.
 */
export function isEmbeddedCoordination(ctx: SplitContext, i: number): boolean {
  const lastVerb = ctx.lastVerbBefore[i];
  if (lastVerb < ctx.clauseStart) return false;
  if (REPORTING_FORMS.has(ctx.tokens[lastVerb].lower)) return true;
  for (let k = lastVerb + 1; k < i; k++) {
    const t = ctx.tokens[k];
    if (ctx.guarded[k]) continue;
    if ((t.kind === 'punct' && t.text === ',') || EMBEDDING_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** Conjunctions that open a subordinate clause; an "and" after them usually stays inside it. */
const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'although', 'though', 'because', 'since', 'when', 'whenever', 'once', 'until', 'while', 'whereas']);

/**
 * "X said that as long as A and B, C": a subordinate clause opened after the
 * last comma is still open, so an "and" without a comma belongs to it.
 */
export function isInsideSubordinate(ctx: SplitContext, i: number): boolean {
  for (let k = i - 1; k >= ctx.clauseStart; k--) {
    const t = ctx.tokens[k];
    if (ctx.guarded[k]) continue;
    if (t.kind === 'punct' && t.text === ',') return false;
    if (SUBORDINATE_OPENERS.has(t.text) || (t.text === 'long' && ctx.tokens[k - 1]?.text === 'as')) return true;
  }
  return false;
}

/** The tokens from..to contain something that could be a verb. */
export function rangeHasVerb(ctx: SplitContext, from: number, to: number): boolean {
  return ctx.verbsBefore[to] - ctx.verbsBefore[from] > 0;
}

/** Offset where the clause starting at token k begins (end of the text when there is none). */
export function clauseOffset(ctx: SplitContext, k: number): number {
  return ctx.tokens[k]?.start ?? ctx.text.length;
}

/** Token k is the unguarded word `word`. */
export function isWord(ctx: SplitContext, k: number, word: string): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && t.kind === 'word' && t.lower === word && !ctx.guarded[k];
}

/** Token k is an unguarded word of `words`. */
export function isWordIn(ctx: SplitContext, k: number, words: ReadonlySet<string>): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && t.kind === 'word' && words.has(t.lower) && !ctx.guarded[k];
}

export function isPunct(ctx: SplitContext, k: number, mark: string): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && t.kind === 'punct' && t.text === mark && !ctx.guarded[k];
}
