import type { ArticleInput, CleanedArticle, Claim, Cluster, Diagnostic, Finding } from '../types';
import type { ArticleAnalysisResult } from './analyze-article';
import { resolveOrigins } from './resolve-origins';
import { clusterClaimsInterned } from '../cluster/cluster-claims';
import { compareInterned, compareUnordered, type CompareOptions } from '../compare/compare-clusters';
import { withMemoScope } from '../cluster/claim-memo';

/**
 * Everything one story needs to be compared on its own, as plain data (it
 * may cross to a worker thread): its articles, its claims with entity ids,
 * and the entity id of each name its claims use.
 */
export interface StoryInput {
  articles: StoryArticle[];
  /** The story's claims in report order (article id, then position). */
  claims: Claim[];
  idByName: Record<string, string>;
}

/** An article as origins are resolved from it: what it says of itself, and its body blocks for finding copies. */
export interface StoryArticle {
  article: ArticleInput;
  cleaned: Pick<CleanedArticle, 'blocks' | 'origin' | 'wireCredits'>;
}

/** The parts of a cleaned article a story reads (not its skipped spans nor its notes, which stay with the article). */
export function storyArticle(article: ArticleInput, cleaned: CleanedArticle): StoryArticle {
  const { blocks, origin, wireCredits } = cleaned;
  return { article, cleaned: { blocks, wireCredits, ...(origin !== undefined && { origin }) } };
}

/** The options the per-story stages read. */
export interface StoryOptions {
  tolerance?: number;
  clusterThreshold?: number;
  dateSlackDays?: number;
  relations?: Record<string, string>;
}

/** One story compared: its articles' origins, its clusters (not yet numbered) and its findings (in the order found, not yet numbered). */
export interface StoryResult {
  origins: [string, string][];
  originNotes: Diagnostic[];
  clusters: Cluster[];
  findings: Omit<Finding, 'id'>[];
  diagnostics: Diagnostic[];
}

/** The story's articles in the shape resolveOrigins reads: it looks only at the article and its cleaned text. */
function asAnalyses(articles: readonly StoryArticle[]): ArticleAnalysisResult[] {
  return articles.map(({ article, cleaned }) => ({
    article,
    cleaned: { id: article.id, text: article.text, skipped: [], diagnostics: [], ...cleaned },
    claims: [],
    captionMentions: [],
    skipped: [],
    diagnostics: [],
  }));
}

/**
 * The cross-article stages inside one story: copies found and origins
 * resolved among its articles, its claims clustered, and figures, dates and
 * rejections compared. A pure function of its input, so stories can run in
 * any thread and in any order. Name variants are left to the caller, which
 * sees every story's names at once.
 */
export function compareStory(story: StoryInput, options: StoryOptions): StoryResult {
  return withMemoScope(() => compareInScope(story, options));
}

function compareInScope(story: StoryInput, options: StoryOptions): StoryResult {
  const { origins, diagnostics: originNotes } = resolveOrigins(asAnalyses(story.articles), options.relations);
  const originOf = (id: string) => origins.get(id) ?? id;
  const published = new Map(story.articles.map((a) => [a.article.id, a.article.publishedAt]));
  const { clusters, ordered, terms } = clusterClaimsInterned(story.claims, { threshold: options.clusterThreshold, originOf });
  const compareOptions: CompareOptions = {
    tolerance: options.tolerance,
    dateSlackDays: options.dateSlackDays,
    idByName: story.idByName,
    originOf,
    publishedAtOf: (id: string) => published.get(id),
  };
  // Clustering interned the claims' terms in its own order; when that is the
  // story's order (it nearly always is) comparison reuses them instead of interning them again.
  const result = ordered === story.claims
    ? compareInterned(clusters, story.claims, terms, compareOptions)
    : compareUnordered(clusters, story.claims, compareOptions);
  return { origins: [...origins], originNotes, clusters, findings: result.findings, diagnostics: result.diagnostics };
}
