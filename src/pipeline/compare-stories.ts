import type { Claim, Cluster, Diagnostic, Finding, ReportEntity } from '../types';
import type { NameSighting } from '../compare/name-variants';
import { inReadingOrder, nameVariantFindings } from '../compare/compare-clusters';
import type { StoryResult } from './compare-story';
import { firstClaimPositions, type ArticleClaimCount } from '../stories/first-claim-positions';

export interface StoriesResult {
  clusters: Cluster[];
  findings: Finding[];
  diagnostics: Diagnostic[];
}

/** What name-variant findings need: they are made once over every story's names. */
export interface NameContext {
  entities: readonly ReportEntity[];
  idByName: Readonly<Record<string, string>>;
  otherSightings: readonly NameSighting[];
}

/**
 * Clusters of all stories, numbered in the order of their first claim, as one
 * story would number them, and for each story the map from the ids it gave
 * its clusters to those numbers. `places` holds each cluster's place, in
 * story order (see firstClaimPositions).
 */
function numberClusters(results: readonly StoryResult[], places: Float64Array): { clusters: Cluster[]; renamed: Map<string, string>[] } {
  const flat: Cluster[] = [];
  const storyOf: number[] = [];
  results.forEach((r, story) => {
    for (const cluster of r.clusters) {
      flat.push(cluster);
      storyOf.push(story);
    }
  });
  // Indexes sorted, not an object per cluster (a feed has some 60,000); the sort is stable, so ties keep story order.
  const order = Array.from(flat, (_, k) => k).sort((a, b) => places[a]! - places[b]!);
  const renamed = results.map(() => new Map<string, string>());
  const clusters = order.map((k, n) => {
    const cluster = flat[k]!;
    const id = `cluster-${n + 1}`;
    renamed[storyOf[k]!]!.set(cluster.id, id);
    return { ...cluster, id };
  });
  return { clusters, renamed };
}

/**
 * The claims (in order) that name an entity written more than one way: only
 * their names can make a name-variant finding. Read from each claim's entity
 * ids (given by the same grouping), not by looking up every name of the feed.
 */
function namingVariedEntities(claims: readonly Claim[], entities: readonly ReportEntity[]): Claim[] {
  const varied = new Set<string>();
  for (const e of entities) if (e.variants.length >= 2) varied.add(e.id);
  return claims.filter((c) => c.entities.some((id) => varied.has(id)));
}

/**
 * Puts the stories compared one by one (compareStory) back together as one
 * report's clusters, findings and diagnostics: claims of different stories
 * were never clustered together nor their figures set against each other, so
 * a feed costs the sum of its stories, not the square of the feed. `claims`
 * is every claim in report order, `articles` the report's articles (in the
 * same order, with their claim counts); `results` are in story order.
 */
export function mergeStories(
  claims: readonly Claim[],
  articles: readonly ArticleClaimCount[],
  results: readonly StoryResult[],
  names?: NameContext,
): StoriesResult {
  const places = firstClaimPositions(claims, articles, results.map((r) => r.clusters));
  const { clusters, renamed } = numberClusters(results, places);
  const findings: Omit<Finding, 'id'>[] = [];
  const diagnostics: Diagnostic[] = [];
  results.forEach((result, story) => {
    for (const f of result.findings) {
      findings.push(f.clusterId === undefined ? f : { ...f, clusterId: renamed[story]!.get(f.clusterId) ?? f.clusterId });
    }
    for (const d of result.diagnostics) diagnostics.push(d);
  });
  if (names) for (const f of nameVariantFindings(namingVariedEntities(claims, names.entities), names.entities, names.idByName, names.otherSightings)) findings.push(f);
  return { clusters, findings: inReadingOrder(findings), diagnostics };
}
