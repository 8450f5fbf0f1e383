import type { Claim, Diagnostic, Report } from '../types';
import type { ArticleAnalysisResult } from './analyze-article';
import { groupEntities } from '../entities/group-entities';
import { mergeStories } from './compare-stories';
import { compareStory, type StoryInput, type StoryOptions, type StoryResult } from './compare-story';
import { storyInputs } from './story-inputs';
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

/** The feed-wide work done before stories are compared: names grouped, entity ids given, stories found. */
export interface PreparedCombine {
  analyses: ArticleAnalysisResult[];
  grouping: ReturnType<typeof groupEntities>;
  captionSightings: { articleId: string; mention: ArticleAnalysisResult['captionMentions'][number] }[];
  claims: Claim[];
  /** The stories the articles read as, whatever `options.stories` says (for the several-stories note). */
  found: number[][];
  /** What each story compared on its own needs, in story order. */
  stories: StoryInput[];
}

/** The options compareStory reads. */
export function storyOptions(options: CombineOptions): StoryOptions {
  return { tolerance: options.tolerance, clusterThreshold: options.clusterThreshold, relations: options.relations };
}

/**
 * Names grouped across every article, claims given entity ids, and the
 * articles split into stories (or kept as one). Analyses are taken in id
 * order, so the report never depends on the order they came in.
 */
export function prepareCombine(input: readonly ArticleAnalysisResult[], options: CombineOptions = {}): PreparedCombine {
  const analyses = [...input].sort((a, b) => byCodeUnit(a.article.id, b.article.id));
  const captionSightings = analyses.flatMap((a) => a.captionMentions.map((mention) => ({ articleId: a.article.id, mention })));
  const mentions = [
    ...analyses.flatMap((a) => a.claims.flatMap((c) => c.mentions.map((m) => ({ name: m.name, kind: m.kind, articleId: c.articleId })))),
    ...captionSightings.map((s) => ({ name: s.mention.name, kind: s.mention.kind, articleId: s.articleId })),
  ];
  const grouping = groupEntities(mentions);
  const claimsOf = new Map(analyses.map((a) => [a.article.id, a.claims.map((c) => withEntityIds(c, grouping.idByName))]));
  const ownClaims = (a: ArticleAnalysisResult) => claimsOf.get(a.article.id) ?? [];
  const claims = analyses.flatMap(ownClaims);
  const found = partitionStories(analyses.map(ownClaims), grouping.idByName);
  const members = options.stories === 'split' ? found : [analyses.map((_, i) => i)];
  // The analyses kept hold the claims with entity ids, so the ones without can go once the caller lets them.
  const kept = analyses.map((a) => ({ ...a, claims: ownClaims(a) }));
  return { analyses: kept, grouping, captionSightings, claims, found, stories: storyInputs(kept, (a) => a.claims, members, grouping.idByName) };
}

/** The report from the prepared feed and each story's comparison (`results` in story order). */
export function finishCombine(prepared: PreparedCombine, results: readonly StoryResult[], options: CombineOptions = {}): Report {
  const { analyses, grouping, claims } = prepared;
  const originNotes = results.flatMap((r) => r.originNotes);
  const names = { entities: grouping.entities, idByName: grouping.idByName, otherSightings: prepared.captionSightings };
  const { clusters, findings, diagnostics } = mergeStories(claims, results, names);
  if (options.stories !== 'split') diagnostics.push(...severalStoriesNote(prepared.found));

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

/**
 * The cross-article stages over per-article analyses: names grouped, then
 * story by story origins resolved and claims clustered and compared, then the
 * report assembled.
 */
export function combineAnalyses(input: readonly ArticleAnalysisResult[], options: CombineOptions = {}): Report {
  return compareAndFinish(prepareCombine(input, options), options);
}

/**
 * combineAnalyses for analyses no one else holds (crossReference's own): the
 * array is emptied once names are grouped, so on a feed the claims without
 * entity ids are freed before the stories are compared.
 */
export function combineOwnAnalyses(analyses: ArticleAnalysisResult[], options: CombineOptions = {}): Report {
  const prepared = prepareCombine(analyses, options);
  analyses.length = 0;
  return compareAndFinish(prepared, options);
}

function compareAndFinish(prepared: PreparedCombine, options: CombineOptions): Report {
  const perStory = storyOptions(options);
  return finishCombine(prepared, prepared.stories.map((story) => compareStory(story, perStory)), options);
}
