import type { Claim, Cluster, Diagnostic, Finding, ReportEntity } from '../types';
import type { NameSighting } from '../compare/name-variants';
import { inReadingOrder, nameVariantFindings } from '../compare/compare-clusters';
import type { StoryResult } from './compare-story';

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
 * its clusters to those numbers.
 */
function numberClusters(results: readonly StoryResult[], position: ReadonlyMap<string, number>): { clusters: Cluster[]; renamed: Map<string, string>[] } {
  const first = (c: Cluster) => position.get(c.claimIds[0] ?? '') ?? Number.MAX_SAFE_INTEGER;
  // Each cluster's place looked up once, not twice per comparison (a feed has some 300,000 clusters).
  const all = results.flatMap((r, story) => r.clusters.map((cluster) => ({ cluster, story, at: first(cluster) })));
  all.sort((a, b) => a.at - b.at);
  const renamed = results.map(() => new Map<string, string>());
  const clusters = all.map(({ cluster, story }, n) => {
    const id = `cluster-${n + 1}`;
    renamed[story]!.set(cluster.id, id);
    return { ...cluster, id };
  });
  return { clusters, renamed };
}

/** Marks a first claim id not (yet) found among the claims. */
const NOT_FOUND = -1;

/**
 * The report position of each cluster's first claim. Only those ids are
 * kept: a map of every claim of a feed (some 130,000 at 3,000 articles)
 * cost more to fill than the whole numbering, and a cluster is placed by its
 * first claim alone. A later claim with the same id wins, as a full map would have it.
 */
function firstClaimPositions(claims: readonly Claim[], results: readonly StoryResult[]): Map<string, number> {
  const position = new Map<string, number>();
  for (const r of results) for (const c of r.clusters) position.set(c.claimIds[0] ?? '', NOT_FOUND);
  for (let i = 0; i < claims.length; i++) {
    const id = claims[i]!.id;
    if (position.has(id)) position.set(id, i);
  }
  for (const [id, at] of position) if (at === NOT_FOUND) position.delete(id);
  return position;
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
 * is every claim in report order; `results` are in story order.
 */
export function mergeStories(claims: readonly Claim[], results: readonly StoryResult[], names?: NameContext): StoriesResult {
  const { clusters, renamed } = numberClusters(results, firstClaimPositions(claims, results));
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
