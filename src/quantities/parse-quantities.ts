import type { ExtractQuantitiesOptions, ParseContext, QuantityMatch, RuledQuantity } from './types';
import type { Quantity } from '../types';
import { tokenize } from './tokens/tokenize';
import { TokenPool } from './tokens/token-pool';
import { SCRATCH_KEPT } from '../internal/take-scratch';
import { startFlags } from './parsers/start-flags';
import { mayHoldQuantity } from './may-hold-quantity';
import { publishedDay } from './dates/published-day';
import { DEFAULT_PARSERS, DEFAULT_REFINERS } from './default-configuration';

/**
 * A refined match as a quantity; with `withRule`, also the name of the rule
 * that made it, after `unit` as RuledQuantity lists it. The plain kind (every
 * claim of a feed) is one literal; only the debugging kind adds a key after it.
 */
function quantityOf(ctx: ParseContext, m: QuantityMatch, offset: number, withRule: boolean): Quantity & { rule?: string } {
  const start = ctx.tokens[m.firstToken].start;
  const end = ctx.tokens[m.endToken - 1].end;
  const q: Quantity & { rule?: string } = {
    text: ctx.text.slice(start, end),
    span: { start: start + offset, end: end + offset },
    value: m.value,
    low: m.low,
    high: m.high,
    unit: m.unit ?? 'count',
  };
  if (withRule) q.rule = m.rule;
  if (m.subject !== undefined) q.subject = m.subject;
  if (m.qualifier !== undefined) q.qualifier = m.qualifier;
  return q;
}

const toQuantity = (ctx: ParseContext, m: QuantityMatch, offset: number): Quantity => quantityOf(ctx, m, offset, false);
const toRuledQuantity = (ctx: ParseContext, m: QuantityMatch, offset: number): RuledQuantity => quantityOf(ctx, m, offset, true) as RuledQuantity;

// The tokens of each claim come from one pool: a text's tokens are only read while its quantities are
// built (the matches keep token indices, the quantities fresh slices of the text), and extraction never
// re-enters itself.
const TOKENS = new TokenPool();

// The start flags likewise go into one buffer, grown as needed up to SCRATCH_KEPT.
let flagBuffer = new Uint8Array(256);

/** A buffer of at least `n` bytes for the start flags of one text. */
function flagsFor(n: number): Uint8Array {
  if (n <= flagBuffer.length) return flagBuffer;
  if (n > SCRATCH_KEPT) return new Uint8Array(n);
  flagBuffer = new Uint8Array(Math.min(SCRATCH_KEPT, Math.max(n, 2 * flagBuffer.length)));
  return flagBuffer;
}

/** Every parser's candidates, then every refiner in turn; plain loops, as this runs once per claim. */
function refinedMatches(ctx: ParseContext): QuantityMatch[] {
  let matches: QuantityMatch[] = [];
  for (const parser of DEFAULT_PARSERS) {
    const found = parser.parse(ctx);
    for (let k = 0; k < found.length; k++) matches.push(found[k]);
  }
  for (const refiner of DEFAULT_REFINERS) matches = refiner.refine(ctx, matches);
  return matches;
}

/**
 * The quantities of a text built by `build` from each refined match with a finite value;
 * empty when the text cannot hold one.
 */
function buildQuantities<Q>(
  text: string,
  options: ExtractQuantitiesOptions,
  build: (ctx: ParseContext, m: QuantityMatch, offset: number) => Q,
): Q[] {
  const out: Q[] = [];
  if (typeof text !== 'string' || text.length === 0 || !mayHoldQuantity(text)) return out;
  const offset = Number.isFinite(options.offset) ? (options.offset as number) : 0;
  TOKENS.restart();
  const tokens = tokenize(text, TOKENS);
  if (tokens.length === 0) return out;
  const ctx: ParseContext = { text, tokens, starts: startFlags(text, tokens, flagsFor(tokens.length)), publishedDay: publishedDay(options.publishedAt) };
  for (const m of refinedMatches(ctx)) if (Number.isFinite(m.value)) out.push(build(ctx, m, offset));
  return out;
}

/** The quantities of `extractQuantities`, without the rule names. */
export function plainQuantities(text: string, options: ExtractQuantitiesOptions = {}): Quantity[] {
  return buildQuantities(text, options, toQuantity);
}

/**
 * Like `extractQuantities`, but each result also names the rule that made it
 * ("number:digits+qualifier", "date:weekday"), for debugging and benchmarks.
 */
export function parseQuantities(text: string, options: ExtractQuantitiesOptions = {}): RuledQuantity[] {
  return buildQuantities(text, options, toRuledQuantity);
}
