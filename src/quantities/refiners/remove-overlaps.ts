import type { ParseContext, QuantityMatch, Refiner } from '../types';

/** On a tie in length, a date beats an ignore span, which beats a plain number. */
const KIND_PRIORITY: Record<QuantityMatch['kind'], number> = { date: 0, ignore: 1, quantity: 2 };

function charLength(ctx: ParseContext, m: QuantityMatch): number {
  return ctx.tokens[m.endToken - 1].end - ctx.tokens[m.firstToken].start;
}

/** Keep the longest of overlapping candidates (chrono's rule), then drop the ignore spans. */
export const removeOverlaps: Refiner = {
  name: 'remove-overlaps',
  refine(ctx, matches) {
    // Most texts have at most one candidate: nothing to rank.
    if (matches.length <= 1) return matches.length === 1 && matches[0].kind === 'ignore' ? [] : matches;
    const ranked = [...matches].sort((a, b) =>
      charLength(ctx, b) - charLength(ctx, a)
      || KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind]
      || a.firstToken - b.firstToken);
    const taken = new Uint8Array(ctx.tokens.length);
    const kept: QuantityMatch[] = [];
    for (const m of ranked) {
      let free = true;
      for (let t = m.firstToken; t < m.endToken && free; t++) free = taken[t] === 0;
      if (!free) continue;
      for (let t = m.firstToken; t < m.endToken; t++) taken[t] = 1;
      kept.push(m);
    }
    return kept.filter((m) => m.kind !== 'ignore').sort((a, b) => a.firstToken - b.firstToken);
  },
};
