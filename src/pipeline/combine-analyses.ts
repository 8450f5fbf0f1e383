import type { Claim, Diagnostic, Report } from '../types';
import type { ArticleAnalysisResult } from './analyze-article';
import { resolveOrigins } from './resolve-origins';
import { groupEntities } from '../entities/group-entities';
import { compareStories } from './compare-stories';
import { partitionStories } from '../stories/partition-stories';
import { toReportClaim } from './to-report-claim';
import { byCodeUnit } from '../internal/by-code-unit';

export interface CombineOptions {
  tolerance?: number;
  clusterThreshold?: number;
  relations?: Record<string, string>;
  stories?: 'one' | 'split';
}

/** Canonical entity ids of a claim's mentions, once names are grouped across all articles. */
function withEntityIds(claim: Claim, idByName: Readonly<Record<string, string>>): Claim {
  // A relative-clause claim also names what it describes ("who fled in 2019" is about its antecedent).
  const names = [...claim.mentions, ...(claim.antecedentMentions ?? [])];
  const ids = names.map((m) => idByName[m.name]).filter((id): id is string => !!id);
  return { ...claim, entities: [...new Set(ids)].sort() };
}

/**
 * Origins story by story: a copy of an article tells the same story, so
 * copies are only looked for among its articles, which keeps a feed's copy
 * search (and its word 5-grams in memory) to one story at a time.
 */
function originsByStory(stories: readonly (readonly ArticleAnalysisResult[])[], relations?: Record<string, string>): ReturnType<typeof resolveOrigins> {
  const origins = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const story of stories) {
    const result = resolveOrigins(story, relations);
    for (const [id, origin] of result.origins) origins.set(id, origin);
    for (const d of result.diagnostics) diagnostics.push(d);
  }
  return { origins, diagnostics };
}

/** Stories of more than one article: a lone article has nothing to be confused with. */
const SHARED_STORY_SIZE = 2;

/**
 * A note when articles compared as one story read as several (a feed passed
 * without `stories: 'split'`): their claims and figures are then set against
 * each other, which is slow on a feed and may pair figures of different events.
 */
function severalStoriesNote(stories: readonly (readonly number[])[]): Diagnostic[] {
  const shared = stories.filter((s) => s.length >= SHARED_STORY_SIZE);
  if (shared.length < 2) return [];
  return [{
    rule: 'several-stories',
    message: `These articles read as ${stories.length} separate stories (${shared.length} told by more than one article), judged by the names and figures they share; pass stories: 'split' (CLI: --stories split) to compare each story on its own.`,
  }];
}

/**
 * The cross-article stages over per-article analyses: names grouped, origins
 * resolved, claims clustered and compared, the report assembled. Analyses are
 * taken in id order, so the report never depends on the order they came in.
 */
export function combineAnalyses(input: readonly ArticleAnalysisResult[], options: CombineOptions = {}): Report {
  const analyses = [...input].sort((a, b) => byCodeUnit(a.article.id, b.article.id));
  const captionSightings = analyses.flatMap((a) => a.captionMentions.map((mention) => ({ articleId: a.article.id, mention })));
  const mentions = [
    ...analyses.flatMap((a) => a.claims.flatMap((c) => c.mentions.map((m) => ({ name: m.name, kind: m.kind, articleId: c.articleId })))),
    ...captionSightings.map((s) => ({ name: s.mention.name, kind: s.mention.kind, articleId: s.articleId })),
  ];
  const grouping = groupEntities(mentions);
  const claimsOf = new Map(analyses.map((a) => [a.article.id, a.claims.map((c) => withEntityIds(c, grouping.idByName))]));
  const claims = analyses.flatMap((a) => claimsOf.get(a.article.id) ?? []);

  const found = partitionStories(analyses.map((a) => claimsOf.get(a.article.id) ?? []), grouping.idByName);
  const stories = options.stories === 'split' ? found : [analyses.map((_, i) => i)];
  const { origins, diagnostics: originNotes } = originsByStory(stories.map((s) => s.map((i) => analyses[i]!)), options.relations);
  const originOf = (id: string) => origins.get(id) ?? id;
  const published = new Map(analyses.map((a) => [a.article.id, a.article.publishedAt]));
  const compareOptions = {
    tolerance: options.tolerance,
    clusterThreshold: options.clusterThreshold,
    entities: grouping.entities,
    idByName: grouping.idByName,
    originOf,
    otherSightings: captionSightings,
    publishedAtOf: (id: string) => published.get(id),
  };
  const storyIds = stories.map((s) => s.map((i) => analyses[i]!.article.id));
  const { clusters, findings, diagnostics } = compareStories(claims, storyIds, compareOptions);
  if (options.stories !== 'split') diagnostics.push(...severalStoriesNote(found));

  return {
    schemaVersion: 2,
    articles: analyses.map((a) => ({
      id: a.article.id,
      ...(a.article.source !== undefined && { source: a.article.source }),
      ...(a.article.publishedAt !== undefined && { publishedAt: a.article.publishedAt }),
      claimCount: a.claims.length,
      skipped: a.skipped,
    })),
    claims: claims.map(toReportClaim),
    clusters,
    entities: grouping.entities,
    findings,
    diagnostics: [...analyses.flatMap((a) => a.diagnostics), ...originNotes, ...diagnostics],
  };
}
