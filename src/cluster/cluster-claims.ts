import type { Claim, Cluster } from '../types';
import { claimTerms } from './claim-terms';
import { termWeights } from './term-weights';
import { similarPairs, type SimilarPair } from '../internal/similar-pairs';
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
 * earlier claim), among the pairs that reach the threshold.
 */
function bestLinks(pairs: readonly SimilarPair[], articleOf: (i: number) => string): [number, number][] {
  const best = new Map<number, Map<string, { j: number; sim: number }>>();
  const offer = (i: number, j: number, sim: number) => {
    let perArticle = best.get(i);
    if (!perArticle) best.set(i, (perArticle = new Map()));
    const current = perArticle.get(articleOf(j));
    if (!current || sim > current.sim || (sim === current.sim && j < current.j)) perArticle.set(articleOf(j), { j, sim });
  };
  for (const { i, j, similarity } of pairs) {
    offer(i, j, similarity);
    offer(j, i, similarity);
  }
  const links: [number, number][] = [];
  for (const [i, perArticle] of best) for (const { j } of perArticle.values()) links.push([i, j]);
  return links;
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
  const termLists = ordered.map(claimTerms);
  const idf = termWeights(termLists);
  const pairs = similarPairs({
    terms: termLists,
    groups: ordered.map((c) => c.articleId),
    weight: (t) => idf.get(t) ?? 0,
    cap: POSTING_CAP,
    minSimilarity: threshold,
  });
  const sets = new UnionFind(ordered.length);
  for (const [i, j] of bestLinks(pairs, (k) => ordered[k].articleId)) sets.union(i, j);

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
