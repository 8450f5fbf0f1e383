/** Inverse document frequency of each term over all claims: rare shared words say more. */
export function inverseDocumentFrequency(termLists: readonly string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of termLists) for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = termLists.length;
  const idf = new Map<string, number>();
  for (const [t, count] of df) idf.set(t, Math.log(1 + n / count));
  return idf;
}
