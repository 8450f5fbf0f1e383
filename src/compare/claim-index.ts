import type { Claim, Cluster } from '../types';

/** A comparison's claims looked up by id, with each cluster's claims resolved once. */
export interface ClaimIndex {
  /** The claims of `clusters[k]` that are among the claims compared, in cluster order. */
  members: Claim[][];
  /** Where a claim id stands in the claims compared (the last claim with it). */
  positionOf(claimId: string): number | undefined;
  /** The cluster that holds a claim id (the last one listing it), if any. */
  clusterOf(claimId: string): Cluster | undefined;
  /** The compared claims clustered with a claim, itself included; none when it is in no cluster. */
  matesOf(claimId: string): readonly Claim[];
}

/**
 * One look-up table by claim id (a position), not one per question: a story's
 * claims are asked for by id when clusters are resolved, figures grouped and
 * rejections matched, and a feed holds tens of thousands of them.
 */
export function indexClaims(claims: readonly Claim[], clusters: readonly Cluster[]): ClaimIndex {
  const position = new Map<string, number>();
  for (let k = 0; k < claims.length; k++) position.set(claims[k]!.id, k);
  // Cluster of each claim position (-1: none) and of each id no claim has.
  const clusterAt = new Int32Array(claims.length).fill(-1);
  const strayCluster = new Map<string, number>();
  const members: Claim[][] = [];
  clusters.forEach((cluster, c) => {
    const list: Claim[] = [];
    for (const id of cluster.claimIds) {
      const k = position.get(id);
      if (k === undefined) {
        strayCluster.set(id, c);
        continue;
      }
      clusterAt[k] = c;
      list.push(claims[k]!);
    }
    members.push(list);
  });
  const clusterIndexOf = (claimId: string): number => {
    const k = position.get(claimId);
    return k === undefined ? strayCluster.get(claimId) ?? -1 : clusterAt[k]!;
  };
  return {
    members,
    positionOf: (claimId) => position.get(claimId),
    clusterOf: (claimId) => clusters[clusterIndexOf(claimId)],
    matesOf: (claimId) => members[clusterIndexOf(claimId)] ?? [],
  };
}
