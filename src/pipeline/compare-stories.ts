import type { Claim, Cluster, Diagnostic, Finding } from '../types';
import { clusterClaims } from '../cluster/cluster-claims';
import { compareAll, inReadingOrder, nameVariantFindings, type CompareOptions } from '../compare/compare-clusters';

export interface StoriesResult {
  clusters: Cluster[];
  findings: Finding[];
  diagnostics: Diagnostic[];
}

/** Clusters of all stories, numbered in the order of their first claim, as one story would number them. */
function numberClusters(perStory: readonly Cluster[][], position: ReadonlyMap<string, number>): Cluster[] {
  const first = (c: Cluster) => position.get(c.claimIds[0] ?? '') ?? Number.MAX_SAFE_INTEGER;
  return perStory
    .flat()
    .sort((a, b) => first(a) - first(b))
    .map((c, n) => ({ ...c, id: `cluster-${n + 1}` }));
}

/**
 * Clusters and compares claims story by story: claims of different stories
 * are never clustered together and their figures never set against each
 * other, so a feed of many stories costs the sum of its stories, not the
 * square of the feed. Names are grouped across the whole feed, so
 * name-variant findings are made once, over every claim. `claims` must be in
 * report order (article id, then position); `stories` lists article ids.
 */
export function compareStories(
  claims: readonly Claim[],
  stories: readonly (readonly string[])[],
  options: CompareOptions & { clusterThreshold?: number },
): StoriesResult {
  const storyOfArticle = new Map<string, number>();
  stories.forEach((ids, s) => ids.forEach((id) => storyOfArticle.set(id, s)));
  // Each story's claims keep report order, which is the order clustering numbers them in.
  const storyClaims = stories.map((): Claim[] => []);
  for (const c of claims) storyClaims[storyOfArticle.get(c.articleId) ?? 0]?.push(c);
  const position = new Map(claims.map((c, i) => [c.id, i]));
  const perStory = storyClaims.map((list) => clusterClaims(list, { threshold: options.clusterThreshold, originOf: options.originOf }));
  const clusters = numberClusters(perStory, position);
  const storyOf = new Map<string, number>();
  storyClaims.forEach((list, s) => list.forEach((c) => storyOf.set(c.id, s)));
  const clustersByStory = stories.map(() => [] as Cluster[]);
  for (const c of clusters) clustersByStory[storyOf.get(c.claimIds[0] ?? '') ?? 0]?.push(c);

  const findings: Omit<Finding, 'id'>[] = [];
  const diagnostics: Diagnostic[] = [];
  storyClaims.forEach((list, s) => {
    // Name variants are left to the one pass over the whole feed below.
    const result = compareAll(clustersByStory[s] ?? [], list, { ...options, entities: undefined });
    for (const { id: _id, ...finding } of result.findings) findings.push(finding);
    for (const d of result.diagnostics) diagnostics.push(d);
  });
  if (options.entities && options.idByName) {
    for (const f of nameVariantFindings(claims, options.entities, options.idByName, options.otherSightings)) findings.push(f);
  }
  return { clusters, findings: inReadingOrder(findings), diagnostics };
}
