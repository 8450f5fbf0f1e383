/**
 * The id of claim `index` (0-based) of an article: `${articleId}#${index + 1}`.
 * Stable across runs, and it says where its claim is: readClaimId reads that back.
 */
export function claimId(articleId: string, index: number): string {
  return `${articleId}#${index + 1}`;
}

/**
 * The 0-based index within its article that a claim id of claimId's form
 * gives, and the article id before it; undefined for any other id (a saved
 * index may hold ids of another form). The article id may itself hold '#'.
 */
export function readClaimId(id: string): { articleId: string; index: number } | undefined {
  const hash = id.lastIndexOf('#');
  if (hash < 0) return undefined;
  const n = Number(id.slice(hash + 1));
  return Number.isInteger(n) && n >= 1 ? { articleId: id.slice(0, hash), index: n - 1 } : undefined;
}
