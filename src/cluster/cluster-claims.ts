import type { Claim, Cluster } from '../types';
import { claimTerms } from './claim-terms';
import { dfWeightedIds } from './term-ids';
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

/** Claims in a stable order (article, then position) so that ids never depend on input order. */
function stableOrder(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => byCodeUnit(a.articleId, b.articleId) || a.span.start - b.span.start || byCodeUnit(a.id, b.id));
}

/**
 * For each claim, its most similar claim in every other article (ties: the
 * earlier claim), among the pairs that reach the threshold. Links come in no
 * set order: they are only unioned.
 */
function bestLinks(pairs: PairList, groups: Int32Array): [number, number][] {
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
  const links: [number, number][] = [];
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
      if (bestAt[g] === p) links.push([i, partner[p]]);
    }
  }
  return links;
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
  const threshold = options.threshold ?? DEFAULT_CLUSTER_THRESHOLD;
  const originOf = options.originOf ?? ((id: string) => id);
  const ordered = stableOrder(claims);
  const { ids, weights } = dfWeightedIds(ordered.map(claimTerms));
  const articles = articleNumbers(ordered);
  const pairs = similarIdPairs({ ids, weights, groups: articles, cap: POSTING_CAP, minSimilarity: threshold });
  const sets = new UnionFind(ordered.length);
  for (const [i, j] of bestLinks(pairs, articles)) sets.union(i, j);

  const groups = new Map<number, Claim[]>();
  ordered.forEach((claim, i) => {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group) group.push(claim);
    else groups.set(root, [claim]);
  });

  return [...groups.keys()]
    .sort((a, b) => a - b)
    .map((root, n) => {
      const members = groups.get(root) ?? [];
      const articleIds = [...new Set(members.map((c) => c.articleId))].sort();
      return {
        id: `cluster-${n + 1}`,
        claimIds: members.map((c) => c.id),
        articleIds,
        independentSources: new Set(articleIds.map(originOf)).size,
      };
    });
}
