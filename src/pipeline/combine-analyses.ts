import type { Claim, Diagnostic, EntityMention, Report, ReportArticle, ReportClaim } from '../types';
import type { ArticleAnalysisResult } from './analyze-article';
import { groupEntityNameLists, type groupEntities } from '../entities/group-entities';
import { mergeStories } from './compare-stories';
import { compareStory, type StoryInput, type StoryOptions, type StoryResult } from './compare-story';
import { storyInputs } from './story-inputs';
import { partitionStories } from '../stories/partition-stories';
import { toReportClaim } from './to-report-claim';
import { buildClaim } from './build-claim';
import { byCodeUnit } from '../internal/by-code-unit';
import { exactSize } from '../internal/exact-size';

export interface CombineOptions {
  tolerance?: number;
  clusterThreshold?: number;
  dateSlackDays?: number;
  relations?: Record<string, string>;
  stories?: 'one' | 'split';
}

/** Canonical entity ids of a claim's mentions, once names are grouped across all articles. */
function entityIdsOf(claim: Claim, idByName: Readonly<Record<string, string>>): string[] {
  // Loops into one small array, not spreads and a Set: this runs for every claim of a feed.
  const ids: string[] = [];
  addIds(ids, claim.mentions, idByName);
  // A relative-clause claim also names what it describes ("who fled in 2019" is about its antecedent).
  if (claim.antecedentMentions) addIds(ids, claim.antecedentMentions, idByName);
  ids.sort();
  // The report keeps these arrays, one per claim: exact length, not push's spare room.
  return exactSize(ids);
}

/** A copy of the claim with its entity ids, for analyses the caller still holds. */
function withEntityIds(claim: Claim, idByName: Readonly<Record<string, string>>): Claim {
  return buildClaim(claim, claim.id, claim.articleId, claim.quantities, claim.mentions, claim.antecedentMentions, entityIdsOf(claim, idByName));
}

/**
 * The analyses with entity ids on their claims: set in place on analyses
 * no one else holds (`owned`), so a feed's claims are not all copied while
 * the originals are still alive; copied otherwise (an index keeps its own).
 */
function withEntities(analyses: ArticleAnalysisResult[], idByName: Readonly<Record<string, string>>, owned: boolean): ArticleAnalysisResult[] {
  if (!owned) return analyses.map((a) => ({ ...a, claims: a.claims.map((c) => withEntityIds(c, idByName)) }));
  for (const a of analyses) for (const c of a.claims) c.entities = entityIdsOf(c, idByName);
  return analyses;
}

/** Adds the entity id of each mention not yet in `ids` (a claim names few entities, so `includes` is cheap). */
function addIds(ids: string[], mentions: readonly EntityMention[], idByName: Readonly<Record<string, string>>): void {
  for (const m of mentions) {
    const id = idByName[m.name];
    if (id && !ids.includes(id)) ids.push(id);
  }
}

/** The mention list of every claim and caption, as groupEntityNameLists reads them (the lists themselves: no flat copy). */
function namesToGroup(analyses: readonly ArticleAnalysisResult[]): EntityMention[][] {
  const lists: EntityMention[][] = [];
  for (const a of analyses) for (const c of a.claims) lists.push(c.mentions);
  for (const a of analyses) lists.push(a.captionMentions);
  return lists;
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
  return { tolerance: options.tolerance, clusterThreshold: options.clusterThreshold, dateSlackDays: options.dateSlackDays, relations: options.relations };
}

/**
 * Names grouped across every article, claims given entity ids, and the
 * articles split into stories (or kept as one). Analyses are taken in id
 * order, so the report never depends on the order they came in. The
 * caller's analyses are left as they are: their claims are copied with
 * entity ids (see prepareOwnCombine for analyses no one else holds).
 */
export function prepareCombine(input: readonly ArticleAnalysisResult[], options: CombineOptions = {}): PreparedCombine {
  return prepareFeed(input, options, false);
}

/**
 * prepareCombine for analyses the caller gives up (crossReference's own, or
 * those back from worker threads): their claims get their entity ids in
 * place rather than copied, and finishCombine empties them.
 */
