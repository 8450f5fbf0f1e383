import type { Claim, Quantity } from '../../src/types';

/** A claim built by hand for stage tests: the text stands at offset `at` of its article. */
export function makeClaim(articleId: string, n: number, text: string, extra: Partial<Claim> = {}, at = 0): Claim {
  return {
    id: `${articleId}#${n}`,
    articleId,
    text,
    span: { start: at, end: at + text.length },
    negated: false,
    hedges: [],
    quoted: false,
    rejects: false,
    quantities: [],
    mentions: [],
    entities: [],
    ...extra,
  };
}

/** A figure found at `figure` inside the claim text starting at `claimStart`. */
export function makeQuantity(claimText: string, figure: string, fields: Omit<Quantity, 'text' | 'span'>, claimStart = 0): Quantity {
  const at = claimText.indexOf(figure);
  if (at < 0) throw new Error(`"${figure}" is not in "${claimText}"`);
  return { text: figure, span: { start: claimStart + at, end: claimStart + at + figure.length }, ...fields };
}
