import type { Claim, Cluster } from '../types';
import { readClaimId } from '../pipeline/claim-id';

/** The place of a cluster whose first claim is not among the claims: after all others. */
const NOT_FOUND = Number.MAX_SAFE_INTEGER;

/** An article of the report, in report order, as far as placing its claims needs. */
export interface ArticleClaimCount {
  id: string;
  claimCount: number;
}

/** Where a claim id of claimId's form says its claim is: `index` places after its article's first claim. */
function placeNamedBy(id: string, startOf: ReadonlyMap<string, number>): number | undefined {
  const named = readClaimId(id);
  if (!named) return undefined;
  const start = startOf.get(named.articleId);
  return start === undefined ? undefined : start + named.index;
}

/**
 * The report position of each cluster's first claim, cluster by cluster in
 * story order (`clustersByStory`). Read from the claim ids, checked against
 * the claim found there: a look-up per claim of the feed in a map of first
 * ids cost some 300 ms at 10,000 articles (the map is too large to stay in
 * cache, and most look-ups miss), this one look-up per cluster. Ids that do
 * not say where their claim is (a saved index may hold any) are searched for.
 */
export function firstClaimPositions(
  claims: readonly Claim[],
  articles: readonly ArticleClaimCount[],
  clustersByStory: readonly (readonly Cluster[])[],
): Float64Array {
  const startOf = new Map<string, number>();
  let start = 0;
  for (const a of articles) {
    startOf.set(a.id, start);
    start += a.claimCount;
  }
  if (start !== claims.length) return searchedPositions(claims, clustersByStory);
  let count = 0;
  for (const clusters of clustersByStory) count += clusters.length;
  const places = new Float64Array(count);
  let k = 0;
  for (const clusters of clustersByStory) {
    for (const c of clusters) {
      const id = c.claimIds[0] ?? '';
      const place = placeNamedBy(id, startOf);
      if (place === undefined || claims[place]?.id !== id) return searchedPositions(claims, clustersByStory);
      places[k++] = place;
    }
  }
  return places;
}

/**
 * firstClaimPositions by searching the claims for each first id: only those
 * ids are mapped (not every claim), each to its cluster. A later claim with
 * the same id wins, as a map of every claim would have it.
 */
function searchedPositions(claims: readonly Claim[], clustersByStory: readonly (readonly Cluster[])[]): Float64Array {
  const clusterOf = new Map<string, number>();
  const firstIds: string[] = [];
  for (const clusters of clustersByStory) {
    for (const c of clusters) {
      const id = c.claimIds[0] ?? '';
      // Of clusters sharing a first id, the map keeps the last; the others are placed from it below.
      clusterOf.set(id, firstIds.length);
      firstIds.push(id);
    }
  }
  const places = new Float64Array(firstIds.length).fill(NOT_FOUND);
  for (let i = 0; i < claims.length; i++) {
    const k = clusterOf.get(claims[i]!.id);
    if (k !== undefined) places[k] = i;
  }
  for (let k = 0; k < firstIds.length; k++) {
    if (places[k] === NOT_FOUND) places[k] = places[clusterOf.get(firstIds[k]!)!]!;
  }
  return places;
}