export function prepareOwnCombine(analyses: readonly ArticleAnalysisResult[], options: CombineOptions = {}): PreparedCombine {
  return prepareFeed(analyses, options, true);
}

/** Names grouped, entity ids given (in place when `owned`, else on copies), stories found. */
function prepareFeed(input: readonly ArticleAnalysisResult[], options: CombineOptions, owned: boolean): PreparedCombine {
  const analyses = [...input].sort((a, b) => byCodeUnit(a.article.id, b.article.id));
  const captionSightings = analyses.flatMap((a) => a.captionMentions.map((mention) => ({ articleId: a.article.id, mention })));
  const grouping = groupEntityNameLists(namesToGroup(analyses));
  const { idByName } = grouping;
  const kept = withEntities(analyses, idByName, owned);
  const claims: Claim[] = [];
  for (const a of kept) for (const c of a.claims) claims.push(c);
  const found = partitionStories(kept.map((a) => a.claims), idByName);
  const members = options.stories === 'split' ? found : [analyses.map((_, i) => i)];
  return { analyses: kept, grouping, captionSightings, claims, found, stories: storyInputs(kept, (a) => a.claims, members, idByName) };
}

/**
 * Each claim in its report form, letting go of the prepared one as it goes:
 * the report keeps only a claim's text, figures and entity ids, so the rest
 * (names, spans, flags) is freed while the report's claims are made instead
 * of after. That lowers the feed's peak memory by about the report's claims.
 */
function takeReportClaims(claims: Claim[]): ReportClaim[] {
  const out: ReportClaim[] = new Array(claims.length);
  for (let i = 0; i < claims.length; i++) {
    out[i] = toReportClaim(claims[i]!);
    (claims as (Claim | undefined)[])[i] = undefined;
  }
  claims.length = 0;
  return out;
}

/** The report's entry for an article (before its claims are let go: it counts them). */
function reportArticle(a: ArticleAnalysisResult): ReportArticle {
  return {
    id: a.article.id,
    ...(a.article.source !== undefined && { source: a.article.source }),
    ...(a.article.publishedAt !== undefined && { publishedAt: a.article.publishedAt }),
    claimCount: a.claims.length,
    skipped: a.skipped,
  };
}

/**
 * The report from the prepared feed and each story's comparison (`results`
 * in story order). It uses `prepared` up: its claims, stories and the
 * analyses' claim lists are emptied as the report is made (see takeReportClaims).
 */
export function finishCombine(prepared: PreparedCombine, results: readonly StoryResult[], options: CombineOptions = {}): Report {
  const { analyses, grouping, claims } = prepared;
  const originNotes = results.flatMap((r) => r.originNotes);
  const names = { entities: grouping.entities, idByName: grouping.idByName, otherSightings: prepared.captionSightings };
  const articles = analyses.map(reportArticle);
  const { clusters, findings, diagnostics } = mergeStories(claims, articles, results, names);
  if (options.stories !== 'split') diagnostics.push(...severalStoriesNote(prepared.found));
  const allDiagnostics = [...analyses.flatMap((a) => a.diagnostics), ...originNotes, ...diagnostics];
  // The flat claim list is left as the only holder of the prepared claims.
  for (const a of analyses) a.claims = [];
  prepared.stories.length = 0;

  return {
    schemaVersion: 2,
    articles,
    claims: takeReportClaims(claims),
    clusters,
    entities: grouping.entities,
    findings,
    diagnostics: allDiagnostics,
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
 * combineAnalyses for analyses no one else holds (crossReference's own):
 * their claims are given entity ids in place rather than copied, and the
 * array is emptied once names are grouped.
 */
export function combineOwnAnalyses(analyses: ArticleAnalysisResult[], options: CombineOptions = {}): Report {
  const prepared = prepareOwnCombine(analyses, options);
  analyses.length = 0;
  return compareAndFinish(prepared, options);
}

function compareAndFinish(prepared: PreparedCombine, options: CombineOptions): Report {
  const perStory = storyOptions(options);
  return finishCombine(prepared, prepared.stories.map((story) => compareStory(story, perStory)), options);
}
