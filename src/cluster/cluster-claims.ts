import type { Claim, Cluster } from '../types';
import { claimTerms } from './claim-terms';
import { TermInterning } from './term-ids';
import { similarIdPairs, type PairList } from '../internal/similar-pairs';
import { UnionFind } from '../internal/union-find';
import { byCodeUnit } from '../internal/by-code-unit';

/** Options of `clusterClaims`. */
export interface ClusterOptions {
  /** Weighted cosine similarity at which two claims from different articles join (default 0.28). */
  threshold?: number;
  /** Maps an article id to its origin, so reprints of one source count once (default: the article id). */
  originOf?: (articleId: string) => string;
}

/** Similarity at which claims from different articles join one cluster when no threshold is given. */
export const DEFAULT_CLUSTER_THRESHOLD = 0.28;

/** Terms shared by more claims than this cannot tell claims apart and are not used to find candidates. */
export const POSTING_CAP = 200;

const byArticleThenPosition = (a: Claim, b: Claim): number => byCodeUnit(a.articleId, b.articleId) || a.span.start - b.span.start || byCodeUnit(a.id, b.id);

/**
 * Claims in a stable order (article, then position) so that ids never depend
 * on input order. A story's claims nearly always come in that order already:
 * checked in one pass, then used as they are (the order is total, so a sort would give the same list).
 */
function stableOrder(claims: readonly Claim[]): readonly Claim[] {
  for (let k = 1; k < claims.length; k++) {
    if (byArticleThenPosition(claims[k - 1], claims[k]) > 0) return [...claims].sort(byArticleThenPosition);
  }
  return claims;
}

/**
 * Joins each claim with its most similar claim in every other article (ties:
 * the earlier claim), among the pairs that reach the threshold.
 */
function joinBestLinks(pairs: PairList, groups: Int32Array, sets: UnionFind): void {
  // Each claim's partners packed in one array, then each claim's best per article found with scratch slots.
  const n = groups.length;
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < pairs.count; k++) {
    offsets[pairs.i[k] + 1] += 1;
    offsets[pairs.j[k] + 1] += 1;
  }
  for (let k = 0; k < n; k++) offsets[k + 1] += offsets[k];
  const partner = new Int32Array(offsets[n]);
  const similarity = new Float64Array(offsets[n]);
  const fill = offsets.slice(0, n);
  for (let k = 0; k < pairs.count; k++) {
    const i = pairs.i[k];
    const j = pairs.j[k];
    const sim = pairs.similarity[k];
    partner[fill[i]] = j;
    similarity[fill[i]++] = sim;
    partner[fill[j]] = i;
    similarity[fill[j]++] = sim;
  }
  // Groups are numbered in claim order, so the last is the largest.
  const groupCount = n === 0 ? 0 : groups[n - 1] + 1;
  const bestAt = new Int32Array(groupCount).fill(-1);
  for (let i = 0; i < n; i++) {
    const from = offsets[i];
    const to = offsets[i + 1];
    for (let p = from; p < to; p++) {
      const g = groups[partner[p]];
      const current = bestAt[g];
      if (current < from || similarity[p] > similarity[current] || (similarity[p] === similarity[current] && partner[p] < partner[current])) bestAt[g] = p;
    }
    for (let p = from; p < to; p++) {
      const g = groups[partner[p]];
      if (bestAt[g] === p) sets.union(i, partner[p]);
    }
  }
}

/** Article of each claim as a small integer; claims come sorted by article. */
function articleNumbers(ordered: readonly Claim[]): Int32Array {
  const groups = new Int32Array(ordered.length);
  for (let k = 1; k < ordered.length; k++) groups[k] = groups[k - 1] + (ordered[k].articleId === ordered[k - 1].articleId ? 0 : 1);
  return groups;
}

/**
 * Groups claims that state the same thing across articles. Each claim links to
 * its most similar claim in every other article when that similarity reaches
 * the threshold; candidates come from shared terms (blocking), not all pairs.
 * Every claim lands in exactly one cluster (single-claim clusters included).
 */
export function clusterClaims(claims: readonly Claim[], options: ClusterOptions = {}): Cluster[] {
  return clusterClaimsInterned(claims, options).clusters;
}

/** Clusters, with the claims in the order clustered and their terms interned in that order. */
export interface InternedClustering {
  clusters: Cluster[];
  /** The claims in stable order: the very array given when it was in that order already. */
  ordered: readonly Claim[];
  /** `claimTerms` of `ordered[k]` as the k-th list, for a caller to extend (comparison adds figure contexts). */
  terms: TermInterning;
}

/** `clusterClaims`, handing back the interned claim terms so that a comparison of the same claims need not intern them again. */
export function clusterClaimsInterned(claims: readonly Claim[], options: ClusterOptions = {}): InternedClustering {
  const threshold = options.threshold ?? DEFAULT_CLUSTER_THRESHOLD;
  const originOf = options.originOf ?? ((id: string) => id);
  const ordered = stableOrder(claims);
  const terms = new TermInterning();
  terms.add(ordered.map(claimTerms));
  // Weighed now, over the claims alone: the interning may grow afterwards, these weights do not.
  const { ids, weights } = terms.dfWeighted();
  const articles = articleNumbers(ordered);
  const pairs = similarIdPairs({ ids, weights, groups: articles, cap: POSTING_CAP, minSimilarity: threshold });
  const sets = new UnionFind(ordered.length);
  joinBestLinks(pairs, articles, sets);
  return { clusters: clustersOf(ordered, sets, originOf), ordered, terms };
}

/**
 * The clusters of claims in `ordered`, numbered in order of their first
 * claim (UnionFind keeps the smaller index as root, so a root is its set's first claim).
 */
function clustersOf(ordered: readonly Claim[], sets: UnionFind, originOf: (articleId: string) => string): Cluster[] {
  const clusterAt = new Int32Array(ordered.length);
  const clusters: Cluster[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const root = sets.find(i);
    const claim = ordered[i];
    if (root === i) {
      clusterAt[i] = clusters.length;
      clusters.push({ id: `cluster-${clusters.length + 1}`, claimIds: [claim.id], articleIds: [claim.articleId], independentSources: 0 });
      continue;
    }
    const cluster = clusters[(clusterAt[i] = clusterAt[root])];
    cluster.claimIds.push(claim.id);
    // Claims come sorted by article id, so a new article is never one already listed.
    if (cluster.articleIds[cluster.articleIds.length - 1] !== claim.articleId) cluster.articleIds.push(claim.articleId);
  }
  // Most clusters hold one article: no set to build for those.
  for (const cluster of clusters) cluster.independentSources = cluster.articleIds.length === 1 ? 1 : new Set(cluster.articleIds.map(originOf)).size;
  return clusters;
}
