import type { ArticleInput, Claim, Report } from './types';
import { validateArticles } from './pipeline/validate-input';
import { validateOptions } from './pipeline/validate-options';
import { analyzeArticle } from './pipeline/analyze-article';
import { resolveOrigins } from './pipeline/resolve-origins';
import { groupEntities } from './entities/group-entities';
import { clusterClaims } from './cluster/cluster-claims';
import { compareAll } from './compare/compare-clusters';
import { toReportClaim } from './pipeline/to-report-claim';

export interface CrossReferenceOptions {
  /** Relative gap between two figures' intervals above which they conflict (default 0.1 = 10%). */
  tolerance?: number;
  /** Similarity at which claims from different articles are clustered (default 0.28). */
  clusterThreshold?: number;
  /** Known ownership or wire relations: article id or source name -> the origin it reprints. */
  relations?: Record<string, string>;
}

/** Canonical entity ids of a claim's mentions, once names are grouped across all articles. */
function withEntityIds(claim: Claim, idByName: Readonly<Record<string, string>>): Claim {
  const ids = claim.mentions.map((m) => idByName[m.name]).filter((id): id is string => !!id);
  return { ...claim, entities: [...new Set(ids)].sort() };
}

/**
 * Runs every stage over the articles and returns the JSON report. Articles are
 * processed in id order, so the report is the same whatever order they come in.
 * Throws CorroborateError only on misuse (bad articles or options).
 */
export function crossReference(articles: readonly ArticleInput[], options: CrossReferenceOptions = {}): Report {
  validateOptions(options);
  const inputs = [...validateArticles(articles)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const analyses = inputs.map(analyzeArticle);

  const captionSightings = analyses.flatMap((a) => a.captionMentions.map((mention) => ({ articleId: a.article.id, mention })));
  const mentions = [
    ...analyses.flatMap((a) => a.claims.flatMap((c) => c.mentions.map((m) => ({ name: m.name, kind: m.kind, articleId: c.articleId })))),
    ...captionSightings.map((s) => ({ name: s.mention.name, kind: s.mention.kind, articleId: s.articleId })),
  ];
  const grouping = groupEntities(mentions);
  const claims = analyses.flatMap((a) => a.claims.map((c) => withEntityIds(c, grouping.idByName)));

  const { origins, diagnostics: originNotes } = resolveOrigins(analyses, options.relations);
  const clusters = clusterClaims(claims, { threshold: options.clusterThreshold, originOf: (id) => origins.get(id) ?? id });
  const published = new Map(inputs.map((a) => [a.id, a.publishedAt]));
  const { findings, diagnostics } = compareAll(clusters, claims, {
    tolerance: options.tolerance,
    entities: grouping.entities,
    idByName: grouping.idByName,
    originOf: (id) => origins.get(id) ?? id,
    otherSightings: captionSightings,
    publishedAtOf: (id) => published.get(id),
  });

  return {
    schemaVersion: 1,
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
