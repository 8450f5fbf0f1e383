import type { ExtractQuantitiesOptions, ParseContext, QuantityMatch, RuledQuantity } from './types';
import { tokenize } from './tokens/tokenize';
import { mayHoldQuantity } from './may-hold-quantity';
import { publishedDay } from './dates/published-day';
import { DEFAULT_PARSERS, DEFAULT_REFINERS } from './default-configuration';

function toQuantity(ctx: ParseContext, m: QuantityMatch, offset: number): RuledQuantity {
  const start = ctx.tokens[m.firstToken].start;
  const end = ctx.tokens[m.endToken - 1].end;
  const q: RuledQuantity = {
    text: ctx.text.slice(start, end),
    span: { start: start + offset, end: end + offset },
    value: m.value,
    low: m.low,
    high: m.high,
    unit: m.unit ?? 'count',
    rule: m.rule,
  };
  if (m.subject !== undefined) q.subject = m.subject;
  if (m.qualifier !== undefined) q.qualifier = m.qualifier;
  return q;
}

/**
 * Like `extractQuantities`, but each result also names the rule that made it
 * ("number:digits+qualifier", "date:weekday"), for debugging and benchmarks.
 */
export function parseQuantities(text: string, options: ExtractQuantitiesOptions = {}): RuledQuantity[] {
  if (typeof text !== 'string' || text.length === 0 || !mayHoldQuantity(text)) return [];
  const offset = Number.isFinite(options.offset) ? (options.offset as number) : 0;
  const ctx: ParseContext = { text, tokens: tokenize(text), publishedDay: publishedDay(options.publishedAt) };
  if (ctx.tokens.length === 0) return [];
  const candidates = DEFAULT_PARSERS.flatMap((parser) => parser.parse(ctx));
  const refined = DEFAULT_REFINERS.reduce((matches, refiner) => refiner.refine(ctx, matches), candidates);
  return refined.filter((m) => Number.isFinite(m.value)).map((m) => toQuantity(ctx, m, offset));
}
