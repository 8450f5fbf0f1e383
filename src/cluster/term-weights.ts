/** Weight of a term held by `count` claims: 1 for one, falling slowly as more share it. */
export const dfWeight = (count: number): number => 1 / (1 + Math.log(count));

/**
 * Weight of each term by how many claims use it: 1 for a term used once,
 * falling slowly as more claims share it ("said", a country every article
 * names). It depends on the term's own count only, never on how many claims
 * there are in all, so adding an unrelated article changes no weight.
 */
export function termWeights(termLists: readonly string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of termLists) for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [t, count] of df) weights.set(t, dfWeight(count));
  return weights;
}
