import type { Claim, Cluster } from '../types';
import { claimTerms } from './claim-terms';
import { termWeights } from './term-weights';
import { weightedCosine } from './weighted-cosine';
import { UnionFind } from '../internal/union-find';
import { byCodeUnit } from '../internal/by-code-unit';

export interface ClusterOptions {
  /** Weighted cosine similarity at which two claims from different articles join (default 0.28). */
  threshold?: number;
  /** Maps an article id to its origin, so reprints of one source count once (default: the article id). */
  originOf?: (articleId: string) => string;
}

export const DEFAULT_CLUSTER_THRESHOLD = 0.28;

/** Terms shared by more claims than this cannot tell claims apart and are not used to find candidates. */
export const POSTING_CAP = 200;

/** Claims in a stable order (article, then position) so that ids never depend on input order. */
function stableOrder(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => byCodeUnit(a.articleId, b.articleId) || a.span.start - b.span.start || byCodeUnit(a.id, b.id));
}

/** Posting lists over terms; terms found in most claims are left out: they cannot tell claims apart. */
function buildPostings(termLists: readonly string[][]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  termLists.forEach((terms, i) => {
    for (const t of terms) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  // A fixed cap, not a share of all claims: more articles must not change which claims are compared.
  const cap = POSTING_CAP;
  for (const [t, list] of postings) if (list.length > cap) postings.delete(t);
  return postings;
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
  const weight = (t: string) => idf.get(t) ?? 0;
  const postings = buildPostings(termLists);
  const sets = new UnionFind(ordered.length);

  ordered.forEach((claim, i) => {
    const candidates = new Set<number>();
    for (const t of termLists[i]) for (const j of postings.get(t) ?? []) if (j !== i) candidates.add(j);
    const best = new Map<string, { j: number; sim: number }>();
    for (const j of [...candidates].sort((a, b) => a - b)) {
      const other = ordered[j].articleId;
      if (other === claim.articleId) continue;
      const sim = weightedCosine(termLists[i], termLists[j], weight);
      const current = best.get(other);
      if (sim >= threshold && (!current || sim > current.sim)) best.set(other, { j, sim });
    }
    for (const { j } of best.values()) sets.union(i, j);
  });

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
