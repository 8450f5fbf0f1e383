import type { QuantityMatch, Refiner, Token } from '../types';

type Match = QuantityMatch;
import { isWord } from '../tokens/token-helpers';

/** Tokens between a figure and the "from" after it: "1,740 kalars a litre, up from 1,200". */
const MAX_GAP = 6;

/** Whether the tokens [from, to) hold only words and commas: no sentence or clause break. */
function sameClause(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && !(t.kind === 'punct' && t.text === ',')) return false;
  }
  return true;
}

/**
 * A bare number after "from" that follows a figure with a unit takes that
 * unit: "costs 2,800 dinars, up from 2,000" is 2,000 dinars, "rose to 8.4%,
 * up from 7.9" is 7.9%; so does one before "to" and a figure with a unit:
 * "from 24 to 25 per cent" is 24 per cent. Left bare, the old value could be
 * compared with nothing, and a reader sees a count where the outlet meant a price.
 */
export const inheritFromUnit: Refiner = {
  name: 'from-unit',
  refine(ctx, matches) {
    const { tokens } = ctx;
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i]!;
      // Bare: a count with nothing said of what it counts (assignCountUnit has run).
      if (m.kind !== 'quantity' || m.unit !== 'count' || m.subject !== undefined || m.amount?.kind !== 'digits') continue;
      if (!isWord(tokens[m.firstToken - 1], 'from')) continue;
      const unitFrom = unitBefore(matches[i - 1], m.firstToken - 1, tokens) ?? unitAfter(matches[i + 1], m.endToken, tokens);
      if (unitFrom === undefined) continue;
      // The matches are this extraction's own: updated in place, not copied.
      m.unit = unitFrom.unit;
      m.subject = unitFrom.subject;
    }
    return matches;
  },
};

/** "2,800 dinars, up from [2,000]": the figure shortly before "from", in the same clause. */
function unitBefore(before: Match | undefined, from: number, tokens: Token[]): Match | undefined {
  if (before?.kind !== 'quantity' || before.unit === undefined || before.unit === 'date') return undefined;
  return from - before.endToken <= MAX_GAP && sameClause(tokens, before.endToken, from) ? before : undefined;
}

/** "from [24] to 25 per cent": the figure right after "to". */
function unitAfter(after: Match | undefined, end: number, tokens: Token[]): Match | undefined {
  if (after?.kind !== 'quantity' || after.unit === undefined || after.unit === 'date' || after.unit === 'count') return undefined;
  return isWord(tokens[end], 'to') && after.firstToken === end + 1 ? after : undefined;
}
